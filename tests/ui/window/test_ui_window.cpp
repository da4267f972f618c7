// The main window, headless, with its real worker thread: it opens running and firing; a slider reaches the
// worker; an invalid combination is refused visibly and not sent; Space pauses and R resets; while paused the
// mouse zooms; the plot stays bounded at 1000x; closing mid-run joins the thread. Also prints the latency from
// a slider move to the first replot showing samples computed with it, at 1000x.
#include <QtTest>

#include <qcustomplot.h>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QStatusBar>
#include <QWheelEvent>

#include <algorithm>
#include <atomic>
#include <memory>
#include <utility>
#include <vector>

#include "tests/support/qt_warning_counter.h"
#include "tests/support/window_test.h"
#include "ui/analysis/theory_panel.h"
#include "ui/controls/number_spin_box.h"
#include "ui/controls/parameter_control.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/transport_bar.h"
#include "ui/plots/plot_area.h"
#include "ui/plots/trace_history.h"
#include "ui/simulation/simulation_controller.h"
#include "ui/window/main_window.h"

using lif::ui::MainWindow;
using lif::ui::PlotArea;

class WindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { lif::testing::QtWarningCounter::install(); }
    void init() { QVERIFY(lif::testing::openWindow(window_)); }
    void cleanup() {
        window_.reset();
        QCOMPARE(lif::testing::QtWarningCounter::warnings(), 0);
    }

    void opensRunningAndFiring() {
        QVERIFY(window_->windowTitle().contains(QStringLiteral("LIFscope")));
        QVERIFY(window_->transport()->isRunning());
        QCPGraph* spikes = lif::testing::graphNamed(window_->plots()->plot(), QStringLiteral("spike"));
        QVERIFY(spikes != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(spikes->dataCount() >= 3, 20000);
        // The default is 500 pA against a 375 pA rheobase: theory says 63.04 Hz, and the measured rate follows.
        QCOMPARE(window_->theory()->valueText(QStringLiteral("rheobase")), QStringLiteral("375\u2009pA"));
        QCOMPARE(window_->theory()->valueText(QStringLiteral("predictedRate")), QStringLiteral("63.04\u2009Hz"));
        QTRY_VERIFY_WITH_TIMEOUT(
            window_->theory()->valueText(QStringLiteral("meanIsi")).startsWith(QStringLiteral("15.8")), 20000);
        // A spike marker is drawn where the plot says: at its time and Vpeak, in the spike colour.
        window_->plots()->plot()->replot();
        const QImage image = window_->plots()->plot()->grab().toImage();
        const QCPGraphData marker = *(spikes->data()->constEnd() - 1);
        const double x = spikes->keyAxis()->coordToPixel(marker.key);
        const double y = spikes->valueAxis()->coordToPixel(marker.value);
        const QColor colour = image.pixelColor(static_cast<int>(x), static_cast<int>(y));
        QVERIFY2(colour.red() > 180 && colour.green() < 140 && colour.blue() < 80, qPrintable(colour.name()));
    }

    void movingASliderChangesTheWorkersParameters() {
        auto* controller = window_->controller();
        QSignalSpy shown(window_.get(), &MainWindow::changeShown);
        lif::ui::ParameterControl* gL = window_->panel()->control(QStringLiteral("gL"));
        QVERIFY(gL != nullptr && gL->slider() != nullptr);
        const QString tauBefore = window_->theory()->valueText(QStringLiteral("tauM"));
        gL->slider()->setFocus();
        QTest::keyClick(gL->slider(), Qt::Key_PageUp);
        const double newGL = gL->value();
        QVERIFY(newGL > 25.0);
        QCOMPARE(controller->latestSetup().parameters.gL, newGL);
        QVERIFY(window_->theory()->valueText(QStringLiteral("tauM")) != tauBefore);
        const quint64 generation = controller->latestGeneration();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(shown.begin(), shown.end(),
                        [&](const QList<QVariant>& args) { return args.at(0).toULongLong() == generation; }),
            20000);
        QVERIFY(window_->plots()->shownGeneration() >= generation);
        const QStringList labels = window_->plots()->changeLabels();
        QVERIFY2(!labels.isEmpty() && labels.back().startsWith(QStringLiteral("gL 25 \u2192 ")),
                 qPrintable(labels.join(QLatin1Char('|'))));
    }

    void theInputCurrentControlDrivesTheStimulusAmplitude() {
        lif::ui::ParameterControl* current = window_->panel()->control(QStringLiteral("I"));
        QVERIFY(current != nullptr);
        current->spinBox()->setValue(300.0);
        QCOMPARE(window_->controller()->latestSetup().stimulus.amplitude(), 300.0);
        QCOMPARE(window_->theory()->valueText(QStringLiteral("predictedRate")), QStringLiteral("0\u2009Hz"));
    }

    void invalidCombinationIsRefusedVisibly() {
        auto* controller = window_->controller();
        const quint64 generationBefore = controller->latestGeneration();
        lif::ui::ParameterControl* vreset = window_->panel()->control(QStringLiteral("Vreset"));
        lif::ui::ParameterControl* vth = window_->panel()->control(QStringLiteral("Vth"));
        vreset->spinBox()->setValue(-45.0);  // above Vth = -50 mV
        QVERIFY(vreset->isInvalid());
        QVERIFY(vth->isInvalid());
        const QString message = window_->statusMessage();
        QVERIFY2(message.contains(QStringLiteral("Vreset = -45 mV")) && message.contains(QStringLiteral("Vth = -50")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("-100 to")), qPrintable(message));
        QCOMPARE(controller->latestGeneration(), generationBefore);
        QCOMPARE(controller->latestSetup().parameters.Vreset, -65.0);
        QCOMPARE(window_->panel()->setup().parameters.Vreset, -65.0);

        vreset->spinBox()->setValue(-70.0);
        QVERIFY(!vreset->isInvalid());
        QVERIFY(!vth->isInvalid());
        QVERIFY(window_->statusMessage().isEmpty());
        QCOMPARE(controller->latestGeneration(), generationBefore + 1);
        QCOMPARE(controller->latestSetup().parameters.Vreset, -70.0);
    }

    void spinBoxesClampToTheTableRange() {
        lif::ui::NumberSpinBox* capacitance = window_->panel()->control(QStringLiteral("C"))->spinBox();
        capacitance->setFocus();
        capacitance->selectAll();
        QTest::keyClicks(capacitance, QStringLiteral("99999"));
        QTest::keyClick(capacitance, Qt::Key_Return);
        QCOMPARE(capacitance->value(), 5000.0);
        QCOMPARE(window_->controller()->latestSetup().parameters.C, 5000.0);
        capacitance->selectAll();
        QTest::keyClicks(capacitance, QStringLiteral("1e-3"));
        QTest::keyClick(capacitance, Qt::Key_Return);
        QCOMPARE(capacitance->value(), 10.0);
    }

    void spacePausesAndResumesAndRResets() {
        PlotArea* plots = window_->plots();
        QTRY_VERIFY_WITH_TIMEOUT(plots->latestTime() > 200.0, 20000);
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!window_->transport()->isRunning(), 20000);
        QVERIFY(window_->statusBar()
                    ->findChild<QLabel*>(QStringLiteral("runState"))
                    ->text()
                    .contains(QStringLiteral("paused")));

        // Paused: the wheel zooms the time axis.
        QCustomPlot* plot = plots->plot();
        const QCPRange before = plots->voltageRect()->axis(QCPAxis::atBottom)->range();
        const QPointF centre = plots->voltageRect()->rect().center();
        QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &wheel);
        const QCPRange after = plots->voltageRect()->axis(QCPAxis::atBottom)->range();
        QVERIFY2(after.size() < before.size(),
                 qPrintable(QStringLiteral("%1 -> %2").arg(before.size()).arg(after.size())));
        QCOMPARE(plots->inputRect()->axis(QCPAxis::atBottom)->range().size(), after.size());

        const double pausedAt = plots->latestTime();
        QTest::keyClick(window_.get(), Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(plots->latestTime() < pausedAt, 20000);
        QCOMPARE(plots->latestTime(), 0.0);  // reset while paused: at t = 0, still paused
        QVERIFY(!window_->transport()->isRunning());
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window_->transport()->isRunning(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(plots->latestTime() > 50.0, 20000);
    }

    void plotStaysBoundedOverALongRunAt1000x() {
        PlotArea* plots = window_->plots();
        window_->transport()->windowBox()->setCurrentIndex(window_->transport()->windowBox()->count() - 1);
        QCOMPARE(plots->window(), 10000.0);
        QVERIFY(lif::testing::setSpeed(*window_, 1000.0));
        int largest = 0;
        int largestLive = 0;
        int largestHistory = 0;
        connect(plots, &PlotArea::replotted, this, [&] {
            largest = std::max(largest, plots->pointCount());
            largestLive = std::max(largestLive, plots->pointCount() - plots->historyPointCount());
            largestHistory = std::max(largestHistory, plots->historyPointCount());
        });
        // Twenty windows of neuron time: without trimming this would hold about a million points.
        QTRY_VERIFY_WITH_TIMEOUT(plots->latestTime() > 20 * plots->window(), 120000);
        QVERIFY2(largest <= PlotArea::pointBudget(),
                 qPrintable(QStringLiteral("%1 > %2").arg(largest).arg(PlotArea::pointBudget())));
        // The plottables hold the window, the recent history for the pause at most its own bound.
        QVERIFY2(largestLive <= PlotArea::livePointBudget(),
                 qPrintable(QStringLiteral("%1 > %2").arg(largestLive).arg(PlotArea::livePointBudget())));
        QVERIFY(largestHistory <= lif::ui::TraceHistory::kMaxPoints + lif::ui::TraceHistory::kMaxSpikes);
        QVERIFY(plots->pointCount() > 1000);
        qInfo(
            "largest point count %d (budget %d), of it live %d (budget %d) and history %d, over %.0f s of neuron "
            "time",
            largest, PlotArea::pointBudget(), largestLive, PlotArea::livePointBudget(), largestHistory,
            plots->latestTime() / 1000.0);
    }

    void changeLatencyAt1000x() {
        // Not a timing assertion (the machine may be loaded): it checks that every change is shown, and prints
        // how long that took, split into the worker's part (change -> first chunk computed with it reaching the
        // GUI thread) and the frame's part (-> end of the replot showing it), and how many replots it took.
        QVERIFY(lif::testing::setSpeed(*window_, 1000.0));
        PlotArea* plots = window_->plots();
        QTRY_VERIFY_WITH_TIMEOUT(plots->latestTime() > 3000.0, 20000);
        QElapsedTimer clock;
        clock.start();
        QHash<quint64, double> changedAt;
        QHash<quint64, double> arrivedAt;
        QHash<quint64, double> latency;
        QHash<quint64, int> replotsAtChange;
        QHash<quint64, int> replotsNeeded;
        const auto now = [&] { return static_cast<double>(clock.nsecsElapsed()) * 1e-6; };
        connect(window_->controller(), &lif::ui::SimulationController::chunkReady, this,
                [&](const lif::ui::SimulationChunk& chunk) {
                    if (changedAt.contains(chunk.generation) && !arrivedAt.contains(chunk.generation) &&
                        !chunk.t_ms.isEmpty()) {
                        arrivedAt.insert(chunk.generation, now() - changedAt.value(chunk.generation));
                    }
                });
        connect(window_.get(), &MainWindow::changeShown, this, [&](quint64 generation, double latency_ms) {
            if (changedAt.contains(generation)) {
                latency.insert(generation, latency_ms);
                replotsNeeded.insert(generation, plots->replotCount() - replotsAtChange.value(generation));
            }
        });
        QSlider* slider = window_->panel()->control(QStringLiteral("gL"))->slider();
        constexpr int kChanges = 30;
        // A real event loop (QTest::qWait and QTRY_* sleep between their rounds of event processing, which
        // would add up to 10 ms to what is measured); it quits when the awaited generation is on screen.
        QEventLoop loop;
        quint64 awaited = 0;
        connect(window_.get(), &MainWindow::changeShown, &loop, [&](quint64 generation) {
            if (generation == awaited) {
                loop.quit();
            }
        });
        for (int i = 0; i < kChanges; ++i) {
            // Change 97 ms after the previous one was shown: the plot runs a few frames in between, and the
            // change falls at an unrelated phase of the frame and of the worker's tick.
            QTimer::singleShot(97, &loop, [&, i] {
                awaited = window_->controller()->latestGeneration() + 1;
                changedAt.insert(awaited, now());
                replotsAtChange.insert(awaited, plots->replotCount());
                // 1/40 of the slider: several rounded values of gL (two significant digits) away.
                constexpr int kMove = lif::ui::ParameterControl::kSliderSteps / 40;
                slider->setValue(slider->value() + (i % 2 == 0 ? kMove : -kMove));
            });
            QTimer guard;
            guard.setSingleShot(true);
            connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
            guard.start(20000);
            loop.exec();
            QVERIFY2(latency.contains(awaited), "a change was never shown");
            QCOMPARE(window_->controller()->latestGeneration(), awaited);
        }
        const auto summary = [](QList<double> values) {
            std::sort(values.begin(), values.end());
            return std::make_pair(values[values.size() / 2], values.back());
        };
        QList<double> replots;
        for (const int count : replotsNeeded) {
            replots.push_back(count);
        }
        const auto [latencyMedian, latencyMax] = summary(latency.values());
        const auto [arrivalMedian, arrivalMax] = summary(arrivedAt.values());
        const auto [replotsMedian, replotsMax] = summary(replots);
        qInfo(
            "slider -> first replot showing it, 1000x requested, %d changes: median %.1f ms, max %.1f ms "
            "(worker part, change -> chunk on the GUI thread: median %.1f ms, max %.1f ms); replots needed: "
            "median %.0f, max %.0f",
            kChanges, latencyMedian, latencyMax, arrivalMedian, arrivalMax, replotsMedian, replotsMax);
    }

    void aSolverErrorIsShownPausesAndAChangeRecovers() {
        // Through the panel: a spike storm (a 0.05 ms membrane, no refractory period, reset 0.5 mV below
        // threshold, 20 nA) fires over the engine's limit of 1e6 Hz.
        lif::ui::ParameterPanel* panel = window_->panel();
        for (const auto& [name, value] : std::vector<std::pair<QString, double>>{{QStringLiteral("Vreset"), -50.5},
                                                                                 {QStringLiteral("C"), 10.0},
                                                                                 {QStringLiteral("gL"), 200.0},
                                                                                 {QStringLiteral("tref"), 0.0},
                                                                                 {QStringLiteral("I"), 20000.0}}) {
            panel->control(name)->spinBox()->setValue(value);
        }
        QTRY_VERIFY_WITH_TIMEOUT(window_->statusMessage().contains(QStringLiteral("fires faster than")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window_->transport()->isRunning(), 20000);
        QVERIFY(window_->statusMessage().contains(QStringLiteral("paused")));

        panel->control(QStringLiteral("tref"))->spinBox()->setValue(2.0);
        QTRY_VERIFY_WITH_TIMEOUT(window_->transport()->isRunning(), 20000);
        QVERIFY(window_->plots()->latestTime() < 1000.0);  // restarted at t = 0 with the new refractory period
        QTRY_VERIFY_WITH_TIMEOUT(window_->plots()->latestTime() > 100.0, 20000);
        QCOMPARE(window_->controller()->latestSetup().parameters.tref, 2.0);
    }

    void closingMidRunJoinsTheThread() {
        QVERIFY(lif::testing::setSpeed(*window_, 1000.0));
        QTRY_VERIFY_WITH_TIMEOUT(window_->plots()->latestTime() > 2000.0, 20000);
        QPointer<QThread> thread = window_->controller()->workerThread();
        QVERIFY(thread->isRunning());
        QVERIFY(window_->close());
        QVERIFY(window_->controller() == nullptr);
        QVERIFY(thread.isNull());
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(WindowTest)
#include "test_ui_window.moc"

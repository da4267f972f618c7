// The live plot fed with made-up chunks (no worker, so every case is exact): a burst of chunks followed by a
// pause shows the last window received; Home and double-click undo a zoom; the read-out names the sample under the
// mouse; while paused the view can be dragged back over the recent history, which stays bounded and keeps its
// spikes and gaps; Run trims it away again.
#include <QtTest>

#include <qcustomplot.h>
#include <QFontMetrics>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include "core/model/run_history.h"
#include "tests/support/window_test.h"
#include "ui/plots/plot_area.h"
#include "ui/plots/plot_readout.h"
#include "ui/plots/trace_history.h"
#include "ui/style/display_format.h"

using lif::ui::PlotArea;
using lif::ui::SimulationChunk;
using lif::ui::TraceHistory;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The made-up membrane potential at `t_ms`: a slow wave between -80 and -60 mV.
double voltageAt(double t_ms) {
    return -70.0 + 10.0 * std::sin(t_ms / 50.0);
}

/// Samples every `step_ms` over [from_ms, to_ms), Iext = 500 pA, Isyn = t / 1000 pA; the first chunk of a run
/// says so (changeTime_ms = 0).
SimulationChunk chunkOver(double from_ms, double to_ms, double step_ms = 1.0) {
    SimulationChunk chunk;
    chunk.generation = 1;
    if (from_ms == 0.0) {
        chunk.changeTime_ms = 0.0;
    }
    const auto count = static_cast<int>(std::ceil((to_ms - from_ms) / step_ms));
    for (int i = 0; i < count; ++i) {
        const double t = from_ms + i * step_ms;
        chunk.t_ms.push_back(t);
        chunk.V_mV.push_back(voltageAt(t));
        chunk.Iext_pA.push_back(500.0);
        chunk.Isyn_pA.push_back(t / 1000.0);
    }
    chunk.simTime_ms = to_ms - step_ms;
    return chunk;
}

/// Points of `graph` inside its key axis' range that are not gaps, and the oldest of their keys.
int pointsInView(const QCPGraph* graph, double* oldest = nullptr) {
    const QCPRange range = graph->keyAxis()->range();
    int count = 0;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        if (range.contains(it->key) && !std::isnan(it->value)) {
            if (count++ == 0 && oldest != nullptr) {
                *oldest = it->key;
            }
        }
    }
    return count;
}

void sendMouse(QWidget* widget, QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons) {
    QMouseEvent event(type, at, widget->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

void wheel(QWidget* widget, QPointF at, int delta) {
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

}  // namespace

class PlotExploreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        history_ = std::make_shared<lif::RunHistory>(lif::ModelSetup{});
        plots_ = std::make_unique<PlotArea>(history_, 1000.0);
        plots_->resize(900, 600);
        plots_->show();
        QVERIFY(QTest::qWaitForWindowExposed(plots_.get()));
        voltage_ = lif::testing::graphNamed(plots_->plot(), QStringLiteral("V"));
        QVERIFY(voltage_ != nullptr);
    }
    void cleanup() { plots_.reset(); }

    void aPauseRightAfterABurstShowsTheLastWindowReceived() {
        // 20 s of data in one go, as at 1000x between two frames, and the pause right behind it: the replot after
        // the pause is the first to see them.
        for (int i = 0; i < 40; ++i) {
            plots_->appendChunk(chunkOver(500.0 * i, 500.0 * (i + 1)));
        }
        plots_->setRunning(false);
        replotted();
        const QCPRange shown = voltage_->keyAxis()->range();
        QCOMPARE(shown.upper, 19999.0);
        QCOMPARE(shown.lower, 18999.0);
        QVERIFY(pointsInView(voltage_) >= 999);
        QVERIFY(plots_->followsData());
    }

    void homeAndDoubleClickReturnToTheLiveWindow() {
        plots_->appendChunk(chunkOver(0.0, 5000.0));
        plots_->setRunning(false);
        replotted();
        const QCPRange live = voltage_->keyAxis()->range();
        const QCPRange liveV = voltage_->valueAxis()->range();
        QCustomPlot* plot = plots_->plot();
        const QPointF centre = plots_->voltageRect()->rect().center();

        for (const bool byKey : {true, false}) {
            wheel(plot, centre, 240);  // zooms in, both axes
            QVERIFY(voltage_->keyAxis()->range().size() < 0.9 * live.size());
            QVERIFY(voltage_->valueAxis()->range().size() < 0.9 * liveV.size());
            QVERIFY(!plots_->followsData());
            plots_->setWindow(plots_->window());  // a replot while zoomed keeps the zoom
            replotted();
            QVERIFY(voltage_->keyAxis()->range().size() < 0.9 * live.size());
            if (byKey) {
                plot->setFocus();
                QTest::keyClick(plot, Qt::Key_Home);  // the plot lets it through to PlotArea
            } else {
                sendMouse(plot, QEvent::MouseButtonPress, centre, Qt::LeftButton, Qt::LeftButton);
                sendMouse(plot, QEvent::MouseButtonRelease, centre, Qt::LeftButton, Qt::NoButton);
                sendMouse(plot, QEvent::MouseButtonDblClick, centre, Qt::LeftButton, Qt::LeftButton);
                sendMouse(plot, QEvent::MouseButtonRelease, centre, Qt::LeftButton, Qt::NoButton);
            }
            QVERIFY(plots_->followsData());
            replotted();
            QCOMPARE(voltage_->keyAxis()->range(), live);
            QCOMPARE(voltage_->valueAxis()->range(), liveV);
            QCOMPARE(plots_->inputRect()->axis(QCPAxis::atBottom)->range(), live);
        }
    }

    void theReadoutNamesTheSampleUnderTheMouse() {
        plots_->appendChunk(chunkOver(0.0, 3000.0));
        plots_->setRunning(false);
        replotted();
        QCustomPlot* plot = plots_->plot();
        QCPAxis* time = voltage_->keyAxis();
        QVERIFY(plots_->readout().text().isEmpty());

        const double y = plots_->voltageRect()->rect().center().y();
        sendMouse(plot, QEvent::MouseMove, QPointF(time->coordToPixel(2500.2), y), Qt::NoButton, Qt::NoButton);
        const QString text = plots_->readout().text();
        // 1000 ms over some 800 px: whole ms; the nearest sample is at 2500 ms.
        QVERIFY2(text.startsWith(QStringLiteral("t = 2500\u2009ms")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("V = ") + lif::ui::displayQuantity(voltageAt(2500.0), "mV", 4)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Iext = 500\u2009pA")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Isyn = 2.5\u2009pA")), qPrintable(text));

        // Over the current plot too, and with a finer time when zoomed in.
        time->setRange(2600.0, 2610.0);
        const double inputY = plots_->inputRect()->rect().center().y();
        sendMouse(plot, QEvent::MouseMove, QPointF(time->coordToPixel(2603.0), inputY), Qt::NoButton, Qt::NoButton);
        QVERIFY2(plots_->readout().text().startsWith(QStringLiteral("t = 2603\u2009ms")),
                 qPrintable(plots_->readout().text()));

        // Where there is no trace (before the run began), it says so rather than name a sample far away.
        time->setRange(-1000.0, 1000.0);
        sendMouse(plot, QEvent::MouseMove, QPointF(time->coordToPixel(-300.0), y), Qt::NoButton, Qt::NoButton);
        QVERIFY2(plots_->readout().text().endsWith(QStringLiteral("no trace here")),
                 qPrintable(plots_->readout().text()));
        QVERIFY(std::isnan(plots_->readout().sampleTime()));
        time->setRange(2600.0, 2610.0);
        sendMouse(plot, QEvent::MouseMove, QPointF(time->coordToPixel(2603.0), inputY), Qt::NoButton, Qt::NoButton);
        QCOMPARE(plots_->readout().sampleTime(), 2603.0);

        // The dot is drawn on the trace, in the read-out's layer.
        plot->replot();
        const QImage image = plot->grab().toImage();
        const QPoint dot(static_cast<int>(time->coordToPixel(2603.0)),
                         static_cast<int>(voltage_->valueAxis()->coordToPixel(voltageAt(2603.0))));
        QCOMPARE(image.pixelColor(dot), QColor(Qt::white));  // its white centre on a coloured ring
        QVERIFY(image.pixelColor(dot + QPoint(4, 0)) != QColor(Qt::white));

        // Outside the plots (the legend strip) and after leaving the widget: nothing.
        sendMouse(plot, QEvent::MouseMove, QPointF(40.0, 3.0), Qt::NoButton, Qt::NoButton);
        QVERIFY(plots_->readout().text().isEmpty());
        sendMouse(plot, QEvent::MouseMove, QPointF(time->coordToPixel(2603.0), y), Qt::NoButton, Qt::NoButton);
        QVERIFY(!plots_->readout().text().isEmpty());
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(plot, &leave);
        QVERIFY(plots_->readout().text().isEmpty());
    }

    void pausedTheViewScrollsBackOverTheRecentHistory() {
        // 30 s with a spike every 100 ms; the live plottables hold only the last window of it.
        for (int i = 0; i < 150; ++i) {
            const double t = 200.0 * i;
            SimulationChunk chunk = chunkOver(t, t + 200.0);
            chunk.spikes_ms = {t + 50.0, t + 150.0};
            plots_->appendChunk(chunk);
        }
        replotted();
        QVERIFY(voltage_->data()->constBegin()->key > 28900.0);
        const int livePoints = plots_->pointCount() - plots_->historyPointCount();

        plots_->setRunning(false);
        replotted();
        const QCPRange live = voltage_->keyAxis()->range();
        // Drag to the right by most of the plot's width, three times: about 2.5 windows back.
        QCustomPlot* plot = plots_->plot();
        const QRect rect = plots_->voltageRect()->rect();
        for (int i = 0; i < 3; ++i) {
            const QPointF from(rect.left() + 0.1 * rect.width(), rect.center().y());
            const QPointF to(rect.left() + 0.9 * rect.width(), rect.center().y());
            sendMouse(plot, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
            sendMouse(plot, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
            sendMouse(plot, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        }
        const QCPRange shown = voltage_->keyAxis()->range();
        QVERIFY2(shown.upper < live.lower - 1000.0,
                 qPrintable(QStringLiteral("%1..%2").arg(shown.lower).arg(shown.upper)));
        double oldest = 0.0;
        const int inView = pointsInView(voltage_, &oldest);
        // The history is reduced to 2 ms buckets: two points per 2 ms of data that came every ms.
        QVERIFY2(inView > 900, qPrintable(QString::number(inView)));
        QVERIFY(oldest < shown.lower + 5.0);
        // Its values are those of the trace there (each bucket's extremes are samples).
        for (auto it = voltage_->data()->findBegin(shown.lower);
             it != voltage_->data()->constEnd() && it->key < shown.upper; ++it) {
            QVERIFY(std::fabs(it->value - voltageAt(it->key)) < 0.5);
        }
        QCPGraph* markers = lif::testing::graphNamed(plot, QStringLiteral("spike"));
        QVERIFY(std::abs(pointsInView(markers) - shown.size() / 100.0) <= 1.0);

        // Run: the history leaves the plottables again, and the view follows the data.
        plots_->setRunning(true);
        plots_->appendChunk(chunkOver(30000.0, 30100.0));
        replotted();
        QVERIFY(plots_->followsData());
        QVERIFY(voltage_->data()->constBegin()->key > 29000.0);
        QVERIFY(plots_->pointCount() - plots_->historyPointCount() <= livePoints + 300);
    }

    void theHistoryIsBoundedAndKeepsSpikesAndGaps() {
        TraceHistory history;
        // Ten minutes sampled every 0.1 ms, a spike stroke every 20 ms, a gap every 10 s.
        std::vector<double> spikes;
        std::vector<double> gaps;
        double last = 0.0;
        for (int block = 0; block < 600; ++block) {
            QVector<double> times;
            QVector<double> V;
            QVector<double> Iext;
            QVector<double> Isyn;
            const auto add = [&](double at, double v, double i) {
                times.push_back(at);
                V.push_back(v);
                Iext.push_back(i);
                Isyn.push_back(i);
            };
            for (int k = 0; k < 10000; ++k) {
                const double t = (block * 10000 + k) * 0.1;
                if (k % 200 == 100) {  // as the worker draws a spike: to threshold, gap, reset to peak, gap
                    add(t, -50.0, 1.0);
                    add(t, kNaN, 1.0);
                    add(t, -65.0, 1.0);
                    add(t, 20.0, 1.0);
                    add(t, kNaN, 1.0);
                    history.appendSpike(t, 20.0);
                    spikes.push_back(t);
                }
                add(t, -60.0, 1.0);
                last = t;
            }
            if (block % 10 == 9) {
                add(last + 0.05, kNaN, kNaN);  // time computed without samples follows
                gaps.push_back(last + 0.05);
            }
            history.append(times, V, Iext, Isyn);
            history.reach(last);
        }
        const double keptFrom = last - TraceHistory::kSpan_ms;
        const auto since = [keptFrom](const std::vector<double>& times) {
            return static_cast<int>(std::count_if(times.begin(), times.end(), [&](double t) { return t >= keptFrom; }));
        };
        QVERIFY(history.points().size() <= static_cast<size_t>(TraceHistory::kMaxPoints));
        QVERIFY(history.spikes().size() <= static_cast<size_t>(TraceHistory::kMaxSpikes));
        QVERIFY(history.begin() >= keptFrom);
        QVERIFY(history.begin() < keptFrom + TraceHistory::kBucket_ms);
        int peaks = 0;
        int holes = 0;
        for (const TraceHistory::Point& point : history.points()) {
            peaks += point.V_mV == 20.0 ? 1 : 0;
            holes += std::isnan(point.V_mV) ? 1 : 0;
        }
        QCOMPARE(peaks, since(spikes));                    // every spike's stroke survives the reduction
        QCOMPARE(holes, since(gaps) + 2 * since(spikes));  // every gap, and those that set each stroke off
        QCOMPARE(static_cast<int>(history.spikes().size()), since(spikes));
        QVERIFY(since(spikes) > 2900);
    }

    void aSpikeInTimeWithoutSamplesIsNotJoinedToTheTrace() {
        // As the worker at high speed hands it over: a sampled stretch, 5 s computed without samples but for a
        // spike drawn at its time, then the gap where sampling resumes and the next stretch.
        TraceHistory history;
        history.append({0.0, 1.0, 2.0}, {-60.0, -59.0, -58.0}, {500.0, 500.0, 500.0}, {0.0, 0.0, 0.0});
        history.append({5000.0, 5000.0, 5000.0, 5000.0, 5000.0}, {-50.0, kNaN, -65.0, 20.0, kNaN},
                       {500.0, 500.0, 500.0, 500.0, 500.0}, {0.0, 0.0, 0.0, 0.0, 0.0});
        history.append({6000.0, 6000.0, 6001.0}, {kNaN, -61.0, -60.0}, {kNaN, 500.0, 500.0}, {kNaN, 0.0, 0.0});
        history.append({9000.0}, {-55.0}, {500.0}, {0.0});  // closes the last bucket
        QStringList drawn;
        for (const TraceHistory::Point& point : history.points()) {
            drawn << (std::isnan(point.V_mV) ? QStringLiteral("gap")
                                             : QStringLiteral("%1@%2").arg(point.V_mV).arg(point.t_ms));
        }
        // The stretches as they were (one bucket each), the threshold point and the stroke each on its own.
        QCOMPARE(drawn.join(QLatin1Char(' ')),
                 QStringLiteral("-60@0 -59@1 -58@2 gap -50@5000 gap -65@5000 20@5000 gap -61@6000 -60@6001 gap"));
        // The currents go on through a stroke's gaps (as the live plot draws them), not through time without samples.
        QStringList currents;
        for (const TraceHistory::Point& point : history.points()) {
            currents << (std::isnan(point.Iext_pA) ? QStringLiteral("gap") : QString::number(point.Iext_pA));
        }
        QCOMPARE(currents.join(QLatin1Char(' ')), QStringLiteral("500 500 500 gap 500 500 500 500 gap 500 500 gap"));
    }

    // A short voltage axis (the window at 1024x600) gets the brief label: the long one would run up into the legend.
    void theVoltageLabelIsShortenedWhereItDoesNotFit() {
        QCPAxis* axis = plots_->voltageRect()->axis(QCPAxis::atLeft);
        const QString full = QStringLiteral("membrane potential V (mV)");
        const auto labelAt = [this, axis](int height) {
            plots_->resize(900, height);
            plots_->plot()->replot();
            const int room = plots_->voltageRect()->height();
            const int needed = QFontMetrics(axis->labelFont()).horizontalAdvance(axis->label());
            return std::make_pair(axis->label(), needed <= room);
        };
        QTRY_COMPARE(labelAt(700).first, full);
        QVERIFY(labelAt(700).second);
        const auto small = labelAt(300);
        QCOMPARE(small.first, QStringLiteral("V (mV)"));
        QVERIFY(small.second);
        QCOMPARE(labelAt(700).first, full);  // and back when there is room again
    }

private:
    /// Waits for the next replot.
    void replotted() {
        QSignalSpy spy(plots_.get(), &PlotArea::replotted);
        QVERIFY(spy.wait(2000));
    }

    std::shared_ptr<lif::RunHistory> history_;
    std::unique_ptr<PlotArea> plots_;
    QCPGraph* voltage_ = nullptr;
};

QTEST_MAIN(PlotExploreTest)
#include "test_ui_plot_explore.moc"

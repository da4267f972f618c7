// The main window as a new user meets it (issue 12), headless with its real worker thread: it fits a 1024x600
// screen; Space and R work after Enter in a field and after a click on a button, while Space in a field stays
// text; a clamped value and a save are said in the status bar, the title names the session; the Help menu, F1
// and F11; the read-outs (V_inf near the threshold, "1 spike", the rate after widening the window); the time
// axis in seconds on long runs, the raster label, the current axis coming back down; the rheobase marker.
#include <QtTest>

#include <qcustomplot.h>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

#include "tests/support/private_user_files.h"
#include "tests/support/qt_warning_counter.h"
#include "tests/support/window_test.h"
#include "ui/analysis/spike_statistics.h"
#include "ui/analysis/theory_panel.h"
#include "ui/controls/collapsible_section.h"
#include "ui/controls/fine_slider.h"
#include "ui/controls/number_spin_box.h"
#include "ui/controls/parameter_control.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/transport_bar.h"
#include "ui/files/session_actions.h"
#include "ui/plots/plot_area.h"
#include "ui/simulation/simulation_controller.h"
#include "ui/style/display_format.h"
#include "ui/window/help_menu.h"
#include "ui/window/main_window.h"

using lif::ui::MainWindow;
using lif::ui::ParameterControl;

namespace {

/// True when `widget` lies wholly inside `window`'s client area.
bool insideWindow(const QWidget* widget, const QWidget* window) {
    const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return QRect(QPoint(0, 0), window->size()).contains(rect);
}

QAction* actionNamed(const QWidget* window, const QString& text) {
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')) == text) {
            return action;
        }
    }
    return nullptr;
}

void typeInto(lif::ui::NumberSpinBox* box, const QString& text) {
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

}  // namespace

class WindowComfortTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        lif::testing::QtWarningCounter::install();
        // Recent files go to a place of this process's own, not the person's settings nor another test's.
        userFiles_ = std::make_unique<lif::testing::PrivateUserFiles>();
        QCoreApplication::setOrganizationName(QStringLiteral("LIFscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("window-comfort"));
        QVERIFY(userFiles_->isolated());
    }
    void init() {
        QVERIFY(lif::testing::openWindow(window_));
        QApplication::setActiveWindow(window_.get());
    }
    void cleanup() {
        window_.reset();
        QCOMPARE(lif::testing::QtWarningCounter::warnings(), 0);
    }

    void fitsA1024x600Screen() {
        // A 1024x600 screen less a title bar and a panel of the desktop.
        const QSize smallest = window_->minimumSizeHint();
        QVERIFY2(smallest.width() <= 1000 && smallest.height() <= 540,
                 qPrintable(QStringLiteral("%1x%2").arg(smallest.width()).arg(smallest.height())));
        window_->resize(1024, 560);
        QTRY_COMPARE(window_->size(), QSize(1024, 560));
        QTest::qWait(50);
        QCOMPARE(window_->theory()->rowCount(), 2);  // the read-out cards wrap
        QVERIFY(insideWindow(window_->theory(), window_.get()));
        QVERIFY(insideWindow(window_->transport()->windowBox(), window_.get()));
        QVERIFY(insideWindow(window_->statusBar()->findChild<QLabel*>(QStringLiteral("runState")), window_.get()));
        QVERIFY(insideWindow(window_->plots(), window_.get()));
        // The parameter groups scroll.
        auto* scroll = window_->panel()->findChild<QScrollArea*>(QStringLiteral("groupsScroll"));
        QVERIFY(scroll != nullptr && scroll->verticalScrollBar()->maximum() > 0);
        // The legend wraps rather than being cut at the right.
        QCustomPlot* plot = window_->plots()->plot();
        plot->replot();
        QVERIFY(plot->legend->outerRect().right() <= plot->width());
        QVERIFY(plot->legend->wrap() < 6);

        window_->resize(1900, 1000);
        QTRY_COMPARE(window_->theory()->rowCount(), 1);
    }

    void spaceAndRWorkAfterEnterInAField() {
        lif::ui::NumberSpinBox* tref = window_->panel()->control(QStringLiteral("tref"))->spinBox();
        // Space in a field is text: it neither pauses nor leaves the field.
        tref->setFocus();
        QTRY_VERIFY(tref->hasFocus());
        QTest::keyClick(tref, Qt::Key_Space);
        QTest::keyClick(tref, Qt::Key_R);
        QVERIFY(window_->transport()->isRunning());
        QVERIFY(tref->hasFocus());
        typeInto(tref, QStringLiteral("3"));
        QCOMPARE(window_->panel()->setup().parameters.tref, 3.0);
        QTRY_VERIFY(window_->plots()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(!window_->transport()->isRunning());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(window_->transport()->isRunning());
    }

    void spaceAndRWorkAfterClickingAButton() {
        lif::ui::NumberSpinBox* tref = window_->panel()->control(QStringLiteral("tref"))->spinBox();
        tref->setFocus();
        QTRY_VERIFY(tref->hasFocus());
        QTest::mouseClick(window_->transport()->runButton(), Qt::LeftButton);
        QTRY_VERIFY(!window_->transport()->isRunning());
        QTRY_VERIFY(window_->plots()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(window_->transport()->isRunning());
        QTRY_VERIFY(window_->plots()->latestTime() > 100.0);
        QTest::mouseClick(window_->transport()->resetButton(), Qt::LeftButton);
        QVERIFY(window_->plots()->hasFocus());
        // A group header clicked with the mouse does not keep the focus either.
        auto* header = window_->panel()->findChild<QToolButton*>(QStringLiteral("sectionHeader"));
        QVERIFY(header != nullptr);
        QTest::mouseClick(header, Qt::LeftButton);
        QVERIFY(!header->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(!window_->transport()->isRunning());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R);
        QTRY_COMPARE(window_->plots()->latestTime(), 0.0);
    }

    void aFocusedGroupHeaderTakesSpace() {
        const QList<lif::ui::CollapsibleSection*> sections =
            window_->panel()->findChildren<lif::ui::CollapsibleSection*>();
        lif::ui::CollapsibleSection* randomness = nullptr;
        for (auto* section : sections) {
            if (section->header()->text() == QStringLiteral("Randomness")) randomness = section;
        }
        if (randomness == nullptr) {
            QFAIL("no Randomness group");
            return;
        }
        QVERIFY(!randomness->isExpanded());
        QVERIFY(randomness->header()->focusPolicy() & Qt::TabFocus);
        randomness->header()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(randomness->header()->hasFocus());
        QTest::keyClick(randomness->header(), Qt::Key_Space);
        QVERIFY(randomness->isExpanded());
        QVERIFY(window_->transport()->isRunning());  // Space went to the header, not to run/pause
    }

    void aClampIsSaidInTheStatusBar() {
        lif::ui::NumberSpinBox* capacitance = window_->panel()->control(QStringLiteral("C"))->spinBox();
        typeInto(capacitance, QStringLiteral("99999"));
        QCOMPARE(window_->panel()->setup().parameters.C, 5000.0);
        QCOMPARE(window_->statusMessage(),
                 QStringLiteral("C: 99999 pF is out of range; allowed 10 to 5000 pF. Set to 5000 pF instead."));
        lif::ui::NumberSpinBox* vpeak = window_->panel()->control(QStringLiteral("Vpeak"))->spinBox();
        typeInto(vpeak, QStringLiteral("-60"));
        QVERIFY2(window_->statusMessage().startsWith(QStringLiteral("Vpeak: -60 mV is out of range")),
                 qPrintable(window_->statusMessage()));
        // The next edit clears the notice.
        typeInto(capacitance, QStringLiteral("300"));
        QVERIFY(window_->statusMessage().isEmpty());
    }

    void savingSaysSoAndNamesTheSessionInTheTitle() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lecture.json"));
        QVERIFY(window_->sessions()->saveSession(path));
        QCOMPARE(window_->statusMessage(), QStringLiteral("Session saved to lecture.json."));
        QVERIFY(window_->windowTitle().startsWith(QStringLiteral("lecture.json")));
        QVERIFY(!window_->isWindowModified());
        window_->panel()->control(QStringLiteral("gL"))->spinBox()->setValue(30.0);
        QVERIFY(window_->isWindowModified());
        QVERIFY(window_->statusMessage().isEmpty());

        // Saved while a refused value is shown: the file holds the value in force, and the message says which.
        window_->panel()->control(QStringLiteral("Vreset"))->spinBox()->setValue(-45.0);
        QVERIFY(window_->panel()->hasRefusedEdit());
        QVERIFY(window_->sessions()->saveSession(path));
        const QString message = window_->statusMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Session saved to lecture.json. It holds the values in force")) &&
                     message.contains(QStringLiteral("Vreset = -65 mV (shown: -45)")),
                 qPrintable(message));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("\"Vreset\": -65"));

        QVERIFY(window_->sessions()->openSession(path));
        QVERIFY(!window_->isWindowModified());
        QCOMPARE(window_->sessionPath(), path);
    }

    void helpMenuF1AndF11() {
        QAction* guide = actionNamed(window_.get(), QStringLiteral("User guide"));
        QVERIFY(guide != nullptr);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(actionNamed(window_.get(), QStringLiteral("Keyboard shortcuts")) != nullptr);
        QVERIFY(actionNamed(window_.get(), QStringLiteral("About LIFscope")) != nullptr);
        guide->trigger();
        QDialog* dialog = window_->help()->guide();
        QVERIFY(dialog != nullptr && dialog->isVisible());
        const QString text = dialog->findChild<QTextBrowser*>()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("rheobase")) && text.contains(QStringLiteral("Shift")),
                 qPrintable(text.left(200)));
        // Compiled in: there whatever the working directory (installed, no source tree).
        QVERIFY(lif::ui::HelpMenu::helpText(QStringLiteral("shortcuts")).contains(QStringLiteral("F11")));
        const QString about = lif::ui::HelpMenu::aboutText();
        QVERIFY(about.contains(QStringLiteral(LIFSCOPE_VERSION)));
        QVERIFY(about.contains(QStringLiteral("MIT")));
        QVERIFY(about.contains(QStringLiteral("cite")));
        actionNamed(window_.get(), QStringLiteral("About LIFscope"))->trigger();
        QVERIFY(window_->help()->about()->isVisible());
        window_->help()->about()->close();
        dialog->close();

        QAction* fullScreen = window_->findChild<QAction*>(QStringLiteral("fullScreen"));
        QVERIFY(fullScreen != nullptr);
        QCOMPARE(fullScreen->shortcut(), QKeySequence(Qt::Key_F11));
        fullScreen->trigger();
        QTRY_VERIFY(window_->windowState().testFlag(Qt::WindowFullScreen));
        fullScreen->trigger();
        QTRY_VERIFY(!window_->windowState().testFlag(Qt::WindowFullScreen));
    }

    void steadyStateShowsItsDistanceFromTheThreshold() {
        ParameterControl* current = window_->panel()->control(QStringLiteral("I"));
        current->spinBox()->setValue(374.0);
        QCOMPARE(window_->theory()->valueText(QStringLiteral("vInf")), QStringLiteral("\u221250.04\u2009mV"));
        QVERIFY2(window_->theory()
                     ->detailText(QStringLiteral("vInf"))
                     .endsWith(QStringLiteral("Vth\u00a0\u2212\u00a00.04\u202fmV")),
                 qPrintable(window_->theory()->detailText(QStringLiteral("vInf"))));
        current->spinBox()->setValue(376.0);
        QCOMPARE(window_->theory()->valueText(QStringLiteral("vInf")), QStringLiteral("\u221249.96\u2009mV"));
        current->spinBox()->setValue(375.0);
        QCOMPARE(window_->theory()->valueText(QStringLiteral("vInf")), QStringLiteral("\u221250\u2009mV"));
        QVERIFY(window_->theory()->detailText(QStringLiteral("vInf")).endsWith(QStringLiteral("=\u00a0Vth")));
        current->spinBox()->setValue(500.0);
        QCOMPARE(window_->theory()->valueText(QStringLiteral("vInf")), QStringLiteral("\u221245\u2009mV"));
    }

    void theRateCountsTheTimeActuallyCovered() {
        // 63 Hz for 3 s with a 2 s window, then the window is widened to 10 s: 3 s of history, not 10.
        lif::ui::SpikeStatistics statistics;
        double now = 0.0;
        for (int k = 1; now < 3000.0; ++k) {
            now = k * (1000.0 / 63.0);
            statistics.add({now});
            statistics.removeBefore(now - 2000.0);
        }
        const auto widened = statistics.summarise(now, 10000.0);
        QVERIFY2(std::fabs(widened.rate_Hz - 63.0) < 1.0, qPrintable(QString::number(widened.rate_Hz)));
        QVERIFY(std::fabs(widened.span_ms - 2000.0) < 1e-9);
        window_->theory()->setMeasured(widened, 10000.0);
        QCOMPARE(window_->theory()->detailText(QStringLiteral("measuredRate")),
                 QStringLiteral("%1 spikes in\u00a0last\u00a02\u202fs").arg(widened.spikeCount));
        lif::ui::SpikeStatistics one;
        one.add({10.0});
        window_->theory()->setMeasured(one.summarise(500.0, 1000.0), 1000.0);
        QVERIFY(window_->theory()->detailText(QStringLiteral("measuredRate")).startsWith(QStringLiteral("1 spike in")));
    }

    void statusBarTimeHasMillisecondsOnLongRuns() {
        QCOMPARE(lif::ui::displaySimulatedTime(2954500.0), QStringLiteral("2954.500\u2009s"));
        QCOMPARE(lif::ui::displaySimulatedTime(1000.0), QStringLiteral("1.000\u2009s"));
        QCOMPARE(lif::ui::displaySimulatedTime(532.4), QStringLiteral("532\u2009ms"));
        QTRY_VERIFY(window_->plots()->latestTime() > 1200.0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^t = \\d+\\.\\d{3}\u2009s")).match(window_->runStateText()).hasMatch(),
            qPrintable(window_->runStateText()));
    }

    void timeAxisCountsSecondsOnLongRunsAndTheRasterLabelStaysInItsStrip() {
        lif::ui::PlotArea* plots = window_->plots();
        window_->transport()->runButton()->click();
        QTRY_VERIFY(!window_->transport()->isRunning());
        QCPAxis* time = plots->inputRect()->axis(QCPAxis::atBottom);
        QCOMPARE(time->label(), QStringLiteral("time (ms)"));
        time->setRange(2954000.0, 2955000.0);
        plots->plot()->replot();
        QCOMPARE(time->label(), QStringLiteral("time (s)"));
        const QVector<QString> labels = time->tickVectorLabels();
        QVERIFY(!labels.isEmpty());
        for (const QString& label : labels) {
            QVERIFY2(label.size() <= 8, qPrintable(label));  // "2954.2", never "2954200"
            QVERIFY2(label.startsWith(QStringLiteral("2954.")) || label.startsWith(QStringLiteral("2955")),
                     qPrintable(label));
        }
        time->setRange(0.0, 1000.0);
        plots->plot()->replot();
        QCOMPARE(time->label(), QStringLiteral("time (ms)"));

        // The raster strip's label is a horizontal tick label at its middle: no taller than the strip.
        QCustomPlot* plot = plots->plot();
        QCPAxisRect* raster = nullptr;
        for (QCPAxisRect* rect : plot->axisRects()) {
            if (rect != plots->voltageRect() && rect != plots->inputRect()) raster = rect;
        }
        if (raster == nullptr) {
            QFAIL("no raster strip");
            return;
        }
        QCPAxis* strip = raster->axis(QCPAxis::atLeft);
        QVERIFY(strip->label().isEmpty());
        QCOMPARE(strip->tickVectorLabels(), QVector<QString>{QStringLiteral("spikes")});
        QVERIFY(QFontMetrics(strip->tickLabelFont()).height() <= raster->outerRect().height());
    }

    void currentAxisComesBackDown() {
        QVERIFY(lif::testing::setSpeed(*window_, 10.0));
        ParameterControl* current = window_->panel()->control(QStringLiteral("I"));
        QCPAxis* axis = window_->plots()->inputRect()->axis(QCPAxis::atLeft);
        current->spinBox()->setValue(800.0);
        QTRY_VERIFY_WITH_TIMEOUT(axis->range().upper > 800.0, 20000);
        current->spinBox()->setValue(500.0);
        QTRY_VERIFY_WITH_TIMEOUT(axis->range().upper < 700.0 && axis->range().upper > 500.0, 20000);
    }

    void theRheobaseMarkerFollowsTheParameters() {
        ParameterControl* current = window_->panel()->control(QStringLiteral("I"));
        QCOMPARE(current->fineSlider()->markerPosition(), current->positionOfValue(375.0));
        window_->panel()->control(QStringLiteral("gL"))->spinBox()->setValue(30.0);
        QCOMPARE(current->fineSlider()->markerPosition(), current->positionOfValue(450.0));
        window_->panel()->control(QStringLiteral("Vth"))->spinBox()->setValue(-55.0);
        QCOMPARE(current->fineSlider()->markerPosition(), current->positionOfValue(300.0));
        auto* caption = current->findChild<QLabel*>(QStringLiteral("I-marker"));
        QVERIFY(caption != nullptr && caption->text().contains(QStringLiteral("rheobase 300")));
    }

private:
    std::unique_ptr<lif::testing::PrivateUserFiles> userFiles_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(WindowComfortTest)
#include "test_ui_window_comfort.moc"

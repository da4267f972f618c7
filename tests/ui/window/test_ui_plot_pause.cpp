// The live plot in the whole window with its real worker at 1000x: pausing shows the last window of the data
// received (not the range of the last replot before the pause, a frame and a tick behind: at 1000x that is
// seconds of neuron time, more than the window), and while running the right edge stays at the newest data.
#include <QtTest>

#include <qcustomplot.h>
#include <QSlider>

#include <algorithm>
#include <cmath>
#include <memory>

#include "tests/support/qt_warning_counter.h"
#include "tests/support/window_test.h"
#include "ui/controls/transport_bar.h"
#include "ui/plots/plot_area.h"
#include "ui/simulation/simulation_controller.h"
#include "ui/window/main_window.h"

using lif::ui::MainWindow;
using lif::ui::PlotArea;

namespace {

/// The newest key of `graph` whose value is a number (the trace ends in gaps after a spike).
double lastSampleTime(const QCPGraph* graph) {
    for (auto it = graph->data()->constEnd(); it != graph->data()->constBegin();) {
        --it;
        if (!std::isnan(it->value)) {
            return it->key;
        }
    }
    return -1.0;
}

/// Trace points of `graph` inside its key axis' range.
int pointsInView(const QCPGraph* graph) {
    const QCPRange range = graph->keyAxis()->range();
    int count = 0;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        count += range.contains(it->key) && !std::isnan(it->value) ? 1 : 0;
    }
    return count;
}

}  // namespace

class PlotPauseTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        lif::testing::QtWarningCounter::install();
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { QVERIFY(lif::testing::openWindow(window_)); }
    void cleanup() {
        window_.reset();
        QCOMPARE(lif::testing::QtWarningCounter::warnings(), 0);
    }

    void pausingAt1000xShowsTheLastWindowReceived() {
        QVERIFY(lif::testing::setSpeed(*window_, 1000.0));
        PlotArea* plots = window_->plots();
        QCPGraph* voltage = lif::testing::graphNamed(plots->plot(), QStringLiteral("V"));
        QVERIFY(voltage != nullptr);
        // Several pauses, each after a different run time, so that one lucky phase of frame and tick cannot pass.
        for (int attempt = 0; attempt < 4; ++attempt) {
            const double from = plots->latestTime();
            QTRY_VERIFY_WITH_TIMEOUT(plots->latestTime() > from + 3000.0 + 700.0 * attempt, 30000);
            window_->controller()->pause();
            QTRY_VERIFY_WITH_TIMEOUT(!window_->controller()->isRunning(), 20000);
            QTest::qWait(3 * PlotArea::kFrameInterval_ms);  // the replot after the pause
            const QCPRange shown = voltage->keyAxis()->range();
            const double last = lastSampleTime(voltage);
            const QString where = QStringLiteral("try %1: shown %2..%3 ms, last sample %4 ms, latest %5 ms")
                                      .arg(attempt)
                                      .arg(shown.lower, 0, 'f', 1)
                                      .arg(shown.upper, 0, 'f', 1)
                                      .arg(last, 0, 'f', 1)
                                      .arg(plots->latestTime(), 0, 'f', 1);
            QVERIFY2(shown.contains(last), qPrintable(where));
            QVERIFY2(std::fabs(shown.upper - plots->viewEnd()) < 1e-9, qPrintable(where));
            QVERIFY2(std::fabs(shown.size() - plots->window()) < 1e-6, qPrintable(where));
            // The window is full of trace, not a sliver at its right edge.
            QVERIFY2(pointsInView(voltage) > 1000,
                     qPrintable(where + QStringLiteral(", %1 points shown").arg(pointsInView(voltage))));
            window_->controller()->run();
            QTRY_VERIFY_WITH_TIMEOUT(window_->controller()->isRunning(), 20000);
        }
    }

    void whileRunningAt1000xTheRightEdgeIsTheNewestData() {
        QVERIFY(lif::testing::setSpeed(*window_, 1000.0));
        PlotArea* plots = window_->plots();
        QCPGraph* voltage = lif::testing::graphNamed(plots->plot(), QStringLiteral("V"));
        QTRY_VERIFY_WITH_TIMEOUT(plots->latestTime() > 2000.0, 30000);
        int checked = 0;
        double edgeError = 0.0;
        double sampleLag = 0.0;
        int lagging = 0;
        int fewest = 1 << 30;
        connect(plots, &PlotArea::replotted, this, [&] {
            const QCPRange shown = voltage->keyAxis()->range();
            const double last = lastSampleTime(voltage);
            // The edge is the newest sample, unless that is more than a window behind the simulated time.
            const double end = std::max(last, plots->latestTime() - plots->window());
            edgeError = std::max(edgeError, std::fabs(shown.upper - std::max(plots->window(), end)));
            const double behind = plots->latestTime() - last;  // the worker's part: samples behind its time
            sampleLag = std::max(sampleLag, behind);
            lagging += behind > plots->window() / 1000.0 ? 1 : 0;
            fewest = std::min(fewest, pointsInView(voltage));
            ++checked;
        });
        QTRY_VERIFY_WITH_TIMEOUT(checked >= 60, 30000);
        qInfo(
            "newest sample up to %g ms behind the simulated time, more than a bucket in %d of %d replots; "
            "fewest points in view %d",
            sampleLag, lagging, checked, fewest);
        QVERIFY2(edgeError <= 1e-9, qPrintable(QStringLiteral("the right edge was off by %1 ms").arg(edgeError)));
        QVERIFY2(fewest > 1000, qPrintable(QStringLiteral("a replot showed only %1 points").arg(fewest)));
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(PlotPauseTest)
#include "test_ui_plot_pause.moc"

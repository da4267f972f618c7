// The analysis views, headless: the f-I sweep in the window against the closed form, cancelled mid-sweep, the
// phase line's fixed point, the ISI view's statistics, and the tabs in the main window.
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

#include "core/model/run_setup.h"
#include "ui/analysis/analysis_views.h"
#include "ui/analysis/fi_curve_view.h"
#include "ui/analysis/isi_view.h"
#include "ui/analysis/phase_line_view.h"
#include "ui/window/main_window.h"

using lif::ui::FiCurveView;
using lif::ui::IsiView;
using lif::ui::PhaseLineView;

namespace {
/// f = 1000 / (tref + tau ln(I / (I - 375))) for the default neuron, from the formula, not from the code under test.
double closedForm_Hz(double current_pA) {
    return current_pA <= 375.0 ? 0.0 : 1000.0 / (2.0 + 10.0 * std::log(current_pA / (current_pA - 375.0)));
}
}  // namespace

class AnalysisTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSweepMatchesTheClosedForm() {
        FiCurveView view;
        QSignalSpy ended(&view, &FiCurveView::sweepEnded);
        view.setRange(lif::FiRange{300.0, 700.0, 20.0});
        view.setSetup(lif::defaultModelSetup());
        view.sweep();
        QVERIFY(view.isSweeping());
        QVERIFY(ended.wait(30000));
        QVERIFY(view.curve().has_value());
        QCOMPARE(view.curve()->points.size(), std::size_t{21});
        for (const lif::FiPoint& point : view.curve()->points) {
            QVERIFY(point.computed);
            QVERIFY2(std::fabs(point.rate_Hz - closedForm_Hz(point.current_pA)) < 0.05,
                     qPrintable(QString::number(point.current_pA)));
        }
    }

    void aSweepCanBeCancelled() {
        FiCurveView view;
        QSignalSpy ended(&view, &FiCurveView::sweepEnded);
        lif::ModelSetup setup = lif::defaultModelSetup();
        setup.parameters.rateE = setup.parameters.rateI = 40000.0;  // fluctuating: long counting per point
        view.setDuration(1.0e6);
        view.setSetup(setup);
        view.sweep();
        QTest::qWait(50);
        view.cancel();
        QVERIFY(ended.wait(10000));
        QVERIFY(view.curve().has_value());
        QVERIFY(view.curve()->cancelled);
        QVERIFY(!view.isSweeping());
    }

    void thePhaseLineCrossesZeroAtTheSteadyState() {
        const lif::Parameters p;
        QCOMPARE(PhaseLineView::fixedPoint(p, 500.0), -45.0);
        QVERIFY(std::fabs(PhaseLineView::slope(p, -45.0, 500.0)) < 1e-12);
        QVERIFY(PhaseLineView::slope(p, -60.0, 500.0) > 0.0);
        PhaseLineView view;
        view.setSetup(lif::defaultModelSetup());
        view.setState(-55.0, 500.0);
        const auto* verdict = view.findChild<QLabel*>(QStringLiteral("phaseLineVerdict"));
        QVERIFY(verdict->text().contains(QStringLiteral("above")));
        view.setState(-55.0, 300.0);  // V_inf = -53 mV, below Vth
        QVERIFY(verdict->text().contains(QStringLiteral("below")));
    }

    void theIsiViewSummarisesItsSpikes() {
        IsiView view;
        view.addSpikes({5.0, 15.0, 35.0, 65.0});
        view.refresh();
        QCOMPARE(view.statistics().summary().intervals, std::size_t{3});
        QVERIFY2(view.summaryText().contains(QStringLiteral("rate 50")) &&
                     view.summaryText().contains(QStringLiteral("CV 0.5")),
                 qPrintable(view.summaryText()));
        view.reset();
        QCOMPARE(view.statistics().summary().spikes, std::size_t{0});
    }

    void theWindowShowsTheViewsAsTabs() {
        lif::ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        lif::ui::AnalysisViews* views = window.views();
        QCOMPARE(views->count(), 4);
        views->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(views->isi()->statistics().summary().spikes > 3, 10000);
    }
};

QTEST_MAIN(AnalysisTest)
#include "test_ui_analysis.moc"

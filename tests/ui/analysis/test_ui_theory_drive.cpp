// Issue 12 items 3, 5 and 6 in the window: the theory cards with synaptic input (the f-I view's prediction,
// labelled and flagged), the dotted V_inf line following a step's off phase, and a step applied at t = 121 s
// showing in the trace right after (protocol times count from when the protocol is applied).
#include <QtTest>

#include <qcustomplot.h>
#include <QComboBox>
#include <QPushButton>

#include <cmath>
#include <memory>

#include "tests/support/qt_warning_counter.h"
#include "ui/analysis/theory_panel.h"
#include "ui/controls/number_spin_box.h"
#include "ui/controls/parameter_control.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/stimulus_editor.h"
#include "ui/controls/transport_bar.h"
#include "ui/plots/history_overlay.h"
#include "ui/plots/plot_area.h"
#include "ui/simulation/simulation_controller.h"
#include "ui/window/main_window.h"

using lif::ModelSetup;
using lif::StimulusSpec;
using lif::ui::MainWindow;
using lif::ui::TheoryPanel;

namespace {

QCPGraph* graphNamed(QCustomPlot* plot, const QString& prefix) {
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name().startsWith(prefix)) {
            return plot->graph(i);
        }
    }
    return nullptr;
}

/// The value of the latest point of `graph` at or before `t_ms` (NaN if none).
double valueAt(const QCPGraph* graph, double t_ms) {
    double value = std::nan("");
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd() && it->key <= t_ms; ++it) {
        value = it->value;
    }
    return value;
}

}  // namespace

class TheoryDriveTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        lif::testing::QtWarningCounter::install();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LIFscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("theory-drive"));
    }
    void init() { lif::testing::QtWarningCounter::reset(); }
    void cleanup() { QCOMPARE(lif::testing::QtWarningCounter::warnings(), 0); }

    void cardsIncludeTheSynapticInputAndSayItIsAnApproximation() {
        // The case: I = 0, rateE = 2000 Hz. Mean synaptic current 2000 Hz * 50 pA * 5 ms = 500 pA.
        ModelSetup setup;
        setup.stimulus = StimulusSpec::parse("const:0");
        setup.parameters.rateE = 2000.0;
        TheoryPanel panel(setup);
        QCOMPARE(panel.valueText(QStringLiteral("vInf")), QStringLiteral("\u221245\u2009mV"));  // not EL = -65
        QVERIFY2(panel.detailText(QStringLiteral("vInf")).contains(QStringLiteral("\u27e8Isyn\u27e9")),
                 qPrintable(panel.detailText(QStringLiteral("vInf"))));
        QCOMPARE(panel.valueText(QStringLiteral("rheobase")), QStringLiteral("\u2212125\u2009pA"));  // 375 - 500
        // Fourcaud-Brunel: 51.2 Hz; the simulation gives 59.7 Hz (100 s headless), not "0 Hz: silent".
        QCOMPARE(panel.valueText(QStringLiteral("predictedRate")), QStringLiteral("\u2248\u200951.2\u2009Hz"));
        const QString detail = panel.detailText(QStringLiteral("predictedRate"));
        QVERIFY2(detail.contains(QStringLiteral("diffusion approx.")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("outside its regime")), qPrintable(detail));  // words, not colour
        QVERIFY(!panel.predictionInsideRegime());

        // Many small, fast inputs: inside the regime, and the card says only that it is an approximation.
        lif::Parameters& p = setup.parameters;
        p.rateE = 20000.0;
        p.wE = 100.0;
        p.tauE = 1.0;
        p.rateI = 16000.0;
        p.wI = 100.0;
        p.tauI = 1.0;
        setup.stimulus = StimulusSpec::parse("const:-50");
        panel.setSetup(setup);
        QVERIFY(panel.predictionInsideRegime());
        QCOMPARE(panel.detailText(QStringLiteral("predictedRate")), QStringLiteral("diffusion approx."));
        QVERIFY(panel.valueText(QStringLiteral("predictedRate")).startsWith(QStringLiteral("\u2248")));

        // No synaptic input: the exact closed form as before.
        panel.setSetup(lif::defaultModelSetup());
        QCOMPARE(panel.valueText(QStringLiteral("predictedRate")), QStringLiteral("63.04\u2009Hz"));
        QVERIFY(panel.detailText(QStringLiteral("vInf")).startsWith(QStringLiteral("EL\u00a0+\u00a0I/gL ")));
    }

    void steadyStateLineFollowsAStepsOffPhase() {
        // A run at const:0 until 121 s, then a step (ON 100, OFF 600 ms) applied there.
        ModelSetup start;
        start.stimulus = StimulusSpec::parse("const:0");
        auto history = std::make_shared<lif::RunHistory>(start);
        ModelSetup step = start;
        step.stimulus = StimulusSpec::parse("step:800,100,600");
        step.stimulus.trigger = 1;
        step.stimulus = lif::appliedAt(start.stimulus, step.stimulus, 121000.0);
        history->record(121000.0, step);
        history->reach(122500.0);
        QCustomPlot plot;
        QCPAxisRect* rect = plot.axisRect();
        QCPGraph* threshold = plot.addGraph();
        QCPGraph* steady = plot.addGraph();
        lif::ui::HistoryOverlay overlay(history, &plot, rect, rect, threshold, steady);
        overlay.noteChange(0.0);
        overlay.updateLevels(120500.0, 122500.0);
        QCOMPARE(valueAt(steady, 121050.0), -65.0);  // applied, not yet on
        QCOMPARE(valueAt(steady, 121300.0), -33.0);  // on: -65 + 800/25
        QCOMPARE(valueAt(steady, 121800.0), -65.0);  // off again: V relaxes to EL and so does the line
        QCOMPARE(overlay.steadyStateAt(121800.0), -65.0);
        QCOMPARE(overlay.steadyStateAt(121300.0), -33.0);
        // Joined by straight lines (a ramp's V_inf rises with it), not held as steps.
        QCOMPARE(steady->lineStyle(), QCPGraph::lsLine);
    }

    void aStepAppliedLateShowsRightAfter() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSlider* speed = window.transport()->speedSlider();
        speed->setValue(lif::ui::TransportBar::speedSliderPosition(1000.0));
        lif::ui::ParameterControl* current = window.panel()->control(QStringLiteral("I"));
        current->spinBox()->setValue(0.0);
        QTRY_VERIFY_WITH_TIMEOUT(window.plots()->latestTime() > 121000.0, 120000);
        speed->setValue(lif::ui::TransportBar::speedSliderPosition(1.0));
        lif::ui::StimulusEditor* editor = window.panel()->stimulusEditor();
        QComboBox* protocol = editor->protocolBox();
        protocol->setCurrentIndex(protocol->findData(static_cast<int>(lif::StimulusKind::Step)));
        current->spinBox()->setValue(500.0);
        QVERIFY(editor->applyAgainButton()->isVisible());
        // The history says where the step started: its ON edge is 100 ms after that, in the visible trace.
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->history()->latest().stimulus.kind == lif::StimulusKind::Step,
                                 20000);
        const double started = window.controller()->history()->latest().stimulus.start_ms;
        QVERIFY2(started > 121000.0, qPrintable(QString::number(started)));
        QTRY_VERIFY_WITH_TIMEOUT(window.plots()->latestTime() > started + 700.0, 20000);
        QCPGraph* injected = graphNamed(window.plots()->plot(), QStringLiteral("Iext"));
        QVERIFY(injected != nullptr);
        QCOMPARE(valueAt(injected, started + 50.0), 0.0);
        QCOMPARE(valueAt(injected, started + 300.0), 500.0);
        QCOMPARE(valueAt(injected, started + 650.0), 0.0);
        QVERIFY(window.plots()->changeLabels().join(QLatin1Char('|')).contains(QStringLiteral("stimulus const")));

        // Apply again: it starts over from now, and a mark says so.
        const double before = window.plots()->latestTime();
        QTest::mouseClick(editor->applyAgainButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->history()->latest().stimulus.start_ms > before - 1e-9, 20000);
        const double again = window.controller()->history()->latest().stimulus.start_ms;
        QTRY_VERIFY_WITH_TIMEOUT(window.plots()->latestTime() > again + 300.0, 20000);
        QCOMPARE(valueAt(injected, again + 300.0), 500.0);
        QVERIFY2(window.plots()->changeLabels().join(QLatin1Char('|')).contains(QStringLiteral("step starts here")),
                 qPrintable(window.plots()->changeLabels().join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TheoryDriveTest)
#include "test_ui_theory_drive.moc"

// The parameter panel on its own, headless: a refused combination highlights exactly the controls whose field ids
// the core's InputError names (InputError::fields()), never by reading its English text, and a correction clears
// them.
#include <QComboBox>
#include <QSignalSpy>
#include <QtTest>

#include <string>
#include <vector>

#include "core/model/run_setup.h"
#include "ui/controls/number_spin_box.h"
#include "ui/controls/parameter_control.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/stimulus_editor.h"

using lif::ui::ParameterControl;
using lif::ui::ParameterPanel;

namespace {

/// Names of the highlighted controls: parameters by name, stimulus fields as "stimulus.NAME".
QStringList highlighted(const ParameterPanel& panel) {
    QStringList names;
    for (const lif::ParamSpec& spec : lif::parameterTable()) {
        const QString name = QString::fromUtf8(spec.name.data(), static_cast<int>(spec.name.size()));
        if (panel.control(name)->isInvalid()) names << name;
    }
    if (panel.control(QStringLiteral("I"))->isInvalid()) names << QStringLiteral("I");
    const lif::StimulusProtocol& protocol = lif::protocolOf(panel.stimulusEditor()->spec().kind);
    for (const lif::StimulusField& field : protocol.fields) {
        const QString name = QString::fromUtf8(field.name.data(), static_cast<int>(field.name.size()));
        const ParameterControl* control = panel.stimulusEditor()->field(name);
        if (control != nullptr && control->isInvalid()) names << QStringLiteral("stimulus.") + name;
    }
    return names;
}

}  // namespace

class HighlightTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aParameterCombinationHighlightsBothParameters() {
        ParameterPanel panel(lif::defaultModelSetup());
        QSignalSpy refused(&panel, &ParameterPanel::setupRefused);
        QSignalSpy edited(&panel, &ParameterPanel::setupEdited);
        panel.control(QStringLiteral("Vreset"))->spinBox()->setValue(-45.0);  // above Vth = -50 mV
        QCOMPARE(highlighted(panel), (QStringList{QStringLiteral("Vth"), QStringLiteral("Vreset")}));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(edited.count(), 0);
        QVERIFY(panel.hasRefusedEdit());

        panel.control(QStringLiteral("Vreset"))->spinBox()->setValue(-70.0);
        QVERIFY(highlighted(panel).isEmpty());
        QVERIFY(!panel.hasRefusedEdit());
        QCOMPARE(edited.count(), 1);

        panel.control(QStringLiteral("Vth"))->spinBox()->setValue(-40.0);
        QVERIFY(highlighted(panel).isEmpty());
        panel.control(QStringLiteral("Vpeak"))->spinBox()->setValue(-45.0);  // below Vth, inside its own range
        QCOMPARE(highlighted(panel), (QStringList{QStringLiteral("Vth"), QStringLiteral("Vpeak")}));
    }

    void aStimulusCombinationHighlightsItsFields() {
        ParameterPanel panel(lif::defaultModelSetup());
        QComboBox* protocol = panel.stimulusEditor()->protocolBox();
        protocol->setCurrentIndex(protocol->findData(static_cast<int>(lif::StimulusKind::Step)));
        QVERIFY(highlighted(panel).isEmpty());
        // OFF defaults to 600 ms: ON at 700 ms is after it.
        panel.stimulusEditor()->field(QStringLiteral("ON"))->spinBox()->setValue(700.0);
        QCOMPARE(highlighted(panel), (QStringList{QStringLiteral("stimulus.ON"), QStringLiteral("stimulus.OFF")}));
        QVERIFY(panel.hasRefusedEdit());
        panel.stimulusEditor()->field(QStringLiteral("OFF"))->spinBox()->setValue(900.0);
        QVERIFY(highlighted(panel).isEmpty());
        QCOMPARE(panel.setup().stimulus.toString(), std::string("step:500,700,900"));
    }

    void theEditorMarksFieldsByIdOnly() {
        lif::ui::StimulusEditor editor(lif::StimulusSpec::defaults(lif::StimulusKind::Pulses));
        ParameterControl* width = editor.field(QStringLiteral("WIDTH"));
        ParameterControl* period = editor.field(QStringLiteral("PERIOD"));
        ParameterControl* delay = editor.field(QStringLiteral("DELAY"));
        QVERIFY(width != nullptr && period != nullptr && delay != nullptr);
        editor.markInvalid({"stimulus", "stimulus.PERIOD"});
        QVERIFY(!width->isInvalid());
        QVERIFY(period->isInvalid());
        QVERIFY(!delay->isInvalid());
        // A bare name, or a parameter of the same spelling, is not a stimulus field id.
        editor.markInvalid({"WIDTH", "DELAY"});
        QVERIFY(!width->isInvalid());
        QVERIFY(!period->isInvalid());
        QVERIFY(!delay->isInvalid());
        editor.markInvalid({"stimulus.WIDTH", "stimulus.DELAY"});
        QVERIFY(width->isInvalid());
        QVERIFY(delay->isInvalid());
        editor.markInvalid({});
        QVERIFY(!width->isInvalid() && !period->isInvalid() && !delay->isInvalid());
    }
};

QTEST_MAIN(HighlightTest)
#include "test_ui_highlight.moc"

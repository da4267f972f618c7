#include "ui/controls/stimulus_editor.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/controls/input_comfort.h"
#include "ui/controls/parameter_control.h"
#include "ui/style/display_format.h"
#include "ui/style/model_text.h"

namespace lif::ui {

StimulusEditor::StimulusEditor(const StimulusSpec& initial, QWidget* parent) : QWidget(parent), spec_(initial) {
    protocolBox_ = new QComboBox(this);
    protocolBox_->setObjectName(QStringLiteral("protocol"));
    protocolBox_->setAccessibleName(tr("Stimulus protocol"));
    protocolBox_->setAccessibleDescription(tr("How the injected current varies in time"));
    for (const StimulusProtocol& protocol : stimulusProtocols()) {
        protocolBox_->addItem(QStringLiteral("%1 (%2)").arg(protocolLabel(protocol), fromCoreText(protocol.name)),
                              static_cast<int>(protocol.kind));
        protocolBox_->setItemData(protocolBox_->count() - 1, protocolMeaning(protocol), Qt::ToolTipRole);
    }
    protocolBox_->setCurrentIndex(static_cast<int>(spec_.kind));
    connect(protocolBox_, &QComboBox::currentIndexChanged, this, &StimulusEditor::onProtocolChosen);
    guardWheel(protocolBox_);
    returnFocusAfterMouseChoice(protocolBox_);

    auto* protocolLabel = new QLabel(tr("Protocol"), this);
    protocolLabel->setBuddy(protocolBox_);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(protocolLabel, 1);
    row->addWidget(protocolBox_, 2);

    description_ = new QLabel(this);
    description_->setWordWrap(true);
    description_->setTextFormat(Qt::PlainText);
    description_->setProperty("role", QStringLiteral("note"));

    timingNote_ = new QLabel(tr("Times count from when the protocol is applied: choosing it, editing a field here, or "
                                "Apply again (a change mark on the plot shows where it started)."),
                             this);
    timingNote_->setWordWrap(true);
    timingNote_->setProperty("role", QStringLiteral("note"));
    applyAgain_ = new QPushButton(tr("Apply again"), this);
    applyAgain_->setObjectName(QStringLiteral("applyAgain"));
    applyAgain_->setToolTip(tr("Start the protocol again now: its times count from this moment"));
    connect(applyAgain_, &QPushButton::clicked, this, &StimulusEditor::applyAgain);

    fieldsBox_ = new QWidget(this);
    fieldsLayout_ = new QVBoxLayout(fieldsBox_);
    fieldsLayout_->setContentsMargins(0, 0, 0, 0);
    fieldsLayout_->setSpacing(2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(description_);
    layout->addWidget(fieldsBox_);
    layout->addWidget(timingNote_);
    layout->addWidget(applyAgain_, 0, Qt::AlignLeft);
    rebuildFields();
}

StimulusSpec StimulusEditor::spec() const {
    StimulusSpec spec = spec_;
    for (const auto& [index, control] : fields_) {
        spec.values[index] = control->value();
    }
    return spec;
}

void StimulusEditor::setSpec(const StimulusSpec& spec) {
    const bool kindChanged = spec.kind != spec_.kind;
    spec_ = spec;
    if (kindChanged) {
        const QSignalBlocker blocker(protocolBox_);
        protocolBox_->setCurrentIndex(static_cast<int>(spec.kind));
        rebuildFields();
    }
    for (const auto& [index, control] : fields_) {
        control->setValue(spec_.values[index]);
    }
}

void StimulusEditor::setAmplitude(double current_pA) {
    spec_.setAmplitude(current_pA);
}

ParameterControl* StimulusEditor::field(const QString& name) const {
    for (const auto& entry : fields_) {
        if (entry.second->spec().name == name) {
            return entry.second;
        }
    }
    return nullptr;
}

void StimulusEditor::markInvalid(const std::vector<std::string>& fields) {
    for (const auto& [index, control] : fields_) {
        const std::string id = "stimulus." + std::string(protocolOf(spec_.kind).fields[index].name);
        control->setInvalid(std::find(fields.begin(), fields.end(), id) != fields.end());
    }
}

void StimulusEditor::applyAgain() {
    ++spec_.trigger;  // a new trigger: the protocol starts where this change takes effect (lif::appliedAt)
    Q_EMIT edited();
}

void StimulusEditor::onProtocolChosen(int index) {
    const auto kind = static_cast<StimulusKind>(protocolBox_->itemData(index).toInt());
    const double amplitude = spec_.amplitude();
    const std::uint32_t trigger = spec_.trigger;
    spec_ = StimulusSpec::defaults(kind);
    spec_.setAmplitude(amplitude);
    spec_.trigger = trigger + 1;
    rebuildFields();
    Q_EMIT edited();
}

void StimulusEditor::rebuildFields() {
    for (const auto& entry : fields_) {
        entry.second->deleteLater();
    }
    fields_.clear();
    const StimulusProtocol& protocol = protocolOf(spec_.kind);
    timingNote_->setVisible(spec_.hasTimes());
    applyAgain_->setVisible(spec_.hasTimes());
    const QString amplitude = fromCoreText(protocol.fields[protocol.amplitudeField].name);
    description_->setText(amplitude == QStringLiteral("I")
                              ? protocolMeaning(protocol) + QLatin1Char('.')
                              : tr("%1. The input current I above sets %2.").arg(protocolMeaning(protocol), amplitude));
    for (std::size_t i = 0; i < protocol.fields.size(); ++i) {
        if (i == protocol.amplitudeField) {
            continue;
        }
        auto* control = new ParameterControl(ControlSpec::fromStimulusField(protocol.fields[i], protocol),
                                             ParameterControl::Style::Compact, fieldsBox_);
        control->setValue(spec_.values[i]);
        connect(control, &ParameterControl::valueEdited, this, &StimulusEditor::applyAgain);
        connect(control, &ParameterControl::inputAdjusted, this, &StimulusEditor::inputAdjusted);
        fieldsLayout_->addWidget(control);
        fields_.emplace_back(i, control);
    }
}

}  // namespace lif::ui

#include "ui/controls/parameter_panel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <string>

#include "core/model/errors.h"
#include "core/model/numbers.h"
#include "ui/controls/collapsible_section.h"
#include "ui/controls/input_comfort.h"
#include "ui/controls/parameter_control.h"
#include "ui/controls/stimulus_editor.h"
#include "ui/style/display_format.h"
#include "ui/style/model_text.h"

namespace lif::ui {

namespace {

bool isHeadline(std::string_view name) {
    return std::find(ParameterPanel::kHeadlineParameters.begin(), ParameterPanel::kHeadlineParameters.end(), name) !=
           ParameterPanel::kHeadlineParameters.end();
}

QString groupTitle(ParamGroup group) {
    switch (group) {
        case ParamGroup::Membrane:
            return ParameterPanel::tr("Membrane and spike");
        case ParamGroup::Synapses:
            return ParameterPanel::tr("Synaptic input (Poisson)");
        case ParamGroup::Random:
            return ParameterPanel::tr("Randomness");
        case ParamGroup::Solver:
            return ParameterPanel::tr("Solver");
    }
    return {};
}

}  // namespace

ParameterPanel::ParameterPanel(const ModelSetup& initial, QWidget* parent) : QWidget(parent), valid_(initial) {
    setObjectName(QStringLiteral("parameterPanel"));
    // A fixed width: switching protocol or showing a longer label must not make the plots jump.
    setFixedWidth(kWidth);

    // ---- headline controls ----
    auto* headline = new QFrame(this);
    headline->setObjectName(QStringLiteral("headlineBox"));
    auto* headlineLayout = new QVBoxLayout(headline);
    headlineLayout->setContentsMargins(12, 8, 12, 8);
    headlineLayout->setSpacing(2);
    auto* headlineTitle = new QLabel(tr("Neuron"), headline);
    headlineTitle->setProperty("role", QStringLiteral("title"));
    headlineLayout->addWidget(headlineTitle);
    for (const std::string_view name : kHeadlineParameters) {
        const ParamSpec* spec = findParameter(name);
        auto* control =
            new ParameterControl(ControlSpec::fromParameter(*spec), ParameterControl::Style::Headline, headline);
        control->setValue(initial.parameters.*(spec->field));
        parameterControls_.emplace_back(spec, control);
        headlineLayout->addWidget(control);
    }
    {
        const StimulusProtocol& protocol = protocolOf(initial.stimulus.kind);
        ControlSpec spec = ControlSpec::fromStimulusField(protocol.fields[protocol.amplitudeField], protocol);
        spec.name = fromCoreText(kCurrentControl);
        spec.defaultValue = initial.stimulus.amplitude();
        current_ = new ParameterControl(spec, ParameterControl::Style::Headline, headline);
        current_->setValue(initial.stimulus.amplitude());
        headlineLayout->addWidget(current_);
    }

    // ---- the rest, in collapsible groups ----
    auto* groups = new QWidget(this);
    auto* groupsLayout = new QVBoxLayout(groups);
    groupsLayout->setContentsMargins(4, 4, 4, 4);
    groupsLayout->setSpacing(2);

    auto* stimulusSection = new CollapsibleSection(tr("Stimulus protocol"), true, groups);
    stimulus_ = new StimulusEditor(initial.stimulus, stimulusSection);
    stimulusSection->bodyLayout()->addWidget(stimulus_);
    groupsLayout->addWidget(stimulusSection);

    for (const ParamGroup group :
         {ParamGroup::Membrane, ParamGroup::Synapses, ParamGroup::Random, ParamGroup::Solver}) {
        auto* section = new CollapsibleSection(groupTitle(group), group == ParamGroup::Membrane, groups);
        if (group == ParamGroup::Solver) {
            solverBox_ = new QComboBox(section);
            solverBox_->setObjectName(QStringLiteral("solver"));
            solverBox_->setAccessibleName(tr("Solver method"));
            solverBox_->setAccessibleDescription(
                tr("How the equations are integrated between spikes; auto takes the exact solution "
                   "when the model has one"));
            for (const SolverKind kind : allSolverKinds()) {
                // "auto (exact)": the entry names the method auto resolves to for this model.
                solverBox_->addItem(QString::fromStdString(solverLabel(kind, initial)), static_cast<int>(kind));
                solverBox_->setItemData(solverBox_->count() - 1, solverDescriptionText(kind), Qt::ToolTipRole);
            }
            solverBox_->setCurrentIndex(solverBox_->findData(static_cast<int>(initial.solver)));
            guardWheel(solverBox_);
            returnFocusAfterMouseChoice(solverBox_);
            auto* row = new QHBoxLayout;
            auto* label = new QLabel(tr("Method"), section);
            label->setBuddy(solverBox_);
            row->addWidget(label, 1);
            row->addWidget(solverBox_);
            section->bodyLayout()->addLayout(row);
            connect(solverBox_, &QComboBox::currentIndexChanged, this, [this] { onEdited(QStringLiteral("solver")); });
        }
        for (const ParamSpec& spec : parameterTable()) {
            if (spec.group != group || isHeadline(spec.name)) {
                continue;
            }
            auto* control =
                new ParameterControl(ControlSpec::fromParameter(spec), ParameterControl::Style::Compact, section);
            control->setValue(initial.parameters.*spec.field);
            parameterControls_.emplace_back(&spec, control);
            section->bodyLayout()->addWidget(control);
        }
        groupsLayout->addWidget(section);
    }
    groupsLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("groupsScroll"));
    // Not a tab stop of its own: it scrolls to whichever of its controls takes the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(groups);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    // The model in one glance, for the audience: what the controls above enter into.
    auto* equations = new QLabel(groups);
    equations->setObjectName(QStringLiteral("equations"));
    equations->setTextFormat(Qt::RichText);
    equations->setWordWrap(true);
    equations->setText(
        tr("<b>Leaky integrate-and-fire</b><br>"
           "C dV/dt = −g<sub>L</sub> (V − E<sub>L</sub>) + I<sub>ext</sub> + I<sub>syn</sub><br>"
           "V reaches V<sub>th</sub>: spike, V ← V<sub>reset</sub>, held for t<sub>ref</sub>"));

    // At the end of the scrolled groups (kept at the bottom by the stretch): on a short screen it scrolls away
    // rather than taking the groups' room.
    groupsLayout->addWidget(equations);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(headline);
    layout->addWidget(scroll, 1);

    for (const auto& [spec, control] : parameterControls_) {
        const QString name = fromCoreText(spec->name);
        connect(control, &ParameterControl::valueEdited, this, [this, name] { onEdited(name); });
        connect(control, &ParameterControl::inputAdjusted, this, &ParameterPanel::inputAdjusted);
    }
    connect(current_, &ParameterControl::inputAdjusted, this, &ParameterPanel::inputAdjusted);
    connect(stimulus_, &StimulusEditor::inputAdjusted, this, &ParameterPanel::inputAdjusted);
    connect(current_, &ParameterControl::valueEdited, this, [this](double value) {
        stimulus_->setAmplitude(value);
        onEdited(fromCoreText(kCurrentControl));
    });
    connect(stimulus_, &StimulusEditor::edited, this, [this] {
        updateCurrentLabel();
        onEdited(QStringLiteral("stimulus"));
    });
    updateCurrentLabel();
}

ParameterControl* ParameterPanel::control(const QString& name) const {
    if (name == fromCoreText(kCurrentControl)) {
        return current_;
    }
    for (const auto& [spec, control] : parameterControls_) {
        if (fromCoreText(spec->name) == name) {
            return control;
        }
    }
    return nullptr;
}

ModelSetup ParameterPanel::collect() const {
    ModelSetup setup = valid_;
    for (const auto& [spec, control] : parameterControls_) {
        setup.parameters.*(spec->field) = control->value();
    }
    setup.stimulus = stimulus_->spec();
    setup.stimulus.setAmplitude(current_->value());
    setup.solver = static_cast<SolverKind>(solverBox_->currentData().toInt());
    return setup;
}

void ParameterPanel::setSetup(const ModelSetup& setup) {
    for (const auto& [spec, control] : parameterControls_) {
        control->setValue(setup.parameters.*(spec->field));
    }
    {
        const QSignalBlocker blockStimulus(stimulus_);
        stimulus_->setSpec(setup.stimulus);
        const QSignalBlocker blockSolver(solverBox_);
        solverBox_->setCurrentIndex(solverBox_->findData(static_cast<int>(setup.solver)));
    }
    updateCurrentLabel();
    onEdited(QString());
}

void ParameterPanel::updateCurrentLabel() {
    const StimulusSpec spec = stimulus_->spec();
    const StimulusProtocol& protocol = protocolOf(spec.kind);
    const StimulusField& field = protocol.fields[protocol.amplitudeField];
    current_->setLabelText(tr("Input current"), tr("Injected current Iext in C dV/dt = -gL (V - EL) + Iext + Isyn. "
                                                   "Drives the %1 field of the %2 protocol (%3): %4.")
                                                    .arg(fromCoreText(field.name), fromCoreText(protocol.name),
                                                         fieldMeaning(field), protocolMeaning(protocol)));
    current_->setValue(spec.amplitude());
}

void ParameterPanel::onEdited(const QString& changedName) {
    const ModelSetup candidate = collect();
    std::optional<InputError> refusal;
    try {
        candidate.validate();
    } catch (const InputError& error) {
        refusal = error;
    }
    // The fields the core names are highlighted; with no refusal every mark is cleared.
    const auto concerns = [&](const std::string& id) { return refusal && refusal->concerns(id); };
    for (const auto& [spec, control] : parameterControls_) {
        control->setInvalid(concerns(std::string(spec->name)));
    }
    const StimulusProtocol& protocol = protocolOf(candidate.stimulus.kind);
    current_->setInvalid(concerns("stimulus." + std::string(protocol.fields[protocol.amplitudeField].name)));
    stimulus_->markInvalid(refusal ? refusal->fields() : std::vector<std::string>{});
    if (refusal) {
        QString message = tr("Not applied: %1.").arg(QString::fromStdString(refusal->what()));
        if (const ParamSpec* spec = findParameter(changedName.toStdString())) {
            // Plain ASCII numbers, like the core's message it follows.
            message += tr(" %1 may range from %2 to %3 %4 on its own.")
                           .arg(changedName, QString::fromStdString(formatShort(spec->minValue)),
                                QString::fromStdString(formatShort(spec->maxValue)), fromCoreText(spec->unit));
        }
        refused_ = true;
        Q_EMIT setupRefused(message);
        return;
    }
    if (refused_) {
        refused_ = false;
        Q_EMIT refusalCleared();
    }
    if (candidate != valid_) {
        valid_ = candidate;
        Q_EMIT setupEdited(valid_);
    }
}

}  // namespace lif::ui

#pragma once
// ParameterPanel is the left-hand column: the four headline controls (capacitance C, leak conductance gL,
// threshold Vth, input current I) large at the top, then collapsible groups with every other row of
// lif::parameterTable(), the stimulus protocol and the solver. Everything is generated from the core's tables;
// nothing here lists parameters by hand except which four are headlines. Each edit builds a complete
// ModelSetup and checks it with lif::validate() and StimulusSpec::validate(): a valid one is emitted with
// setupEdited(); a refused one is not sent anywhere, the controls of the fields the refusal names
// (InputError::fields(): "Vreset", "stimulus.OFF", ...) are highlighted and setupRefused() carries the core's
// message (field, value, allowed range).
//
// Threading: GUI thread only.
#include <QString>
#include <QWidget>

#include <array>
#include <string_view>
#include <vector>

#include "ui/simulation/simulation_types.h"

class QComboBox;

namespace lif::ui {

class ParameterControl;
class StimulusEditor;

class ParameterPanel final : public QWidget {
    Q_OBJECT

public:
    /// The parameters shown as headline controls, in order (the fourth headline is the input current).
    static constexpr std::array<std::string_view, 3> kHeadlineParameters{"C", "gL", "Vth"};
    /// Name of the headline control that drives StimulusSpec::amplitude().
    static constexpr std::string_view kCurrentControl = "I";
    /// Width of the panel, px (at scale factor 1).
    static constexpr int kWidth = 360;

    explicit ParameterPanel(const ModelSetup& initial, QWidget* parent = nullptr);

    /// The last valid setup (the one the simulation runs with).
    const ModelSetup& setup() const { return valid_; }
    /// Shows `setup` in every control (as if the person had entered it) and, when it differs from the current
    /// one, emits setupEdited; a combination the core refuses is shown as refused, like an edit.
    void setSetup(const ModelSetup& setup);
    /// True while the controls show a combination that was refused.
    bool hasRefusedEdit() const { return refused_; }

    /// A control by parameter name ("C", "EL", ...) or "I" for the input current; nullptr if unknown.
    ParameterControl* control(const QString& name) const;
    StimulusEditor* stimulusEditor() const { return stimulus_; }
    QComboBox* solverBox() const { return solverBox_; }

Q_SIGNALS:
    /// A new valid setup, after any edit of a control.
    void setupEdited(const lif::ModelSetup& setup);
    /// An edit made the combination invalid; nothing was sent. `message` names field, value and range.
    void setupRefused(const QString& message);
    /// A refused combination was corrected.
    void refusalCleared();
    /// A typed value was clamped to its range (or rounded); `message` names field, typed value, range, result.
    void inputAdjusted(const QString& message);

private:
    void onEdited(const QString& changedName);
    ModelSetup collect() const;
    void updateCurrentLabel();

    ModelSetup valid_;
    bool refused_ = false;
    std::vector<std::pair<const ParamSpec*, ParameterControl*>> parameterControls_;
    ParameterControl* current_ = nullptr;
    StimulusEditor* stimulus_ = nullptr;
    QComboBox* solverBox_ = nullptr;
};

}  // namespace lif::ui

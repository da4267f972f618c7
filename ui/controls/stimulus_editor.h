#pragma once
// StimulusEditor edits the injected-current protocol: a choice among lif::stimulusProtocols() (const, step,
// pulses, ramp, sine, noise) and a field for each of the chosen protocol's parameters, generated from its
// StimulusField rows. The protocol's amplitude field is not shown here: the headline "input current I" control
// drives it (see ParameterPanel). Switching protocol keeps the amplitude and takes the other fields' defaults.
// A protocol's times count from when it is applied (core/model/stimulus.h): choosing a protocol, editing one of
// its fields here and "Apply again" each give the spec a new trigger, so it starts where that change takes
// effect; the headline current control changes the amplitude of the running protocol without restarting it.
//
// Threading: GUI thread only.
#include <QString>
#include <QWidget>

#include <string>
#include <vector>

#include "core/model/stimulus.h"

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace lif::ui {

class ParameterControl;

class StimulusEditor final : public QWidget {
    Q_OBJECT

public:
    explicit StimulusEditor(const StimulusSpec& initial, QWidget* parent = nullptr);

    /// The spec being edited (its amplitude is whatever was last set with setSpec or setAmplitude).
    StimulusSpec spec() const;
    void setSpec(const StimulusSpec& spec);
    void setAmplitude(double current_pA);
    /// Marks the fields whose ids are in `fields` (InputError::fields(), e.g. "stimulus.OFF") as refused and clears
    /// the others; an empty list clears them all.
    void markInvalid(const std::vector<std::string>& fields);
    /// The control of a field by name, nullptr if the current protocol has none (or it is the amplitude).
    ParameterControl* field(const QString& name) const;
    QComboBox* protocolBox() const { return protocolBox_; }
    QPushButton* applyAgainButton() const { return applyAgain_; }
    /// Starts the protocol again from now (a new trigger) and says so with edited().
    void applyAgain();

Q_SIGNALS:
    /// The protocol or one of its fields changed (by the user).
    void edited();
    /// A typed field value was clamped; see ParameterControl::inputAdjusted.
    void inputAdjusted(const QString& message);

private:
    void rebuildFields();
    void onProtocolChosen(int index);

    StimulusSpec spec_;
    QComboBox* protocolBox_ = nullptr;
    QLabel* description_ = nullptr;
    QLabel* timingNote_ = nullptr;
    QPushButton* applyAgain_ = nullptr;
    QWidget* fieldsBox_ = nullptr;
    QVBoxLayout* fieldsLayout_ = nullptr;
    std::vector<std::pair<std::size_t, ParameterControl*>> fields_;  ///< (index in spec.values, control)
};

}  // namespace lif::ui

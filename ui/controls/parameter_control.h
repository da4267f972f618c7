#pragma once
// ParameterControl edits one number of the parameter table (or one stimulus field): a spin box for the exact
// value with its unit, and, for headline controls, a large label and a slider. The slider moves on a log scale
// for parameters whose range spans decades, on a signed-square scale for wide ranges around zero (fine near 0,
// still reaching the ends), and linearly otherwise. Values reached by the slider are rounded to 3 significant
// digits so that the parameters stay readable. The tooltip says what the value means physically, where it
// enters the equations and what range is allowed. setInvalid() marks it as part of a refused combination.
//
// Threading: GUI thread only.
#include <QString>
#include <QWidget>

#include "core/model/parameters.h"
#include "core/model/stimulus.h"

class QLabel;
class QSlider;

namespace lif::ui {

class NumberSpinBox;

/// What a control needs to know about its value; built from a ParamSpec or a StimulusField.
struct ControlSpec {
    enum class Scale { Linear, Log, SignedSquare };

    QString name;     ///< identifier, e.g. "gL"
    QString label;    ///< human name, e.g. "Leak conductance"
    QString unit;     ///< e.g. "nS"; empty when dimensionless
    QString meaning;  ///< one or two sentences for the tooltip
    double minValue = 0.0;
    double maxValue = 1.0;
    double defaultValue = 0.0;
    bool wholeNumber = false;
    Scale scale = Scale::Linear;

    static ControlSpec fromParameter(const ParamSpec& spec);
    static ControlSpec fromStimulusField(const StimulusField& field, const StimulusProtocol& protocol);
};

class ParameterControl final : public QWidget {
    Q_OBJECT

public:
    enum class Style { Headline, Compact };
    static constexpr int kSliderSteps = 1000;

    ParameterControl(const ControlSpec& spec, Style style, QWidget* parent = nullptr);

    double value() const;
    /// Shows `value` (clamped to the range) without emitting valueEdited.
    void setValue(double value);
    /// Marks the control as part of a combination that was refused (or clears the mark).
    void setInvalid(bool invalid);
    bool isInvalid() const { return invalid_; }
    /// Replaces the label text and tooltip (the headline current follows the stimulus protocol).
    void setLabelText(const QString& label, const QString& meaning);

    const ControlSpec& spec() const { return spec_; }
    QSlider* slider() const { return slider_; }  ///< nullptr for compact controls
    NumberSpinBox* spinBox() const { return spinBox_; }

    /// Slider position <-> value, following the control's scale.
    double valueAtPosition(int position) const;
    int positionOfValue(double value) const;

Q_SIGNALS:
    /// The user changed the value (spin box or slider).
    void valueEdited(double value);

private:
    void onSliderMoved(int position);
    void onSpinBoxChanged(double value);
    void updateToolTip();

    ControlSpec spec_;
    QLabel* label_ = nullptr;
    QSlider* slider_ = nullptr;
    NumberSpinBox* spinBox_ = nullptr;
    bool invalid_ = false;
    bool updating_ = false;  ///< set while the control changes its own widgets
};

}  // namespace lif::ui

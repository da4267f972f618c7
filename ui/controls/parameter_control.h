#pragma once
// ParameterControl edits one number of the parameter table (or one stimulus field): a spin box for the exact
// value with its unit, and, for headline controls, a large label and a slider. The slider moves on a log scale
// for parameters whose range spans decades, on a signed-square scale for wide ranges around zero (fine near 0,
// still reaching the ends), and linearly otherwise. Values reached by the slider are rounded on the way, so that
// the parameters stay readable and a drag back lands on the same value: to 2 significant digits on log and
// signed-square scales (250, 260 pF; 25, 26 nS; 370, 380 pA), to a 1-2-5 step of about 1/200 of the range on
// linear ones (0.5 mV for Vth). Shift makes it ten times finer, dragging or with the arrow keys (3 significant
// digits: 375, 376 pA; 0.05 mV). The arrow keys step from one rounded value to the next. A marker can point at
// a value on the slider (the rheobase on the current). The tooltip says what the value means physically, where
// it enters the equations and what range is allowed; the accessible names and descriptions (what a screen reader
// says) give the label, symbol, meaning and range in plain text. setInvalid() marks it as part of a refused
// combination, by colour, a warning sign before the label and "Not applied" in the accessible description;
// a typed value outside the range is clamped and inputAdjusted() says so (field, typed value, allowed range).
//
// Threading: GUI thread only.
#include <QString>
#include <QWidget>

#include "core/model/parameters.h"
#include "core/model/stimulus.h"

class QLabel;
class QSlider;

namespace lif::ui {

class FineSlider;
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
    /// Slider positions over the range: ten per pixel of a wide slider, so a Shift drag is still smooth.
    static constexpr int kSliderSteps = 10000;

    ParameterControl(const ControlSpec& spec, Style style, QWidget* parent = nullptr);

    double value() const;
    /// Shows `value` (clamped to the range) without emitting valueEdited.
    void setValue(double value);
    /// Marks the control as part of a combination that was refused (or clears the mark).
    void setInvalid(bool invalid);
    bool isInvalid() const { return invalid_; }
    /// Replaces the label text and tooltip (the headline current follows the stimulus protocol).
    void setLabelText(const QString& label, const QString& meaning);
    /// Points at `value` on the slider, with `caption` under it ("rheobase 375 pA"); a value outside the range
    /// hides the marker. No effect on compact controls.
    void setMarker(double value, const QString& caption);

    const ControlSpec& spec() const { return spec_; }
    QSlider* slider() const;  ///< nullptr for compact controls
    FineSlider* fineSlider() const { return slider_; }
    NumberSpinBox* spinBox() const { return spinBox_; }

    /// Slider position <-> value, following the control's scale; `fine` rounds to the finer grid.
    double valueAtPosition(int position, bool fine = false) const;
    int positionOfValue(double value) const;
    /// The rounded value `steps` steps away from `value` (what the arrow keys on the slider go to).
    double steppedValue(double value, int steps, bool fine) const;
    /// The rounding grid at `value`: the distance between neighbouring slider values there.
    double quantumAt(double value, bool fine) const;

Q_SIGNALS:
    /// The user changed the value (spin box or slider).
    void valueEdited(double value);
    /// A typed value was clamped (or rounded to a whole number); `message` names the field, the typed value,
    /// the allowed range and the value taken instead.
    void inputAdjusted(const QString& message);

private:
    void onSliderMoved(int position);
    void onSliderStep(int steps, bool fine);
    void onSpinBoxChanged(double value);
    void onInputAdjusted(double typed, double applied);
    void updateLabel();
    void updateToolTip();

    ControlSpec spec_;
    QLabel* label_ = nullptr;
    QLabel* markerCaption_ = nullptr;  ///< what the slider's marker points at
    FineSlider* slider_ = nullptr;
    NumberSpinBox* spinBox_ = nullptr;
    bool invalid_ = false;
    bool updating_ = false;  ///< set while the control changes its own widgets
};

}  // namespace lif::ui

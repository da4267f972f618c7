#include "ui/controls/parameter_control.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "core/model/numbers.h"
#include "ui/controls/fine_slider.h"
#include "ui/controls/number_spin_box.h"
#include "ui/style/display_format.h"
#include "ui/style/model_text.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {

/// A step of about 1/200 of the range, rounded to 1, 2 or 5 times a power of ten.
double niceStep(double range) {
    const double raw = range / 200.0;
    if (!(raw > 0.0)) {
        return 1.0;
    }
    return roundToOneTwoFive(raw);
}

ControlSpec::Scale scaleFor(double minValue, double maxValue, bool logScale) {
    if (logScale && minValue > 0.0) {
        return ControlSpec::Scale::Log;
    }
    // Wide ranges starting at or around zero: a linear slider would make the useful small values unreachable.
    const double span = maxValue - minValue;
    const double nearZero = std::min(std::fabs(minValue), std::fabs(maxValue));
    if (minValue <= 0.0 && maxValue > 0.0 && span >= 1000.0 && (minValue == 0.0 || nearZero >= 1000.0)) {
        return ControlSpec::Scale::SignedSquare;
    }
    return ControlSpec::Scale::Linear;
}

}  // namespace

ControlSpec ControlSpec::fromParameter(const ParamSpec& spec) {
    ControlSpec control;
    control.name = fromCoreText(spec.name);
    control.label = parameterLabel(spec);
    control.unit = fromCoreText(spec.unit);
    control.meaning = parameterMeaning(spec);
    control.minValue = spec.minValue;
    control.maxValue = spec.maxValue;
    control.defaultValue = spec.defaultValue;
    control.wholeNumber = spec.wholeNumber;
    control.scale = scaleFor(spec.minValue, spec.maxValue, spec.logScale);
    return control;
}

ControlSpec ControlSpec::fromStimulusField(const StimulusField& field, const StimulusProtocol& protocol) {
    ControlSpec control;
    control.name = fromCoreText(field.name);
    QString label = fieldMeaning(field);
    if (!label.isEmpty()) {
        label[0] = label[0].toUpper();
    }
    control.label = label;
    control.unit = fromCoreText(field.unit);
    control.meaning = ParameterControl::tr("%1 of the %2 protocol: %3.")
                          .arg(fromCoreText(field.name), protocolLabel(protocol), protocolMeaning(protocol));
    control.minValue = field.minValue;
    control.maxValue = field.maxValue;
    control.defaultValue = field.defaultValue;
    control.scale = scaleFor(field.minValue, field.maxValue, false);
    return control;
}

ParameterControl::ParameterControl(const ControlSpec& spec, Style style, QWidget* parent)
    : QWidget(parent), spec_(spec) {
    spinBox_ = new NumberSpinBox(this);
    spinBox_->setObjectName(spec.name);
    spinBox_->setRange(spec.minValue, spec.maxValue);
    spinBox_->setWholeNumbers(spec.wholeNumber);
    spinBox_->setSuffix(spec.unit.isEmpty() ? QString() : QStringLiteral(" ") + spec.unit);
    spinBox_->setSingleStep(spec.wholeNumber ? 1.0 : niceStep(spec.maxValue - spec.minValue));
    spinBox_->setLogStepping(spec.scale == ControlSpec::Scale::Log);
    spinBox_->setValue(spec.defaultValue);
    spinBox_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(spinBox_, &NumberSpinBox::valueChanged, this, &ParameterControl::onSpinBoxChanged);
    connect(spinBox_, &NumberSpinBox::inputAdjusted, this, &ParameterControl::onInputAdjusted);

    label_ = new QLabel(this);
    label_->setObjectName(spec.name + QStringLiteral("-label"));
    label_->setBuddy(spinBox_);

    if (style == Style::Headline) {
        setObjectName(QStringLiteral("headline-") + spec.name);
        label_->setProperty("role", QStringLiteral("headline"));
        QFont big = spinBox_->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setWeight(QFont::DemiBold);
        spinBox_->setFont(big);
        spinBox_->setMinimumWidth(132);
        slider_ = new FineSlider(this);
        slider_->setObjectName(spec.name + QStringLiteral("-slider"));
        slider_->setRange(0, kSliderSteps);
        slider_->setPageStep(kSliderSteps / 20);
        slider_->setValue(positionOfValue(spec.defaultValue));
        connect(slider_, &QSlider::valueChanged, this, &ParameterControl::onSliderMoved);
        connect(slider_, &FineSlider::stepRequested, this, &ParameterControl::onSliderStep);
        auto* range = new QLabel(
            QStringLiteral("%1 \u2026 %2")
                .arg(displayNumber(spec.minValue, 4), displayQuantity(spec.maxValue, spec.unit.toStdString(), 4)),
            this);
        range->setProperty("role", QStringLiteral("range"));
        markerCaption_ = new QLabel(this);
        markerCaption_->setObjectName(spec.name + QStringLiteral("-marker"));
        markerCaption_->setProperty("role", QStringLiteral("marker"));
        markerCaption_->setVisible(false);

        auto* layout = new QGridLayout(this);
        layout->setContentsMargins(0, 4, 0, 4);
        layout->setHorizontalSpacing(8);
        layout->setVerticalSpacing(2);
        layout->addWidget(label_, 0, 0);
        layout->addWidget(spinBox_, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
        layout->addWidget(range, 1, 0);
        layout->addWidget(slider_, 2, 0, 1, 2);
        layout->addWidget(markerCaption_, 3, 0, 1, 2);
        layout->setColumnStretch(0, 1);
    } else {
        setObjectName(QStringLiteral("compact-") + spec.name);
        label_->setWordWrap(true);
        spinBox_->setMinimumWidth(112);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 1, 0, 1);
        layout->addWidget(label_, 1);
        layout->addWidget(spinBox_);
    }
    updateLabel();
    updateToolTip();
}

QSlider* ParameterControl::slider() const {
    return slider_;
}

double ParameterControl::value() const {
    return spinBox_->value();
}

void ParameterControl::setValue(double value) {
    updating_ = true;
    {
        const QSignalBlocker blocker(spinBox_);
        spinBox_->setValue(value);
    }
    if (slider_ != nullptr) {
        const QSignalBlocker blocker(slider_);
        slider_->setValue(positionOfValue(spinBox_->value()));
    }
    updating_ = false;
}

void ParameterControl::setInvalid(bool invalid) {
    if (invalid == invalid_) {
        return;
    }
    invalid_ = invalid;
    spinBox_->setAlert(invalid);
    label_->setProperty("invalid", invalid);
    label_->style()->unpolish(label_);
    label_->style()->polish(label_);
    // Not by colour alone: a warning sign before the label, and words for a screen reader.
    updateLabel();
    updateToolTip();
}

void ParameterControl::updateLabel() {
    const QString colour = slider_ != nullptr ? QStringLiteral("#555") : QStringLiteral("#666");
    label_->setText(QStringLiteral("%1%2 <span style='color:%3'>%4</span>")
                        .arg(invalid_ ? QStringLiteral("\u26a0 ") : QString(), spec_.label, colour, spec_.name));
}

void ParameterControl::setLabelText(const QString& label, const QString& meaning) {
    spec_.label = label;
    spec_.meaning = meaning;
    updateLabel();
    updateToolTip();
}

void ParameterControl::setMarker(double value, const QString& caption) {
    if (slider_ == nullptr) {
        return;
    }
    const bool inside = std::isfinite(value) && value >= spec_.minValue && value <= spec_.maxValue;
    slider_->setMarker(inside ? positionOfValue(value) : -1, palette::threshold());
    markerCaption_->setText(QStringLiteral("\u25b2 ") + caption);
    markerCaption_->setVisible(inside && !caption.isEmpty());
}

void ParameterControl::onInputAdjusted(double typed, double applied) {
    // Plain ASCII numbers, like the core's messages.
    const QString unit = spec_.unit.isEmpty() ? QString() : QStringLiteral(" ") + spec_.unit;
    const auto number = [](double v) { return QString::fromStdString(formatShort(v, 10)); };
    const bool outside = typed < spec_.minValue || typed > spec_.maxValue;
    const QString problem = outside ? tr("%1%2 is out of range; allowed %3 to %4%2")
                                          .arg(number(typed), unit, number(spec_.minValue), number(spec_.maxValue))
                                    : tr("%1 must be a whole number from %2 to %3")
                                          .arg(number(typed), number(spec_.minValue), number(spec_.maxValue));
    Q_EMIT inputAdjusted(tr("%1: %2. Set to %3%4 instead.").arg(spec_.name, problem, number(applied), unit));
}

void ParameterControl::updateToolTip() {
    const std::string unit = spec_.unit.toStdString();
    const QString tip = tr("<p><b>%1</b> (%2)</p><p>%3</p><p><i>Allowed: %4 to %5</i></p>")
                            .arg(spec_.label.toHtmlEscaped(), spec_.name.toHtmlEscaped(), spec_.meaning.toHtmlEscaped(),
                                 displayNumber(spec_.minValue, 6), displayQuantity(spec_.maxValue, unit, 6));
    setToolTip(tip);
    label_->setToolTip(tip);
    spinBox_->setToolTip(tip);
    // What a screen reader says: the same facts in plain text (the value itself it reads from the spin box).
    const QString name = QStringLiteral("%1 (%2)").arg(spec_.label, spec_.name);
    QString description =
        QStringLiteral("%1 Allowed: %2 to %3.")
            .arg(spec_.meaning, displayNumber(spec_.minValue, 6), displayQuantity(spec_.maxValue, unit, 6));
    if (invalid_) {
        description = tr("Not applied: part of a refused combination, see the status bar. ") + description;
    }
    spinBox_->setAccessibleName(name);
    spinBox_->setAccessibleDescription(description);
    if (slider_ != nullptr) {
        slider_->setToolTip(tip);
        slider_->setAccessibleName(name + QStringLiteral(" slider"));
        slider_->setAccessibleDescription(description);
    }
}

double ParameterControl::quantumAt(double value, bool fine) const {
    const double span = spec_.maxValue - spec_.minValue;
    if (spec_.wholeNumber) {
        return 1.0;
    }
    if (spec_.scale == ControlSpec::Scale::Linear) {
        return niceStep(span) / (fine ? FineSlider::kFineFactor : 1.0);
    }
    // Significant digits, but never finer than 1/10^4 of the range (1/10^5 fine) around zero.
    const double smallest = std::pow(10.0, std::floor(std::log10(span)) - (fine ? 5.0 : 4.0));
    if (!(std::fabs(value) > 0.0)) {
        return smallest;
    }
    const double digits = fine ? 3.0 : 2.0;
    return std::max(smallest, std::pow(10.0, std::floor(std::log10(std::fabs(value))) - digits + 1.0));
}

double ParameterControl::valueAtPosition(int position, bool fine) const {
    const double u = std::clamp(static_cast<double>(position) / kSliderSteps, 0.0, 1.0);
    const double lo = spec_.minValue;
    const double hi = spec_.maxValue;
    double raw = lo + (hi - lo) * u;
    switch (spec_.scale) {
        case ControlSpec::Scale::Log:
            raw = lo * std::pow(hi / lo, u);
            break;
        case ControlSpec::Scale::SignedSquare:
            if (lo < 0.0) {
                const double w = 2.0 * u - 1.0;  // -1 .. 1 around zero
                raw = (w < 0.0 ? -lo : hi) * w * std::fabs(w);
            } else {
                raw = lo + (hi - lo) * u * u;
            }
            break;
        case ControlSpec::Scale::Linear:
            break;
    }
    const double quantum = quantumAt(raw, fine);
    // roundSignificant drops the float noise of the multiplication (3 * 0.1).
    const double rounded = roundSignificant(std::round(raw / quantum) * quantum, 12);
    return std::clamp(rounded == 0.0 ? 0.0 : rounded, lo, hi);
}

double ParameterControl::steppedValue(double value, int steps, bool fine) const {
    // The grid is that of the values the step moves towards: down from 100 (2 digits) goes to 99, not 90.
    const double towards = value + (steps > 0 ? 1.0 : -1.0) * 1e-9 * std::max(1.0, std::fabs(value));
    const double quantum = quantumAt(towards, fine);
    const double index = value / quantum;
    const double from = steps > 0 ? std::floor(index + 1e-9) : std::ceil(index - 1e-9);
    const double next = roundSignificant((from + steps) * quantum, 12);
    return std::clamp(next == 0.0 ? 0.0 : next, spec_.minValue, spec_.maxValue);
}

int ParameterControl::positionOfValue(double value) const {
    const double lo = spec_.minValue;
    const double hi = spec_.maxValue;
    const double v = std::clamp(value, lo, hi);
    double u = 0.0;
    switch (spec_.scale) {
        case ControlSpec::Scale::Log:
            u = std::log(v / lo) / std::log(hi / lo);
            break;
        case ControlSpec::Scale::SignedSquare:
            if (lo < 0.0) {
                const double w = v < 0.0 ? -std::sqrt(v / lo) : std::sqrt(v / hi);
                u = 0.5 * (w + 1.0);
            } else {
                u = std::sqrt((v - lo) / (hi - lo));
            }
            break;
        case ControlSpec::Scale::Linear:
            u = (v - lo) / (hi - lo);
            break;
    }
    return static_cast<int>(std::lround(u * kSliderSteps));
}

void ParameterControl::onSliderMoved(int position) {
    if (updating_) {
        return;
    }
    const double value = valueAtPosition(position, slider_->isFine());
    updating_ = true;
    {
        const QSignalBlocker blocker(spinBox_);
        spinBox_->setValue(value);
    }
    updating_ = false;
    Q_EMIT valueEdited(spinBox_->value());
}

void ParameterControl::onSliderStep(int steps, bool fine) {
    const double next = steppedValue(value(), steps, fine);
    if (next == value()) {
        return;
    }
    setValue(next);
    Q_EMIT valueEdited(spinBox_->value());
}

void ParameterControl::onSpinBoxChanged(double value) {
    if (updating_) {
        return;
    }
    if (slider_ != nullptr) {
        const QSignalBlocker blocker(slider_);
        slider_->setValue(positionOfValue(value));
    }
    Q_EMIT valueEdited(value);
}

}  // namespace lif::ui

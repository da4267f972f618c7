#include "ui/controls/number_spin_box.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/model/numbers.h"
#include "ui/controls/input_comfort.h"

namespace lif::ui {

namespace {

/// Shortest decimal text of `value` with at most 10 significant digits, '.' as the decimal point.
QString shortText(double value) {
    if (value == 0.0) {
        return QStringLiteral("0");
    }
    return QLocale::c().toString(value, 'g', 10);
}

}  // namespace

NumberSpinBox::NumberSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent), partialNumber_(QStringLiteral(R"(^[+-]?(\d*\.?\d*)([eE][+-]?\d*)?$)")) {
    // Enough decimals that QDoubleSpinBox's internal rounding never touches values down to 1e-14.
    setDecimals(20);
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    setAccelerated(true);
    guardWheel(this);
}

double NumberSpinBox::refusedTypedValue() const {
    QString body = lineEdit()->text();
    if (!suffix().isEmpty() && body.endsWith(suffix())) {
        body.chop(suffix().size());
    }
    bool ok = false;
    const double typed = QLocale::c().toDouble(body.trimmed(), &ok);
    const bool refused = ok && std::isfinite(typed) &&
                         (typed < minimum() || typed > maximum() || (wholeNumbers_ && std::floor(typed) != typed));
    return refused ? typed : std::numeric_limits<double>::quiet_NaN();
}

void NumberSpinBox::reportAdjustment(double typed) {
    if (!std::isnan(typed)) {
        Q_EMIT inputAdjusted(typed, value());
    }
}

void NumberSpinBox::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if (key == Qt::Key_Escape) {
        lineEdit()->setText(prefix() + textFromValue(value()) + suffix());  // back to the value in force
        returnFocusHome(this);
        return;
    }
    if (key != Qt::Key_Return && key != Qt::Key_Enter) {
        QDoubleSpinBox::keyPressEvent(event);
        return;
    }
    const double typed = refusedTypedValue();
    QDoubleSpinBox::keyPressEvent(event);  // interprets the text, clamping it
    reportAdjustment(typed);
    returnFocusHome(this);
}

void NumberSpinBox::focusOutEvent(QFocusEvent* event) {
    const double typed = refusedTypedValue();
    QDoubleSpinBox::focusOutEvent(event);
    reportAdjustment(typed);
}

void NumberSpinBox::setAlert(bool alert) {
    // On the line edit only: a style sheet on the spin box itself would replace its arrows.
    lineEdit()->setStyleSheet(alert ? QStringLiteral("QLineEdit { background: #fbe0cc; color: #7a2e00; }") : QString());
}

void NumberSpinBox::setLogStepping(bool enabled, double stepFactor) {
    logStepping_ = enabled;
    stepFactor_ = stepFactor;
}

QString NumberSpinBox::textFromValue(double value) const {
    return shortText(value);
}

double NumberSpinBox::valueFromText(const QString& text) const {
    QString body = text;
    if (!suffix().isEmpty() && body.endsWith(suffix())) {
        body.chop(suffix().size());
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(body.trimmed(), &ok);
    return ok ? value : this->value();
}

QValidator::State NumberSpinBox::validate(QString& input, int& /*pos*/) const {
    QString body = input;
    if (!suffix().isEmpty() && body.endsWith(suffix())) {
        body.chop(suffix().size());
    }
    body = body.trimmed();
    if (!partialNumber_.match(body).hasMatch()) {
        return QValidator::Invalid;
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(body, &ok);
    if (!ok || !std::isfinite(value)) {
        return QValidator::Intermediate;  // "1e", "-", "." while typing
    }
    if (value < minimum() || value > maximum() || (wholeNumbers_ && std::floor(value) != value)) {
        return QValidator::Intermediate;  // fixup() clamps it when editing finishes
    }
    return QValidator::Acceptable;
}

void NumberSpinBox::fixup(QString& input) const {
    QString body = input;
    if (!suffix().isEmpty() && body.endsWith(suffix())) {
        body.chop(suffix().size());
    }
    bool ok = false;
    double value = QLocale::c().toDouble(body.trimmed(), &ok);
    if (!ok || !std::isfinite(value)) {
        value = this->value();
    }
    value = std::clamp(value, minimum(), maximum());
    if (wholeNumbers_) {
        value = std::round(value);
    }
    input = shortText(value) + suffix();
}

void NumberSpinBox::stepBy(int steps) {
    double next = 0.0;
    if (logStepping_ && value() > 0.0) {
        next = roundSignificant(value() * std::pow(stepFactor_, steps), 3);
    } else {
        next = value() + steps * singleStep();
        // Keep 0.1 + 0.2 from showing up as 0.30000000000000004 in the parameters.
        next = std::fabs(next) < 1e-9 * singleStep() ? 0.0 : roundSignificant(next, 10);
    }
    setValue(std::clamp(next, minimum(), maximum()));
    selectAll();
}

}  // namespace lif::ui

#pragma once
// NumberSpinBox is a QDoubleSpinBox for physical values of any magnitude: it shows the shortest text that
// reads back as the value (250, 0.001, 1e-12) instead of a fixed number of decimals, accepts scientific
// notation, steps multiplicatively on log-scale parameters, and clamps a typed value that lies outside the
// allowed range to the nearest bound instead of accepting it, saying so with inputAdjusted(). The wheel changes
// the value only once the field has the focus (see input_comfort.h); Enter commits the value and hands the focus
// back to the window, Escape restores the value in force and does the same.
//
// Threading: GUI thread only.
#include <QDoubleSpinBox>
#include <QRegularExpression>

namespace lif::ui {

class NumberSpinBox final : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    /// Arrow keys and the wheel multiply by stepFactor (log scale) instead of adding singleStep.
    void setLogStepping(bool enabled, double stepFactor = 1.1);
    /// Only whole numbers (the random seed).
    void setWholeNumbers(bool enabled) { wholeNumbers_ = enabled; }
    /// Tints the text field as part of a refused combination (the arrows keep their native look).
    void setAlert(bool alert);

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;
    void stepBy(int steps) override;

Q_SIGNALS:
    /// A typed value was not taken as it was: `typed` lay outside the range (or was not a whole number) and
    /// `applied` is what the field holds instead.
    void inputAdjusted(double typed, double applied);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    /// The number being typed, when it is one the field will not take as it is; NaN otherwise.
    double refusedTypedValue() const;
    void reportAdjustment(double typed);

    bool logStepping_ = false;
    double stepFactor_ = 1.1;
    bool wholeNumbers_ = false;
    QRegularExpression partialNumber_;  ///< what may appear while a number is being typed
};

}  // namespace lif::ui

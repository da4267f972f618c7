#pragma once
// TransportBar holds what controls the run rather than the neuron: run/pause (Space), reset (R), the speed
// (0.1x to 1000x real time, on a log slider) and the length of the visible window (100 ms to 10 s).
// It only emits requests; the window wires them to the controller and the plots. A mouse click on Run/Pause
// or Reset hands the keyboard focus back to the plots; the speed slider and the window list take the wheel
// only once focused.
//
// Threading: GUI thread only.
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace lif::ui {

class TransportBar final : public QWidget {
    Q_OBJECT

public:
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 1000.0;
    static constexpr int kSpeedSteps = 400;  ///< slider positions over the four decades
    /// The speed slider's position for `speed` (what a person drags it to; tests and benchmarks use it too).
    static int speedSliderPosition(double speed);

    TransportBar(double speed, double window_ms, QWidget* parent = nullptr);

    double speed() const { return speed_; }
    double window() const;
    /// Shows the run state (the button's text and icon) without emitting anything.
    void setRunning(bool running);
    bool isRunning() const { return running_; }
    void setSpeed(double speed);
    void setWindow(double window_ms);

    QPushButton* runButton() const { return runButton_; }
    QPushButton* resetButton() const { return resetButton_; }
    QSlider* speedSlider() const { return speedSlider_; }
    QComboBox* windowBox() const { return windowBox_; }

Q_SIGNALS:
    void runToggled(bool run);
    void resetRequested();
    void speedChanged(double speed);
    void windowChanged(double window_ms);

private:
    void onSpeedSlider(int position);
    void updateSpeedLabel();

    QPushButton* runButton_ = nullptr;
    QPushButton* resetButton_ = nullptr;
    QSlider* speedSlider_ = nullptr;
    QLabel* speedLabel_ = nullptr;
    QComboBox* windowBox_ = nullptr;
    double speed_ = 1.0;
    bool running_ = true;
};

}  // namespace lif::ui

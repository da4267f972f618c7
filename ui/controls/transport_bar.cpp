#include "ui/controls/transport_bar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>

#include <algorithm>
#include <cmath>

#include "ui/controls/fine_slider.h"
#include "ui/controls/input_comfort.h"
#include "ui/style/display_format.h"

namespace lif::ui {

namespace {

constexpr double kWindows_ms[] = {100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0};

}  // namespace

int TransportBar::speedSliderPosition(double speed) {
    return static_cast<int>(std::lround(std::log10(speed / kMinSpeed) / 4.0 * kSpeedSteps));
}

TransportBar::TransportBar(double speed, double window_ms, QWidget* parent) : QWidget(parent), speed_(speed) {
    setObjectName(QStringLiteral("transportBar"));
    runButton_ = new QPushButton(this);
    runButton_->setObjectName(QStringLiteral("run"));
    runButton_->setToolTip(
        tr("Run or pause the simulation (Space). When paused, drag to pan and "
           "scroll to zoom the plots."));
    runButton_->setMinimumWidth(96);
    runButton_->setFocusPolicy(Qt::TabFocus);
    resetButton_ = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reset"), this);
    resetButton_->setObjectName(QStringLiteral("reset"));
    resetButton_->setToolTip(tr("Start again at t = 0 from the current parameters (R)"));
    resetButton_->setFocusPolicy(Qt::TabFocus);

    auto* speedTitle = new QLabel(tr("Speed"), this);
    speedSlider_ = new FineSlider(this);
    speedSlider_->setObjectName(QStringLiteral("speed"));
    speedSlider_->setRange(0, kSpeedSteps);
    speedSlider_->setPageStep(kSpeedSteps / 4);
    speedSlider_->setMinimumWidth(70);
    speedSlider_->setToolTip(
        tr("Simulated time per wall-clock time, 0.1\u00d7 to 1000\u00d7 real time "
           "(log scale)"));
    speedTitle->setBuddy(speedSlider_);
    speedLabel_ = new QLabel(this);
    speedLabel_->setObjectName(QStringLiteral("speedValue"));
    speedLabel_->setMinimumWidth(44);
    connect(speedSlider_, &QSlider::valueChanged, this, &TransportBar::onSpeedSlider);

    auto* windowTitle = new QLabel(tr("Window"), this);
    windowBox_ = new QComboBox(this);
    windowBox_->setObjectName(QStringLiteral("window"));
    windowBox_->setToolTip(tr("Length of the visible time window"));
    windowBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const double window : kWindows_ms) {
        windowBox_->addItem(displayDuration(window), window);
    }
    windowTitle->setBuddy(windowBox_);
    guardWheel(windowBox_);
    returnFocusAfterMouseChoice(windowBox_);
    returnFocusAfterClick(runButton_);
    returnFocusAfterClick(resetButton_);
    connect(windowBox_, &QComboBox::currentIndexChanged, this,
            [this](int index) { Q_EMIT windowChanged(windowBox_->itemData(index).toDouble()); });

    connect(runButton_, &QPushButton::clicked, this, [this] { Q_EMIT runToggled(!running_); });
    connect(resetButton_, &QPushButton::clicked, this, &TransportBar::resetRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(runButton_);
    layout->addWidget(resetButton_);
    layout->addSpacing(10);
    layout->addWidget(speedTitle);
    layout->addWidget(speedSlider_, 1);
    layout->addWidget(speedLabel_);
    layout->addSpacing(10);
    layout->addWidget(windowTitle);
    layout->addWidget(windowBox_);

    setRunning(true);
    setSpeed(speed);
    setWindow(window_ms);
}

double TransportBar::window() const {
    return windowBox_->currentData().toDouble();
}

void TransportBar::setRunning(bool running) {
    running_ = running;
    runButton_->setText(running ? tr("Pause") : tr("Run"));
    runButton_->setIcon(style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    runButton_->setProperty("running", running);
}

void TransportBar::setSpeed(double speed) {
    speed_ = std::clamp(speed, kMinSpeed, kMaxSpeed);
    const QSignalBlocker blocker(speedSlider_);
    speedSlider_->setValue(speedSliderPosition(speed_));
    updateSpeedLabel();
}

void TransportBar::setWindow(double window_ms) {
    const QSignalBlocker blocker(windowBox_);
    int best = 0;
    for (int i = 0; i < windowBox_->count(); ++i) {
        if (std::fabs(windowBox_->itemData(i).toDouble() - window_ms) <
            std::fabs(windowBox_->itemData(best).toDouble() - window_ms)) {
            best = i;
        }
    }
    windowBox_->setCurrentIndex(best);
}

void TransportBar::onSpeedSlider(int position) {
    // Snap to 1-2-5 values so the label reads 0.1x, 0.2x, 0.5x, 1x, 2x ... 1000x at the usual stops.
    const double raw = kMinSpeed * std::pow(10.0, 4.0 * position / kSpeedSteps);
    const double power = decadeOf(raw);
    const double snapped = roundToOneTwoFive(raw);
    const double speed = std::clamp(std::fabs(snapped - raw) < 0.08 * raw ? snapped : raw, kMinSpeed, kMaxSpeed);
    speed_ = std::round(speed / (power * 0.1)) * (power * 0.1);
    updateSpeedLabel();
    Q_EMIT speedChanged(speed_);
}

void TransportBar::updateSpeedLabel() {
    speedLabel_->setText(displayNumber(speed_, 3) + QStringLiteral("\u00d7"));
}

}  // namespace lif::ui

#include "ui/controls/fine_slider.h"

#include <QKeyEvent>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionSlider>

#include <algorithm>
#include <cmath>

#include "ui/controls/input_comfort.h"
#include "ui/style/palette.h"

namespace lif::ui {

FineSlider::FineSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {
    guardWheel(this);
    // Room for the focus ring and the marker around the groove.
    setMinimumHeight(22);
}

void FineSlider::setMarker(int position, const QColor& colour) {
    marker_ = position >= minimum() && position <= maximum() ? position : -1;
    markerColour_ = colour;
    update();
}

int FineSlider::travel() const {
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    return std::max(1, groove.width() - handle.width());
}

int FineSlider::pixelOfPosition(int position) const {
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int offset = QStyle::sliderPositionFromValue(minimum(), maximum(), position, travel(), option.upsideDown);
    return groove.left() + offset + handle.width() / 2;
}

void FineSlider::mousePressEvent(QMouseEvent* event) {
    fine_ = event->modifiers().testFlag(Qt::ShiftModifier);
    QSlider::mousePressEvent(event);
    dragging_ = isSliderDown();
    lastPointer_ = event->position().x();
    dragPosition_ = sliderPosition();
}

void FineSlider::mouseMoveEvent(QMouseEvent* event) {
    if (!dragging_ || !event->buttons().testFlag(Qt::LeftButton)) {
        QSlider::mouseMoveEvent(event);
        return;
    }
    // Relative: the value follows the pointer's motion, so pressing or releasing Shift mid-drag never jumps.
    fine_ = event->modifiers().testFlag(Qt::ShiftModifier);
    const double moved = event->position().x() - lastPointer_;
    lastPointer_ = event->position().x();
    const double perPixel = static_cast<double>(maximum() - minimum()) / travel();
    dragPosition_ = std::clamp(dragPosition_ + moved * perPixel / (fine_ ? kFineFactor : 1.0),
                               static_cast<double>(minimum()), static_cast<double>(maximum()));
    setSliderPosition(static_cast<int>(std::lround(dragPosition_)));
    event->accept();
}

void FineSlider::mouseReleaseEvent(QMouseEvent* event) {
    dragging_ = false;
    QSlider::mouseReleaseEvent(event);
}

void FineSlider::keyPressEvent(QKeyEvent* event) {
    int steps = 0;
    switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_Up:
            steps = 1;
            break;
        case Qt::Key_Left:
        case Qt::Key_Down:
            steps = -1;
            break;
        default:
            break;
    }
    if (steps != 0 && isSignalConnected(QMetaMethod::fromSignal(&FineSlider::stepRequested))) {
        fine_ = event->modifiers().testFlag(Qt::ShiftModifier);
        Q_EMIT stepRequested(steps, fine_);
        event->accept();
        return;
    }
    fine_ = false;
    QSlider::keyPressEvent(event);
}

void FineSlider::paintEvent(QPaintEvent* event) {
    QSlider::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (marker_ >= 0) {
        // A small triangle under the groove, pointing at the marked value.
        const double x = pixelOfPosition(marker_) + 0.5;
        const double bottom = height() - 1.0;
        const QPointF tip(x, bottom - 6.0);
        const QPointF triangle[] = {tip, QPointF(x - 4.5, bottom), QPointF(x + 4.5, bottom)};
        painter.setPen(Qt::NoPen);
        painter.setBrush(markerColour_);
        painter.drawPolygon(triangle, 3);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette::focus(), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.75, 0.75, -0.75, -0.75), 4.0, 4.0);
    }
}

}  // namespace lif::ui

#pragma once
// FineSlider is the horizontal slider of the headline controls and of the speed. Dragging moves the value by
// the pointer's motion (not to the pointer), so holding Shift during a drag slows it down ten times without the
// handle jumping; the arrow keys ask the owner for the next step (stepRequested, with Shift for a fine one)
// instead of moving one raw position. It can show one marker on the groove (the rheobase on the current slider),
// and it draws a focus ring when it has the keyboard focus.
//
// Threading: GUI thread only.
#include <QColor>
#include <QSlider>

namespace lif::ui {

class FineSlider final : public QSlider {
    Q_OBJECT

public:
    /// A Shift drag moves the value this many times slower than a plain drag.
    static constexpr double kFineFactor = 10.0;

    explicit FineSlider(QWidget* parent = nullptr);

    /// True while the last drag or key press held Shift: the owner rounds less.
    bool isFine() const { return fine_; }
    /// A marker at slider position `position` (outside the range: none).
    void setMarker(int position, const QColor& colour);
    int markerPosition() const { return marker_; }
    /// Horizontal centre of slider position `position` in widget pixels (where the marker is drawn).
    int pixelOfPosition(int position) const;

Q_SIGNALS:
    /// An arrow key: move by `steps` (+1 right/up, -1 left/down) of the owner's step, `fine` with Shift.
    /// Only emitted when connected; unconnected, the arrows move one raw position as in any QSlider.
    void stepRequested(int steps, bool fine);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    /// Pixels the handle's centre can travel along the groove.
    int travel() const;

    bool fine_ = false;
    bool dragging_ = false;
    double lastPointer_ = 0.0;
    double dragPosition_ = 0.0;  ///< unrounded, so a slow drag accumulates fractions of a position
    int marker_ = -1;
    QColor markerColour_;
};

}  // namespace lif::ui

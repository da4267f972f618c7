#pragma once
// Two small rules that keep the keyboard and the mouse wheel doing what a person expects in the window:
//  - The wheel scrolls the panel it is over. A value widget (spin box, slider, combo box) takes the wheel only
//    once it has the focus (clicked or tabbed into); over an unfocused one, the wheel passes on to the scroll
//    area, so scrolling down the panel never changes tauE on the way.
//  - After a value is entered (Enter in a field, a choice in a list, a click on a button) the keyboard focus goes
//    back to the window's focus home (the plots), so Space and R run and reset again at once.
//
// Threading: GUI thread only.
#include <QObject>

class QAbstractButton;
class QComboBox;
class QWidget;

namespace lif::ui {

/// Lets `widget` take wheel events only while it has the focus, and gives it Qt::StrongFocus (the wheel no
/// longer focuses it). The guard is a child of `widget`.
void guardWheel(QWidget* widget);

/// Names the widget that receives the focus whenever a control of `window` is done with it.
void setFocusHome(QWidget* window, QWidget* home);
/// Gives the focus to the focus home of `from`'s window; without one, `from` just lets go of the focus.
void returnFocusHome(QWidget* from);

/// After a mouse click on `button` (which leaves the focus where it was), the focus goes home; a button
/// pressed from the keyboard keeps the focus, so Tab, Space, Tab... still works.
void returnFocusAfterClick(QAbstractButton* button);
/// After a choice made with the mouse in `box`'s list, the focus goes home; arrow keys on a focused box keep it.
void returnFocusAfterMouseChoice(QComboBox* box);

/// The event filter behind guardWheel(). Exposed for tests.
class WheelGuard final : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace lif::ui

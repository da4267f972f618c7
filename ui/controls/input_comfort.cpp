#include "ui/controls/input_comfort.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QVariant>
#include <QWidget>

namespace lif::ui {

namespace {

const char* const kFocusHomeProperty = "lifscopeFocusHome";
const char* const kMouseChoiceProperty = "lifscopeMouseChoice";

/// Remembers whether the box's current choice is being made with the mouse (pressed) or the keyboard.
class ChoiceTracker final : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::MouseButtonPress) {
            watched->setProperty(kMouseChoiceProperty, true);
        } else if (event->type() == QEvent::KeyPress) {
            watched->setProperty(kMouseChoiceProperty, false);
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel) {
        const auto* widget = qobject_cast<QWidget*>(watched);
        if (widget != nullptr && !widget->hasFocus()) {
            // Not accepted: QApplication hands the wheel on to the parents, up to the scroll area.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void guardWheel(QWidget* widget) {
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(new WheelGuard(widget));
}

void setFocusHome(QWidget* window, QWidget* home) {
    // By name, not by pointer: a window property cannot dangle when the home is deleted first.
    window->setProperty(kFocusHomeProperty, home->objectName());
}

void returnFocusHome(QWidget* from) {
    QWidget* window = from->window();
    const QString name = window->property(kFocusHomeProperty).toString();
    QWidget* home = name.isEmpty() ? nullptr : window->findChild<QWidget*>(name);
    if (home != nullptr && home->isVisible()) {
        home->setFocus(Qt::OtherFocusReason);
    } else if (from->hasFocus()) {
        from->clearFocus();
    }
}

void returnFocusAfterClick(QAbstractButton* button) {
    QObject::connect(button, &QAbstractButton::clicked, button, [button] {
        if (!button->hasFocus()) {
            returnFocusHome(button);
        }
    });
}

void returnFocusAfterMouseChoice(QComboBox* box) {
    box->installEventFilter(new ChoiceTracker(box));
    QObject::connect(box, &QComboBox::activated, box, [box] {
        if (box->property(kMouseChoiceProperty).toBool()) {
            box->setProperty(kMouseChoiceProperty, false);
            returnFocusHome(box);
        }
    });
}

}  // namespace lif::ui

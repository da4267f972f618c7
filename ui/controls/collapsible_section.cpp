#include "ui/controls/collapsible_section.h"

#include <QKeyEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/controls/input_comfort.h"

namespace lif::ui {

CollapsibleSection::CollapsibleSection(const QString& title, bool expanded, QWidget* parent) : QWidget(parent) {
    header_ = new QToolButton(this);
    header_->setObjectName(QStringLiteral("sectionHeader"));
    header_->setText(title);
    header_->setAccessibleDescription(tr("Shows or hides the %1 controls (Space or Enter)").arg(title.toLower()));
    header_->setCheckable(true);
    header_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    header_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    header_->setAutoRaise(true);
    // Reachable with Tab, not taken by a click: after a click the focus goes back to the plots (Space runs).
    header_->setFocusPolicy(Qt::TabFocus);
    header_->installEventFilter(this);
    returnFocusAfterClick(header_);

    body_ = new QWidget(this);
    bodyLayout_ = new QVBoxLayout(body_);
    bodyLayout_->setContentsMargins(14, 2, 2, 6);
    bodyLayout_->setSpacing(2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header_);
    layout->addWidget(body_);

    connect(header_, &QToolButton::toggled, this, &CollapsibleSection::setExpanded);
    header_->setChecked(expanded);
    setExpanded(expanded);
}

bool CollapsibleSection::eventFilter(QObject* watched, QEvent* event) {
    if (watched == header_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            header_->toggle();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool CollapsibleSection::isExpanded() const {
    return header_->isChecked();
}

void CollapsibleSection::setExpanded(bool expanded) {
    header_->setChecked(expanded);
    header_->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    body_->setVisible(expanded);
}

}  // namespace lif::ui

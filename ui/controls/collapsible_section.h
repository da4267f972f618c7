#pragma once
// CollapsibleSection is a titled group whose body can be folded away with a click on its header, so that the
// less used parameters stay one click away without crowding the headline controls. The header is in the Tab
// order; Space, Enter or Return on it folds or unfolds the section, and it shows a focus ring.
//
// Threading: GUI thread only.
#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace lif::ui {

class CollapsibleSection final : public QWidget {
    Q_OBJECT

public:
    CollapsibleSection(const QString& title, bool expanded, QWidget* parent = nullptr);

    /// The layout that holds the section's body.
    QVBoxLayout* bodyLayout() const { return bodyLayout_; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton* header() const { return header_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QToolButton* header_ = nullptr;
    QWidget* body_ = nullptr;
    QVBoxLayout* bodyLayout_ = nullptr;
};

}  // namespace lif::ui

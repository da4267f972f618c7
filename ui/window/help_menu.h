#pragma once
// HelpMenu is the Help menu: User guide (F1) and Keyboard shortcuts, each a non-modal window beside the main one
// showing a text compiled into the program (resources/help/*.md, so it is there when installed, without the
// source tree), and About LIFscope (version, licence, how to cite).
//
// Threading: GUI thread only.
#include <QObject>
#include <QString>

class QDialog;
class QMenuBar;
class QWidget;

namespace lif::ui {

class HelpMenu final : public QObject {
    Q_OBJECT

public:
    explicit HelpMenu(QWidget* window);

    void addTo(QMenuBar* bar);
    void showGuide();
    void showShortcuts();
    void showAbout();

    /// The open help windows, nullptr until first shown (for tests).
    QDialog* guide() const { return guide_; }
    QDialog* shortcuts() const { return shortcuts_; }
    QDialog* about() const { return about_; }
    /// The text of a compiled-in help page: "user-guide" or "shortcuts" (Markdown); empty if missing.
    static QString helpText(const QString& page);
    /// What About says: version, licence, how to cite (rich text).
    static QString aboutText();

private:
    QDialog* textWindow(const QString& title, const QString& page);

    QWidget* window_;
    QDialog* guide_ = nullptr;
    QDialog* shortcuts_ = nullptr;
    QDialog* about_ = nullptr;
};

}  // namespace lif::ui

#include "ui/window/help_menu.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lif::ui {

HelpMenu::HelpMenu(QWidget* window) : QObject(window), window_(window) {}

void HelpMenu::addTo(QMenuBar* bar) {
    QMenu* help = bar->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &HelpMenu::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);  // F1
    guide->setShortcutContext(Qt::ApplicationShortcut);
    help->addAction(tr("&Keyboard shortcuts"), this, &HelpMenu::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About LIFscope"), this, &HelpMenu::showAbout);
}

QString HelpMenu::helpText(const QString& page) {
    QFile file(QStringLiteral(":/lifscope/help/%1.md").arg(page));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString HelpMenu::aboutText() {
    return tr("<h3>LIFscope %1</h3>"
              "<p>See a neuron think: a leaky integrate-and-fire neuron simulated live, with the theory beside "
              "it, and the same engine without a window (<tt>lifscope --headless</tt>).</p>"
              "<p><b>Licence:</b> MIT. You may use, copy, change and share it, with the copyright and licence "
              "notice. The window links QCustomPlot (GPL-3.0 or later), so this program as a whole is distributed "
              "under the GPL's terms.</p>"
              "<p><b>How to cite:</b> LIFscope, version %1, a live simulator of the leaky integrate-and-fire "
              "neuron. To make a figure reproducible, give the version and publish the session file "
              "(File &gt; Save session) or the CSV with its metadata lines; <nobr>"
              "<tt>lifscope --headless --config SESSION.json</tt></nobr> replays it spike for spike.</p>")
        .arg(QStringLiteral(LIFSCOPE_VERSION));
}

QDialog* HelpMenu::textWindow(const QString& title, const QString& page) {
    auto* dialog = new QDialog(window_);
    dialog->setWindowTitle(title);
    dialog->setObjectName(page);
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("helpText"));
    text->setOpenExternalLinks(true);
    text->setMarkdown(helpText(page));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    // Beside the window rather than over it, and never taller than a 1024x600 screen allows.
    QSize size(680, 620);
    if (const QScreen* screen = window_->screen()) {
        const QSize available = screen->availableGeometry().size();
        size = size.boundedTo(QSize(available.width() - 40, available.height() - 60));
    }
    dialog->resize(size);
    return dialog;
}

void HelpMenu::showGuide() {
    if (guide_ == nullptr) {
        guide_ = textWindow(tr("LIFscope user guide"), QStringLiteral("user-guide"));
    }
    guide_->show();
    guide_->raise();
    guide_->activateWindow();
}

void HelpMenu::showShortcuts() {
    if (shortcuts_ == nullptr) {
        shortcuts_ = textWindow(tr("LIFscope keyboard shortcuts"), QStringLiteral("shortcuts"));
    }
    shortcuts_->show();
    shortcuts_->raise();
    shortcuts_->activateWindow();
}

void HelpMenu::showAbout() {
    if (about_ == nullptr) {
        about_ = new QDialog(window_);
        about_->setObjectName(QStringLiteral("about"));
        about_->setWindowTitle(tr("About LIFscope"));
        auto* icon = new QLabel(about_);
        icon->setPixmap(window_->windowIcon().pixmap(64, 64));
        icon->setAlignment(Qt::AlignTop);
        auto* text = new QLabel(aboutText(), about_);
        text->setObjectName(QStringLiteral("aboutText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextBrowserInteraction);
        text->setMinimumWidth(380);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, about_);
        connect(buttons, &QDialogButtonBox::rejected, about_, &QDialog::close);
        auto* row = new QHBoxLayout;
        row->addWidget(icon);
        row->addWidget(text, 1);
        auto* layout = new QVBoxLayout(about_);
        layout->addLayout(row);
        layout->addWidget(buttons);
    }
    about_->show();
    about_->raise();
}

}  // namespace lif::ui

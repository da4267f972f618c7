#include "ui/files/session_actions.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include "core/io/atomic_file.h"
#include "core/model/errors.h"

namespace lif::ui {

namespace {

const QString kRecentKey = QStringLiteral("sessions/recent");
const QString kLastKey = QStringLiteral("sessions/last");
QString sessionFilter() {
    return SessionActions::tr("LIFscope sessions (*.json);;All files (*)");
}

}  // namespace

SessionActions::SessionActions(QWidget* parent, CurrentSession current, ApplySession apply)
    : QObject(parent), parent_(parent), current_(std::move(current)), apply_(std::move(apply)) {
    report_ = [this](const QString& title, const QString& message) { QMessageBox::warning(parent_, title, message); };
}

void SessionActions::addTo(QMenu* menu) {
    QAction* open = menu->addAction(tr("&Open session\u2026"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(parent_, tr("Open session"), QString(), sessionFilter());
        if (!path.isEmpty()) openSession(path);
    });
    recentMenu_ = menu->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    QAction* save = menu->addAction(tr("&Save session as\u2026"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] {
        QString path =
            QFileDialog::getSaveFileName(parent_, tr("Save session"), QStringLiteral("session.json"), sessionFilter());
        if (path.isEmpty()) return;
        if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".json");
        saveSession(path);
    });
}

bool SessionActions::openSession(const QString& path) {
    Session session;
    try {
        session = readSessionFile(QFile::encodeName(path).toStdString());
    } catch (const InputError& error) {
        const InputError shown =
            error.withContext(tr("session file '%1'").arg(QFileInfo(path).fileName()).toStdString());
        report_(tr("Session not opened"), tr("%1\n\nNothing was changed.").arg(QString::fromStdString(shown.what())));
        return false;
    }
    apply_(session);
    addRecent(path);
    Q_EMIT sessionOpened(path);
    return true;
}

bool SessionActions::saveSession(const QString& path) {
    // The core's atomic writer, not QSaveFile: Qt 6.4 commits a truncated file when the disk fills in the middle
    // of a write (see plot_export.cpp).
    try {
        writeFileAtomically(path.toStdString(), sessionToJson(current_()), "session");
    } catch (const OutputError& error) {
        report_(tr("Session not saved"), QString::fromStdString(error.what()));
        return false;
    }
    addRecent(path);
    Q_EMIT sessionSaved(path);
    return true;
}

QStringList SessionActions::recentFiles() const {
    return QSettings().value(kRecentKey).toStringList();
}

void SessionActions::rememberLastSession() const {
    QSettings().setValue(kLastKey, QString::fromStdString(sessionToJson(current_())));
}

bool SessionActions::restoreLastSession() {
    const QString json = QSettings().value(kLastKey).toString();
    if (json.isEmpty()) {
        return false;
    }
    try {
        apply_(parseSession(json.toStdString(), "the last session"));
    } catch (const std::exception&) {
        return false;  // written by another version, or edited by hand: start with the defaults
    }
    return true;
}

void SessionActions::addRecent(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentFiles();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void SessionActions::rebuildRecentMenu() {
    if (recentMenu_ == nullptr) {
        return;
    }
    recentMenu_->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent) {
        QAction* action = recentMenu_->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openSession(path); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

}  // namespace lif::ui

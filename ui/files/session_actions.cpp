#include "ui/files/session_actions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

#include "core/io/atomic_file.h"
#include "core/model/errors.h"

namespace lif::ui {

namespace {

const QString kRecentKey = QStringLiteral("sessions/recent");
QString sessionFilter() {
    return SessionActions::tr("LIFscope sessions (*.json);;All files (*)");
}

}  // namespace

SessionActions::SessionActions(QWidget* parent, CurrentSession current, ApplySession apply)
    : QObject(parent), parent_(parent), current_(std::move(current)), apply_(std::move(apply)) {
    report_ = [this](const QString& title, const QString& message) { QMessageBox::warning(parent_, title, message); };
    autosaveTimer_ = new QTimer(this);
    autosaveTimer_->setSingleShot(true);
    connect(autosaveTimer_, &QTimer::timeout, this, [this] { rememberLastSession(); });
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

QString SessionActions::lastSessionFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/last-session.json");
}

bool SessionActions::rememberLastSession() {
    autosaveTimer_->stop();
    firstUnsaved_.invalidate();
    const QString path = lastSessionFile();
    try {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            throw OutputError("the last session: cannot create the folder " +
                              QFileInfo(path).absolutePath().toStdString());
        }
        writeFileAtomically(QFile::encodeName(path).toStdString(), sessionToJson(current_()), "the last session");
    } catch (const OutputError& error) {
        const QString message = QString::fromStdString(error.what());
        if (message != lastFailure_) {
            lastFailure_ = message;
            Q_EMIT autosaveFailed(message);
        }
        return false;
    }
    lastFailure_.clear();
    return true;
}

bool SessionActions::restoreLastSession() {
    const QString path = lastSessionFile();
    if (!QFileInfo::exists(path)) {
        return false;
    }
    try {
        apply_(readSessionFile(QFile::encodeName(path).toStdString()));
    } catch (const std::exception&) {
        return false;  // written by another version, or edited by hand: start with the defaults
    }
    return true;
}

void SessionActions::setAutosave(bool on) {
    autosave_ = on;
    if (!on) {
        autosaveTimer_->stop();
        firstUnsaved_.invalidate();
    }
}

void SessionActions::noteChanged() {
    if (!autosave_) {
        return;
    }
    if (!firstUnsaved_.isValid()) {
        firstUnsaved_.start();
    }
    const qint64 untilLatest = kAutosaveMaxDelay_ms - firstUnsaved_.elapsed();
    autosaveTimer_->start(static_cast<int>(std::clamp<qint64>(untilLatest, 0, kAutosaveDelay_ms)));
}

bool SessionActions::autosavePending() const {
    return autosaveTimer_->isActive();
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

void SessionActions::dropRecent(const QString& path) {
    QStringList recent = recentFiles();
    recent.removeAll(path);
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void SessionActions::openRecent(const QString& path) {
    if (!QFileInfo::exists(path)) {
        dropRecent(path);
        report_(tr("Session not opened"),
                tr("'%1' is no longer at %2 (moved or deleted); it was removed from Open recent.")
                    .arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()));
        return;
    }
    openSession(path);
}

void SessionActions::rebuildRecentMenu() {
    if (recentMenu_ == nullptr) {
        return;
    }
    recentMenu_->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString& path = recent[i];
        // "&1 name.json": the digit picks the entry from the keyboard.
        QAction* action = recentMenu_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setData(path);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

}  // namespace lif::ui

#pragma once
// SessionActions is the session half of the File menu: Open session..., Save session as..., Open recent, and the
// last session kept between starts. A session file is the core's versioned JSON (core/session.h): the
// parameters, stimulus, solver, seed, dt, the run's duration so far and the view settings (speed, window). A
// malformed file is refused with the core's message (file, line and column, field, allowed range) and nothing
// changes; a file is written through a temporary and renamed, so a failed save leaves the old file whole.
// Recent files live in QSettings (organisation and application names of the QCoreApplication); an entry whose
// file is gone is said and dropped when chosen. The last session is a session file of its own,
// <app data>/last-session.json (QStandardPaths::AppDataLocation; tests point both at a temporary place). With
// autosave on it is written through the core's atomic writer kAutosaveDelay_ms after the last change (at most
// kAutosaveMaxDelay_ms after the first unsaved one, so a long drag is saved too), so a crash or a power cut
// loses at most that moment: the file is always either the previous session or the new one, whole.
//
// The window supplies two functions: one that describes its current session, one that applies a session (shows
// it in the controls and restarts the run). Each action has a path-taking function that does the work and
// reports problems through `report` (a message box by default, replaceable in tests); the menu entries only
// ask for the path.
//
// Threading: GUI thread only.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

#include "core/io/session.h"

class QMenu;
class QTimer;
class QWidget;

namespace lif::ui {

class SessionActions final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRecent = 8;
    static constexpr int kAutosaveDelay_ms = 1000;
    static constexpr int kAutosaveMaxDelay_ms = 5000;
    using CurrentSession = std::function<Session()>;
    using ApplySession = std::function<void(const Session&)>;
    using Report = std::function<void(const QString& title, const QString& message)>;

    SessionActions(QWidget* parent, CurrentSession current, ApplySession apply);

    /// Adds Open session..., Open recent and Save session as... to `menu`.
    void addTo(QMenu* menu);
    /// Replaces the message box used for problems (tests record instead).
    void setReport(Report report) { report_ = std::move(report); }

    /// Reads, validates and applies `path`; false (and a report naming line, column and field) if refused.
    bool openSession(const QString& path);
    /// Writes the current session to `path` atomically; false (and a report) if it cannot be written.
    bool saveSession(const QString& path);

    /// The Open recent submenu (nullptr before addTo); its entries' data is the file's absolute path.
    QMenu* recentMenu() const { return recentMenu_; }
    /// Most recent first; only files that existed when they were last opened or saved.
    QStringList recentFiles() const;
    /// The file that keeps the session between starts (it may not exist yet).
    static QString lastSessionFile();
    /// Saves the current session now, as the one to restore at the next start; false (and autosaveFailed) if it
    /// cannot be written.
    bool rememberLastSession();
    /// Applies the session remembered by rememberLastSession(); false if there is none or it no longer parses.
    bool restoreLastSession();
    /// With autosave on, noteChanged() schedules rememberLastSession(); off by default (tests, benchmarks).
    void setAutosave(bool on);
    bool autosaveOn() const { return autosave_; }
    /// The current session changed: save it a moment later (restarts the delay).
    void noteChanged();
    /// A save is scheduled and not yet done.
    bool autosavePending() const;

Q_SIGNALS:
    /// `path` was opened and applied.
    void sessionOpened(const QString& path);
    /// The current session was written to `path`.
    void sessionSaved(const QString& path);
    /// The last session could not be written (the message names the file and the reason); said once per reason.
    void autosaveFailed(const QString& message);

private:
    void addRecent(const QString& path);
    void dropRecent(const QString& path);
    void rebuildRecentMenu();
    void openRecent(const QString& path);

    QWidget* parent_;
    CurrentSession current_;
    ApplySession apply_;
    Report report_;
    QMenu* recentMenu_ = nullptr;
    QTimer* autosaveTimer_ = nullptr;
    QElapsedTimer firstUnsaved_;  ///< since the first change not yet saved
    bool autosave_ = false;
    QString lastFailure_;  ///< the last autosave problem said, so it is not repeated every second
};

}  // namespace lif::ui

#pragma once
// SessionActions is the session half of the File menu: Open session..., Save session as..., Open recent, and the
// last session restored at start-up. A session file is the core's versioned JSON (core/session.h): the
// parameters, stimulus, solver, seed, dt, the run's duration so far and the view settings (speed, window). A
// malformed file is refused with the core's message (file, line and column, field, allowed range) and nothing
// changes; a file is written through a temporary and renamed, so a failed save leaves the old file whole.
// Recent files and the last session live in QSettings (organisation and application names of the
// QCoreApplication; tests point them at a temporary place).
//
// The window supplies two functions: one that describes its current session, one that applies a session (shows
// it in the controls and restarts the run). Each action has a path-taking function that does the work and
// reports problems through `report` (a message box by default, replaceable in tests); the menu entries only
// ask for the path.
//
// Threading: GUI thread only.
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

#include "core/io/session.h"

class QMenu;
class QWidget;

namespace lif::ui {

class SessionActions final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRecent = 8;
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

    /// Most recent first; only files that existed when they were last opened or saved.
    QStringList recentFiles() const;
    /// Saves the current session as the one to restore at the next start.
    void rememberLastSession() const;
    /// Applies the session remembered by rememberLastSession(); false if there is none or it no longer parses.
    bool restoreLastSession();

Q_SIGNALS:
    /// `path` was opened and applied.
    void sessionOpened(const QString& path);
    /// The current session was written to `path`.
    void sessionSaved(const QString& path);

private:
    void addRecent(const QString& path);
    void rebuildRecentMenu();

    QWidget* parent_;
    CurrentSession current_;
    ApplySession apply_;
    Report report_;
    QMenu* recentMenu_ = nullptr;
};

}  // namespace lif::ui

#pragma once
// Entry point of the windowed application: builds the QApplication and the main window, runs the event loop.
// The window opens the session file named on the command line (`lifscope FILE.json`, `--config FILE.json`), or
// else the session it had when it last closed or autosaved, in the size and layout it last had (maximized on
// the first start).
//
// Threading: call from the main thread, once.
#include <QStringList>

#include <optional>
#include <string>

namespace lif::ui {

class MainWindow;

/// The organisation, application and desktop names, which also place the settings and the autosaved session.
/// Before the QApplication is built.
void setApplicationIdentity();

/// What a start does to a fresh window, given the command line's arguments after the program's name (Qt's own
/// already removed): remember it between starts, open the named session file or restore the last one, restore
/// its layout, show it. Unknown arguments are named on stderr and ignored. Returns false if a named session
/// file was refused (and said so).
bool startWindow(MainWindow& window, const QStringList& arguments);

/// Why the window cannot open here, or nothing: no platform named (QT_QPA_PLATFORM, -platform) and neither
/// DISPLAY nor WAYLAND_DISPLAY set. Qt itself would abort there (SIGABRT) advising to reinstall the application.
std::optional<std::string> noDisplayReason(int argc, char** argv);

/// Returns the application's exit status: 2 without a display (noDisplayReason(), said on stderr).
int runWindow(int argc, char** argv);

}  // namespace lif::ui

#pragma once
// Entry point of the windowed application: builds the QApplication and the main window, runs the event loop.
//
// Threading: call from the main thread, once.

namespace lif::ui {

/// Returns the application's exit status.
int runWindow(int argc, char** argv);

}  // namespace lif::ui

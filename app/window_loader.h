#pragma once
// Finds and loads the window module (app/window_module.h) on first use: at <the executable's folder>/
// LIFSCOPE_WINDOW_MODULE, a path relative to the executable that CMake derives from the install layout
// (cmake/InstallLayout.cmake), so an installed tree works wherever it is moved and a build tree has the same
// layout (app/CMakeLists.txt). LIFSCOPE_WINDOW_MODULE_PATH, when set and not empty, names the module instead.
//
// Threading: main thread only; the module stays loaded until the process ends.
#include "core/io/image_request.h"

namespace lif::app {

/// The window's event loop (lif::ui::runWindow). Throws OutputError when the module cannot be loaded.
int runWindow(int argc, char** argv);

/// Exporters that load the module when they are first called (a run that draws no picture never does); a module
/// that cannot be loaded is an OutputError of the call. `argc` and `argv` must outlive them.
Exporters lazyHeadlessExporters(int& argc, char** argv);

}  // namespace lif::app

#pragma once
// The contract between the lifscope executable and its window module (app/window_module.cpp, built as
// lifscope-window.so): the names and types of the module's entry points. The executable links no Qt, so a
// headless run that writes only CSV files starts without loading and relocating the Qt libraries (about ten
// milliseconds, a tenth of an hour-long run); it loads the module (app/window_loader.h) only when it opens the
// window or draws a picture. Both sides are built from the same sources at once; the module's version is
// checked before anything else is called, so a stale module from another build is refused.
//
// Threading: the entry points are called from the main thread, as the functions they forward to require.
#include "core/io/image_request.h"

namespace lif::app {

/// const char* (): the LIFSCOPE_VERSION the module was built with.
inline constexpr const char* kModuleVersionSymbol = "lifscope_module_version";
using ModuleVersionFunction = const char* (*)();

/// int (int argc, char** argv): lif::ui::runWindow, the window's event loop; returns the exit status.
inline constexpr const char* kRunWindowSymbol = "lifscope_run_window";
using RunWindowFunction = int (*)(int, char**);

/// void (int* argc, char** argv, Exporters* out): lif::ui::headlessExporters into *out. `argc` and `argv` must
/// outlive the exporters (QApplication keeps references to them).
inline constexpr const char* kHeadlessExportersSymbol = "lifscope_headless_exporters";
using HeadlessExportersFunction = void (*)(int*, char**, Exporters*);

}  // namespace lif::app

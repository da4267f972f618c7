// The window module's entry points (the contract is app/window_module.h). The module is linked with hidden
// symbols except these three, so its copy of the core libraries never mixes with the executable's.
#include "app/window_module.h"

#include <type_traits>

#include "ui/files/headless_export.h"
#include "ui/window/run_window.h"

#define LIFSCOPE_MODULE_EXPORT __attribute__((visibility("default")))

extern "C" {

LIFSCOPE_MODULE_EXPORT const char* lifscope_module_version() {
    return LIFSCOPE_VERSION;
}

LIFSCOPE_MODULE_EXPORT int lifscope_run_window(int argc, char** argv) {
    return lif::ui::runWindow(argc, argv);
}

LIFSCOPE_MODULE_EXPORT void lifscope_headless_exporters(int* argc, char** argv, lif::Exporters* out) {
    *out = lif::ui::headlessExporters(*argc, argv);
}

}  // extern "C"

// The types the executable casts the symbols to must be those defined here.
static_assert(std::is_same_v<decltype(&lifscope_module_version), lif::app::ModuleVersionFunction>);
static_assert(std::is_same_v<decltype(&lifscope_run_window), lif::app::RunWindowFunction>);
static_assert(std::is_same_v<decltype(&lifscope_headless_exporters), lif::app::HeadlessExportersFunction>);

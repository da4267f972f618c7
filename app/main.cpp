// lifscope: with --headless (or any headless-only flag) it runs the simulation without a display and writes the
// requested files; otherwise it opens the window.
#include <iostream>
#include <string>
#include <vector>

#include "core/cli/cli.h"
#ifdef LIFSCOPE_HAS_UI
#include "ui/files/headless_export.h"
#include "ui/window/run_window.h"
#endif

int main(int argc, char** argv) {
    std::vector<std::string> arguments(argv + 1, argv + argc);
    if (lif::cli::wantsHeadless(arguments)) {
#ifdef LIFSCOPE_HAS_UI
        return lif::cli::runHeadless(arguments, std::cout, std::cerr, lif::ui::headlessExporters(argc, argv));
#else
        return lif::cli::runHeadless(arguments, std::cout, std::cerr, {});
#endif
    }
#ifdef LIFSCOPE_HAS_UI
    return lif::ui::runWindow(argc, argv);
#else
    std::cerr << "lifscope: this build has no window (built without Qt); use lifscope --headless\n";
    return 2;
#endif
}

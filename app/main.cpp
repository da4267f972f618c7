// lifscope: with --headless (or any headless-only flag) it runs the simulation without a display and writes the
// requested files; otherwise it opens the window. The window and the picture export live in a module loaded only
// when needed (app/window_loader.h), so a headless run that writes CSV files never loads Qt.
#include <iostream>
#include <string>
#include <vector>

#include "core/cli/cli.h"
#ifdef LIFSCOPE_HAS_UI
#include "app/window_loader.h"
#include "core/model/errors.h"
#endif

int main(int argc, char** argv) {
    std::vector<std::string> arguments(argv + 1, argv + argc);
    if (lif::cli::wantsHeadless(arguments)) {
#ifdef LIFSCOPE_HAS_UI
        return lif::cli::runHeadless(arguments, std::cout, std::cerr, lif::app::lazyHeadlessExporters(argc, argv));
#else
        return lif::cli::runHeadless(arguments, std::cout, std::cerr, {});
#endif
    }
#ifdef LIFSCOPE_HAS_UI
    try {
        return lif::app::runWindow(argc, argv);
    } catch (const lif::OutputError& error) {
        std::cerr << "lifscope: " << error.what() << "\n";
        return 2;
    }
#else
    std::cerr << "lifscope: this build has no window (built without Qt); use lifscope --headless\n";
    return 2;
#endif
}

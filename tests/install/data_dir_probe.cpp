// Prints the data folder this program finds (core/io/data_paths.h), or says where it looked and exits with 1.
// The install test copies it into an installed tree's bin/ to check that a moved tree still finds its data.
#include <iostream>

#include "core/io/data_paths.h"

int main(int argc, char** argv) {
    const char* argv0 = argc > 0 ? argv[0] : nullptr;
    if (const auto found = lif::dataDirectory(argv0)) {
        std::cout << found->string() << "\n";
        return 0;
    }
    std::cerr << "data_dir_probe: no data folder; looked in:";
    for (const auto& candidate : lif::dataDirectoryCandidates(lif::currentExecutable(argv0), "")) {
        std::cerr << " " << candidate;
    }
    std::cerr << "\n";
    return 1;
}

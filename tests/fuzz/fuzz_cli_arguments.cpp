// The command line of the headless CLI. The input is split on NUL and newline into argv. Flags that name files
// (read or written) are dropped with their value, so the fuzzer never touches the file system; a value cannot
// sneak a file flag back in because every argument spelled like one is dropped, wherever it stands.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/cli/cli.h"
#include "core/model/errors.h"
#include "core/model/parameters.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

constexpr std::array<std::string_view, 9> kFileFlags = {
    "--config", "-c", "--input-spikes", "--png", "--svg", "--pdf", "--trace-csv", "--spikes-csv", "--save-session"};

bool namesFile(const std::string& argument) {
    const std::string_view name = std::string_view(argument).substr(0, argument.find('='));
    for (const auto flag : kFileFlags) {
        if (name == flag) return true;
    }
    return false;
}

std::vector<std::string> argumentsOf(const std::string& text) {
    std::vector<std::string> split;
    std::string current;
    for (const char c : text) {
        if (c == '\0' || c == '\n') {
            split.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) split.push_back(current);

    std::vector<std::string> arguments;
    for (std::size_t i = 0; i < split.size(); ++i) {
        if (namesFile(split[i])) {
            // "--config FILE" takes the next argument too; "--config=FILE" does not.
            if (split[i].find('=') == std::string::npos) ++i;
            continue;
        }
        arguments.push_back(split[i]);
    }
    return arguments;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::string> arguments = argumentsOf(lif::fuzz::textOf(data, size));
    (void)lif::cli::wantsHeadless(arguments);
    lif::cli::Options options;
    try {
        options = lif::cli::parseArguments(arguments);
    } catch (const lif::InputError&) {
        return 0;
    }
    // "Parses and validates everything": what it accepts must be a runnable setup.
    try {
        lif::validate(options.session.run.parameters);
        options.session.run.stimulus.validate();
    } catch (const lif::InputError& error) {
        lif::fuzz::propertyFailed("parseArguments accepted an invalid setup", error.what());
    }
    if (!options.traceCsv.empty() || !options.spikesCsv.empty() || !options.saveSession.empty() ||
        !options.images.empty()) {
        lif::fuzz::propertyFailed("a file flag got through the filter");
    }
    return 0;
}

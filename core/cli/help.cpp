// The parts of the help that are not flags, and the parameter list, each generated from the table it shows.
#include <iomanip>
#include <sstream>

#include "core/cli/flags.h"
#include "core/model/numbers.h"

namespace lif::cli {

namespace {

/// Two columns, the second aligned and wrapped: "  name   text".
std::string twoColumns(const std::vector<std::pair<std::string, std::string>>& rows) {
    std::size_t width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    const std::size_t column = 2 + width + 2;
    std::string out;
    for (const auto& [name, text] : rows) {
        out += "  " + name + std::string(column - 2 - name.size(), ' ') + wrapped(text, column, column) + "\n";
    }
    return out;
}

}  // namespace

std::string wrapped(std::string_view text, std::size_t start, std::size_t column) {
    std::string out;
    std::size_t at = start;
    bool lineEmpty = true;
    while (!text.empty()) {
        const auto space = text.find(' ');
        const std::string_view word = text.substr(0, space);
        text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
        if (word.empty()) continue;
        if (!lineEmpty && at + 1 + word.size() > kHelpWidth) {
            out += "\n" + std::string(column, ' ');
            at = column;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            out += ' ';
            ++at;
        }
        out += word;
        at += word.size();
        lineEmpty = false;
    }
    return out;
}

std::string helpBanner() {
    return std::string("LIFscope ") + LIFSCOPE_VERSION + " - see a leaky integrate-and-fire neuron think\n";
}

std::string helpUsage() {
    return twoColumns({{"lifscope", "open the window"},
                       {"lifscope --headless [options]", "run without a display and write files"}})
        .insert(0, "Usage:\n");
}

std::string helpFooter() {
    std::vector<std::pair<std::string, std::string>> protocols;
    for (const auto& protocol : stimulusProtocols()) {
        protocols.emplace_back(usageOf(protocol), std::string(protocol.meaning));
    }
    const SolverKind standard = ModelSetup{}.solver;
    std::vector<std::pair<std::string, std::string>> solvers;
    for (const SolverKind kind : allSolverKinds()) {
        solvers.emplace_back(std::string(solverName(kind)),
                             solverDescription(kind) + (kind == standard ? " (the default)" : ""));
    }
    return "Stimulus protocols (--stimulus NAME:VALUES; pA, ms; [optional]):\n" + twoColumns(protocols) +
           "\nSolvers (--solver NAME):\n" + twoColumns(solvers) +
           "\nExit status: 0 success, 1 the solver failed, 2 bad input or an output that cannot be written.";
}

std::string parameterListText() {
    std::ostringstream out;
    out << std::left << std::setw(8) << "name" << std::setw(6) << "unit" << std::setw(10) << "default" << std::setw(10)
        << "min" << std::setw(10) << "max"
        << "meaning\n";
    for (const ParamSpec& spec : parameterTable()) {
        out << std::left << std::setw(8) << spec.name << std::setw(6) << (spec.unit.empty() ? "-" : spec.unit)
            << std::setw(10) << formatShort(spec.defaultValue) << std::setw(10) << formatShort(spec.minValue)
            << std::setw(10) << formatShort(spec.maxValue) << spec.meaning << "\n";
    }
    return out.str();
}

}  // namespace lif::cli

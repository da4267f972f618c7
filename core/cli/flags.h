#pragma once
// The table of the command line's flags, inside core/cli only: for each flag its names, its value, whether it may
// be repeated, its help text and what it does. options.cpp turns it into CLI11 options (the parser, the repeat
// policy, the value checks and the help all come from here); nothing else lists flags.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/cli/cli.h"

namespace lif::cli {

/// What the flags build up as they are applied.
struct Building {
    Options options;
    std::optional<std::pair<int, int>> size;  ///< --size, width and height in pixels
};

struct Flag {
    std::string_view names;      ///< CLI11's spelling: "-T,--duration" or "--stimulus"
    std::string_view valueName;  ///< shown in the help, e.g. "MS"; empty for a switch, which takes no value
    bool repeatable = false;     ///< --set: given any number of times; every other flag at most once
    bool appliedFirst = false;   ///< --config: applied before every other flag wherever it stands
    /// The value can be checked on its own (applied to a fresh Building) while the command line is parsed, before
    /// any file is read; false for flags whose value is a file to read.
    bool checkedAlone = true;
    bool impliesHeadless = false;  ///< given anywhere, lifscope answers on the terminal instead of opening the window
    std::string description;       ///< the help text, one line (the help wraps it)
    /// Applies one value (a switch gets an empty one); throws InputError whose message names the flag.
    std::function<void(const std::string& value, Building& building)> apply;
};

/// In the order the help lists them.
const std::vector<Flag>& flagTable();

/// The parts of the help around the flag list (help.cpp), generated from the tables they describe.
inline constexpr std::size_t kHelpWidth = 100;  ///< no help line is longer
std::string helpBanner();
std::string helpUsage();
/// The stimulus protocols, the solvers and the exit statuses.
std::string helpFooter();
/// `text` wrapped at kHelpWidth, every line after the first indented to `column`; `start` is the column where the
/// first line begins.
std::string wrapped(std::string_view text, std::size_t start, std::size_t column);

}  // namespace lif::cli

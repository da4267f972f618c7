// The command line's parser: CLI11 options made from the flag table (core/cli/flags.h).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <map>
#include <sstream>

#include "core/cli/flags.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif::cli {

namespace {

constexpr double kMaxTraceRows = 2.0e8;
constexpr std::size_t kMaxImageSamples = 20'000'000;
constexpr std::size_t kHelpColumn = 32;  ///< where the flags' descriptions start

/// The help's flag lines: "  -c, --config FILE.json   description", descriptions aligned and wrapped at kHelpWidth.
class HelpFormatter : public CLI::Formatter {
public:
    std::string make_description(const CLI::App*) const override { return helpBanner() + "\n"; }
    std::string make_usage(const CLI::App*, std::string) const override { return helpUsage(); }
    std::string make_option_name(const CLI::Option* option, bool) const override {
        const auto& shortNames = option->get_snames();
        return (shortNames.empty() ? std::string("    ") : "-" + shortNames.front() + ", ") + "--" +
               option->get_lnames().front();
    }
    std::string make_option(const CLI::Option* option, bool positional) const override {
        std::string line = "  " + make_option_name(option, positional) + make_option_opts(option);
        line += std::string(line.size() + 2 > kHelpColumn ? 2 : kHelpColumn - line.size(), ' ');
        return line + wrapped(make_option_desc(option), line.size(), kHelpColumn) + "\n";
    }
};

/// The CLI11 application made from the flag table, with each option's table entry.
struct Parser {
    CLI::App app{"", "lifscope"};
    std::map<const CLI::Option*, const Flag*> flagOf;

    Parser() {
        app.set_help_flag();  // --help is a flag of the table, answered after every other flag has been checked
        for (const Flag& flag : flagTable()) {
            const std::string names(flag.names);
            CLI::Option* option = flag.valueName.empty() ? app.add_flag(names, flag.description)
                                                         : app.add_option(names, CLI::callback_t{}, flag.description);
            if (!flag.valueName.empty()) {
                option->option_text(std::string(flag.valueName))->expected(1);
                if (flag.checkedAlone) {
                    // An InputError thrown here passes through CLI11 unchanged (it only catches its own errors),
                    // so the message is the core's, with the flag in it, as the contract has it.
                    option->check(CLI::Validator(
                        [&flag](std::string& value) {
                            Building scratch;
                            flag.apply(value, scratch);
                            return std::string();
                        },
                        ""));
                }
            }
            option->multi_option_policy(flag.repeatable ? CLI::MultiOptionPolicy::TakeAll
                                                        : CLI::MultiOptionPolicy::Throw);
            flagOf[option] = &flag;
        }
    }

    /// CLI11 reads more than the contract allows ("-T5" as -T 5, "-qh" as -q -h, "--" as the end of the
    /// options, "--headless=false" as off); this pass allows only exact names, "--name=value" and values, refuses
    /// the rest in command-line order with the contract's messages, and gives CLI11 every value as its own word.
    std::vector<std::string> words(const std::vector<std::string>& arguments) const {
        std::vector<std::string> words;
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            const std::string& argument = arguments[i];
            const bool inlineValue = argument.rfind("--", 0) == 0 && argument.find('=') != std::string::npos;
            const std::string name = inlineValue ? argument.substr(0, argument.find('=')) : argument;
            const CLI::Option* option = name.size() > 1 && name[0] == '-' ? app.get_option_no_throw(name) : nullptr;
            if (option == nullptr) {
                throw InputError("unknown argument " + lif::quoted(argument) + "; see lifscope --help");
            }
            words.push_back(name);
            const std::string longName = option->get_name();
            if (option->get_expected_max() == 0) {
                if (inlineValue) {
                    throw InputError(longName + " takes no value, got " +
                                     lif::quoted(argument.substr(name.size() + 1)));
                }
            } else if (inlineValue) {
                words.push_back(argument.substr(name.size() + 1));
            } else if (i + 1 < arguments.size()) {
                words.push_back(arguments[++i]);
            } else {
                throw InputError(longName + " needs a value; see lifscope --help");
            }
        }
        return words;
    }

    /// Runs CLI11 on the words; its own errors become the contract's one-line messages.
    void parse(std::vector<std::string> words) {
        std::reverse(words.begin(), words.end());  // CLI11 takes the arguments last first
        try {
            app.parse(words);
        } catch (const CLI::ArgumentMismatch& error) {
            for (const auto& [option, flag] : flagOf) {
                if (!flag->repeatable && option->count() > 1) {
                    throw InputError(option->get_name() + " is given more than once; give it once");
                }
            }
            throw InputError(std::string(error.what()) + "; see lifscope --help");
        } catch (const CLI::ParseError& error) {
            throw InputError(std::string(error.what()) + "; see lifscope --help");
        }
    }

    /// Applies the parsed values in command-line order, --config first.
    Building apply() const {
        Building building;
        for (const bool first : {true, false}) {
            std::map<const CLI::Option*, std::size_t> next;
            for (const CLI::Option* option : app.parse_order()) {
                const Flag& flag = *flagOf.at(option);
                const std::size_t index = next[option]++;
                if (flag.appliedFirst == first) {
                    flag.apply(flag.valueName.empty() ? std::string() : option->results().at(index), building);
                }
            }
        }
        return building;
    }
};

/// The checks that concern several flags at once.
void checkTogether(Building& building) {
    Options& options = building.options;
    const Session& session = options.session;
    try {
        validate(session.run.parameters);
    } catch (const InputError& error) {
        throw error.withContext("parameters after --config and --set");
    }
    if (building.size) {
        if (options.images.empty() && options.fiImages.empty()) {
            throw InputError("--size is only used with --png, --svg, --pdf or --fi-png, --fi-svg, --fi-pdf");
        }
        for (auto* list : {&options.images, &options.fiImages}) {
            for (auto& image : *list) {
                image.width_px = building.size->first;
                image.height_px = building.size->second;
            }
        }
    }
    if (!options.fiCurve && (!options.fiCsv.empty() || !options.fiImages.empty())) {
        throw InputError("--fi-csv, --fi-png, --fi-svg and --fi-pdf need --fi-curve START:STOP:STEP", {"fi"});
    }
    std::vector<std::string> outputs = {options.traceCsv, options.spikesCsv, options.saveSession, options.fiCsv};
    for (const auto* list : {&options.images, &options.fiImages}) {
        for (const auto& image : *list)
            outputs.push_back(image.path);
    }
    std::sort(outputs.begin(), outputs.end());
    for (std::size_t i = 1; i < outputs.size(); ++i) {
        if (!outputs[i].empty() && outputs[i] == outputs[i - 1]) {
            throw InputError("output file " + lif::quoted(outputs[i]) +
                             " is named twice; give each output its own file");
        }
    }
    const double samples = session.duration_ms / session.run.dt_ms;
    if (!options.traceCsv.empty() && samples > kMaxTraceRows) {
        throw InputError("--trace-csv: duration " + formatShort(session.duration_ms) + " ms at dt " +
                         formatShort(session.run.dt_ms) +
                         " ms would write more than 2e8 rows; raise --dt or shorten --duration");
    }
    if (!options.images.empty() && samples > static_cast<double>(kMaxImageSamples)) {
        throw InputError("--png/--svg/--pdf: duration " + formatShort(session.duration_ms) + " ms at dt " +
                         formatShort(session.run.dt_ms) + " ms is more than 2e7 trace points to draw; raise --dt");
    }
}

}  // namespace

bool wantsHeadless(const std::vector<std::string>& arguments) {
    for (const std::string& argument : arguments) {
        const std::string_view name = std::string_view(argument).substr(0, argument.find('='));
        for (const Flag& flag : flagTable()) {
            std::string_view names = flag.names;  // "-h,--help": each spelling between the commas
            while (flag.impliesHeadless && !names.empty()) {
                const auto comma = names.find(',');
                if (names.substr(0, comma) == name) return true;
                names.remove_prefix(comma == std::string_view::npos ? names.size() : comma + 1);
            }
        }
    }
    return false;
}

Options parseArguments(const std::vector<std::string>& arguments) {
    Parser parser;
    parser.parse(parser.words(arguments));
    Building building = parser.apply();
    checkTogether(building);
    return building.options;
}

std::string helpText() {
    Parser parser;
    parser.app.formatter(std::make_shared<HelpFormatter>());
    parser.app.footer(helpFooter());
    return parser.app.help();
}

}  // namespace lif::cli

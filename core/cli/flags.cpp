#include "core/cli/flags.h"

#include <cmath>

#include "core/io/input_spikes_csv.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif::cli {

namespace {

/// `call()`, with `flag` put in front of any InputError's message: the core's messages name the field and the
/// value, the command line adds which flag it came from.
template <typename Call>
auto withFlag(const std::string& flag, Call&& call) {
    try {
        return call();
    } catch (const InputError& error) {
        throw error.withContext(flag);
    }
}

double settingFrom(const SettingSpec& spec, const std::string& value) {
    const double number = parseNumber(value, spec.flag);
    checkSetting(spec, number, spec.flag);
    return number;
}

/// The value of --set, NAME=VALUE, applied to `parameters` (the single value checked against the table).
void setParameter(Parameters& parameters, const std::string& value) {
    const auto equals = value.find('=');
    if (equals == std::string::npos) {
        throw InputError("--set " + lif::quoted(value) +
                         ": expected NAME=VALUE, e.g. --set C=300; parameters: " + parameterNames());
    }
    setParameterFromText(parameters, trimmed(std::string_view(value).substr(0, equals)),
                         std::string_view(value).substr(equals + 1), "--set");
}

std::pair<int, int> parseSize(const std::string& text) {
    const auto x = text.find_first_of("xX");
    if (x == std::string::npos) {
        throw InputError("--size: " + lif::quoted(text) + " is not WIDTHxHEIGHT (e.g. 1200x800)");
    }
    const double width = parseNumber(text.substr(0, x), "--size width");
    const double height = parseNumber(text.substr(x + 1), "--size height");
    for (const double v : {width, height}) {
        if (v != std::floor(v) || v < 100 || v > 10000) {
            throw InputError("--size: " + lif::quoted(text) +
                             " is not allowed; width and height must be whole numbers "
                             "of pixels from 100 to 10000");
        }
    }
    return {static_cast<int>(width), static_cast<int>(height)};
}

std::string solverList() {
    const SolverKind standard = ModelSetup{}.solver;
    std::string list;
    const auto& kinds = allSolverKinds();
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        list += i == 0 ? "" : i + 1 == kinds.size() ? " or " : ", ";
        list += std::string(solverName(kinds[i])) + (kinds[i] == standard ? " (default)" : "");
    }
    return list;
}

std::string settingHelp(const SettingSpec& spec) {
    return std::string(spec.meaning) + ", " + formatShort(spec.minValue, 10) + " to " + formatShort(spec.maxValue, 10) +
           " " + std::string(spec.unit) + " (default " + formatShort(spec.defaultValue) + ")";
}

Flag image(std::string_view names, ImageFormat format, std::string description,
           std::vector<ImageRequest> Options::*list = &Options::images) {
    Flag flag{names, "FILE", false, false, true, false, std::move(description), {}};
    flag.apply = [format, list](const std::string& value, Building& b) {
        ImageRequest request;
        request.path = value;
        request.format = format;
        (b.options.*list).push_back(request);
    };
    return flag;
}

std::vector<Flag> makeTable() {
    std::vector<Flag> table;
    const auto add = [&table](std::string_view names, std::string_view valueName, std::string description,
                              std::function<void(const std::string&, Building&)> apply) -> Flag& {
        table.push_back(Flag{names, valueName, false, false, true, false, std::move(description), std::move(apply)});
        return table.back();
    };
    add("--headless", "", "run without a window and write files (implied by --help, --version, --list-params)",
        [](const std::string&, Building& b) { b.options.headless = true; })
        .impliesHeadless = true;
    Flag& config = add("-c,--config", "FILE.json",
                       "a session file (parameters, stimulus, inputs, duration, dt); read first, wherever it stands, "
                       "so that the other flags override it",
                       [](const std::string& value, Building& b) {
                           b.options.session =
                               withFlag("--config " + lif::quoted(value), [&] { return readSessionFile(value); });
                       });
    config.appliedFirst = true;
    config.checkedAlone = false;
    add("-s,--set", "NAME=VALUE", "set one parameter (see --list-params); repeatable; applied after --config",
        [](const std::string& value, Building& b) { setParameter(b.options.session.run.parameters, value); })
        .repeatable = true;
    add("--stimulus", "SPEC",
        "the injected current, one of the protocols below (default " + StimulusSpec{}.toString() + ")",
        [](const std::string& value, Building& b) {
            b.options.session.run.stimulus = withFlag("--stimulus", [&] { return StimulusSpec::parse(value); });
        });
    add("--input-spikes", "FILE.csv", "input spike times: header time_ms,channel; channel e or i",
        [](const std::string& value, Building& b) {
            // The core's file messages name no file: the flag and the file are the command line's to say.
            b.options.session.run.inputSpikes =
                withFlag("--input-spikes " + lif::quoted(value), [&] { return readInputSpikesCsv(value); });
            b.options.session.inputSpikesSource = value;
        })
        .checkedAlone = false;
    add("-T,--duration", "MS", settingHelp(durationSetting()), [](const std::string& value, Building& b) {
        b.options.session.duration_ms = settingFrom(durationSetting(), value);
    });
    add("--dt", "MS", settingHelp(traceIntervalSetting()), [](const std::string& value, Building& b) {
        b.options.session.run.dt_ms = settingFrom(traceIntervalSetting(), value);
    });
    add("--solver", "NAME", solverList() + "; see below",
        [](const std::string& value, Building& b) { b.options.session.run.solver = parseSolver(value, "--solver"); });
    add("--trace-csv", "FILE", "time_ms,V_mV,I_ext_pA,I_syn_pA,spike at t = 0, dt, ..., duration",
        [](const std::string& value, Building& b) { b.options.traceCsv = value; });
    add("--spikes-csv", "FILE", "spike_time_ms, the exact threshold-crossing times",
        [](const std::string& value, Building& b) { b.options.spikesCsv = value; });
    add("--save-session", "FILE", "write the session that was run (replay it with --config)",
        [](const std::string& value, Building& b) { b.options.saveSession = value; });
    table.push_back(image("--png", ImageFormat::Png, "a PNG picture of the voltage and input plots of the whole run"));
    table.push_back(image("--svg", ImageFormat::Svg, "the same picture as SVG"));
    table.push_back(image("--pdf", ImageFormat::Pdf, "the same picture as PDF"));
    add("--fi-curve", "RANGE",
        "RANGE = START:STOP:STEP (pA): sweep the injected current and measure the firing rate at each, beside "
        "the theory; the other parameters as set above",
        [](const std::string& value, Building& b) {
            b.options.fiCurve = withFlag("--fi-curve", [&] { return FiRange::parse(value); });
        });
    add("--fi-duration", "MS",
        "with fluctuating input (Poisson, noise): simulated time per current over which spikes are counted, 1 to "
        "1e7 (default 10000)",
        [](const std::string& value, Building& b) {
            const double duration = parseNumber(value, "--fi-duration");
            if (duration < 1.0 || duration > 1e7) {
                throw InputError("--fi-duration: " + formatShort(duration) + " ms is out of range; allowed 1 to 1e7 ms",
                                 {"fi.duration"});
            }
            b.options.fiDuration_ms = duration;
        });
    add("--fi-csv", "FILE", "I_pA,rate_Hz,rate_theory_Hz (+ standard error and diffusion approximations)",
        [](const std::string& value, Building& b) { b.options.fiCsv = value; });
    table.push_back(image("--fi-png", ImageFormat::Png, "a PNG picture of the f-I curve", &Options::fiImages));
    table.push_back(image("--fi-svg", ImageFormat::Svg, "the same as SVG", &Options::fiImages));
    table.push_back(image("--fi-pdf", ImageFormat::Pdf, "the same as PDF", &Options::fiImages));
    add("--size", "WxH", "picture size in pixels, 100 to 10000 each (default 1200x800)",
        [](const std::string& value, Building& b) { b.size = parseSize(value); });
    add("-q,--quiet", "", "no summary line", [](const std::string&, Building& b) { b.options.quiet = true; });
    add("--list-params", "", "print the parameter table (names, units, defaults, ranges)",
        [](const std::string&, Building& b) { b.options.listParams = true; })
        .impliesHeadless = true;
    add("-h,--help", "", "print this help", [](const std::string&, Building& b) {
        b.options.help = true;
    }).impliesHeadless = true;
    add("--version", "", "print the version", [](const std::string&, Building& b) {
        b.options.version = true;
    }).impliesHeadless = true;
    return table;
}

}  // namespace

const std::vector<Flag>& flagTable() {
    static const std::vector<Flag> table = makeTable();
    return table;
}

}  // namespace lif::cli

#include "core/cli/cli.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <sstream>

#include "core/engine/run_limits.h"
#include "core/engine/simulator.h"
#include "core/io/atomic_file.h"
#include "core/io/csv.h"
#include "core/io/input_spikes_csv.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif::cli {

namespace {

constexpr double kChunk_ms = 10000.0;
constexpr double kMaxTraceRows = 2.0e8;
constexpr std::size_t kMaxImageSamples = 20'000'000;

struct Flag {
    std::string_view longName;
    std::string_view shortName;
    bool takesValue;
    bool repeatable;
};

constexpr Flag kFlags[] = {
    {"--headless", "", false, false},    {"--config", "-c", true, false},     {"--set", "-s", true, true},
    {"--stimulus", "", true, false},     {"--input-spikes", "", true, false}, {"--duration", "-T", true, false},
    {"--dt", "", true, false},           {"--solver", "", true, false},       {"--trace-csv", "", true, false},
    {"--spikes-csv", "", true, false},   {"--save-session", "", true, false}, {"--png", "", true, false},
    {"--svg", "", true, false},          {"--pdf", "", true, false},          {"--size", "", true, false},
    {"--list-params", "", false, false}, {"--help", "-h", false, false},      {"--version", "", false, false},
    {"--quiet", "-q", false, false},
};

const Flag* findFlag(std::string_view name) {
    for (const Flag& flag : kFlags) {
        if (name == flag.longName || (!flag.shortName.empty() && name == flag.shortName)) {
            return &flag;
        }
    }
    return nullptr;
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

}  // namespace

bool wantsHeadless(const std::vector<std::string>& arguments) {
    for (const std::string& argument : arguments) {
        const std::string name = argument.substr(0, argument.find('='));
        if (name == "--headless" || name == "--help" || name == "-h" || name == "--version" ||
            name == "--list-params") {
            return true;
        }
    }
    return false;
}

Options parseArguments(const std::vector<std::string>& arguments) {
    Options options;
    std::vector<std::pair<const Flag*, std::string>> given;
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        std::string name = argument;
        std::optional<std::string> inlineValue;
        if (argument.rfind("--", 0) == 0 && argument.find('=') != std::string::npos) {
            name = argument.substr(0, argument.find('='));
            inlineValue = argument.substr(argument.find('=') + 1);
        }
        const Flag* flag = findFlag(name);
        if (flag == nullptr) {
            throw InputError("unknown argument " + lif::quoted(argument) + "; see lifscope --help");
        }
        if (!flag->repeatable && !seen.insert(flag->longName).second) {
            throw InputError(std::string(flag->longName) + " is given more than once; give it once");
        }
        std::string value;
        if (flag->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments[++i];
            } else {
                throw InputError(std::string(flag->longName) + " needs a value; see lifscope --help");
            }
        } else if (inlineValue) {
            throw InputError(std::string(flag->longName) + " takes no value, got " + lif::quoted(*inlineValue));
        }
        given.emplace_back(flag, value);
    }

    Session& session = options.session;
    // --config first, wherever it stands, so that every other flag overrides it.
    for (const auto& [flag, value] : given) {
        if (flag->longName == "--config") {
            session = readSessionFile(value);
        }
    }
    std::optional<std::pair<int, int>> size;
    for (const auto& [flag, value] : given) {
        const std::string_view name = flag->longName;
        if (name == "--headless") {
            options.headless = true;
        } else if (name == "--help") {
            options.help = true;
        } else if (name == "--version") {
            options.version = true;
        } else if (name == "--list-params") {
            options.listParams = true;
        } else if (name == "--quiet") {
            options.quiet = true;
        } else if (name == "--set") {
            const auto equals = value.find('=');
            if (equals == std::string::npos) {
                throw InputError("--set " + lif::quoted(value) +
                                 ": expected NAME=VALUE, e.g. --set C=300; parameters: " + parameterNames());
            }
            setParameterFromText(session.run.parameters, trimmed(std::string_view(value).substr(0, equals)),
                                 std::string_view(value).substr(equals + 1), "--set");
        } else if (name == "--stimulus") {
            session.run.stimulus = StimulusSpec::parse(value);
        } else if (name == "--input-spikes") {
            session.run.inputSpikes = readInputSpikesCsv(value);
            session.inputSpikesSource = value;
        } else if (name == "--duration") {
            session.duration_ms = parseNumber(value, "--duration");
            checkSetting(durationSetting(), session.duration_ms, "--duration");
        } else if (name == "--dt") {
            session.run.dt_ms = parseNumber(value, "--dt");
            checkSetting(traceIntervalSetting(), session.run.dt_ms, "--dt");
        } else if (name == "--solver") {
            session.run.solver = parseSolver(value, "--solver");
        } else if (name == "--trace-csv") {
            options.traceCsv = value;
        } else if (name == "--spikes-csv") {
            options.spikesCsv = value;
        } else if (name == "--save-session") {
            options.saveSession = value;
        } else if (name == "--png" || name == "--svg" || name == "--pdf") {
            ImageRequest request;
            request.path = value;
            request.format = name == "--png" ? ImageFormat::Png : name == "--svg" ? ImageFormat::Svg : ImageFormat::Pdf;
            options.images.push_back(request);
        } else if (name == "--size") {
            size = parseSize(value);
        }
    }
    try {
        validate(session.run.parameters);
    } catch (const InputError& error) {
        throw InputError(std::string("parameters after --config and --set: ") + error.what());
    }
    if (size) {
        if (options.images.empty()) {
            throw InputError("--size is only used with --png, --svg or --pdf");
        }
        for (auto& image : options.images) {
            image.width_px = size->first;
            image.height_px = size->second;
        }
    }
    std::vector<std::string> outputs = {options.traceCsv, options.spikesCsv, options.saveSession};
    for (const auto& image : options.images)
        outputs.push_back(image.path);
    std::sort(outputs.begin(), outputs.end());
    for (std::size_t i = 1; i < outputs.size(); ++i) {
        if (!outputs[i].empty() && outputs[i] == outputs[i - 1]) {
            throw InputError("output file " + lif::quoted(outputs[i]) +
                             " is named twice; give each output its own file");
        }
    }
    if (!options.traceCsv.empty() && session.duration_ms / session.run.dt_ms > kMaxTraceRows) {
        throw InputError("--trace-csv: duration " + formatShort(session.duration_ms) + " ms at dt " +
                         formatShort(session.run.dt_ms) +
                         " ms would write more than 2e8 rows; raise --dt or "
                         "shorten --duration");
    }
    if (!options.images.empty() && session.duration_ms / session.run.dt_ms > static_cast<double>(kMaxImageSamples)) {
        throw InputError("--png/--svg/--pdf: duration " + formatShort(session.duration_ms) + " ms at dt " +
                         formatShort(session.run.dt_ms) + " ms is more than 2e7 trace points to draw; raise --dt");
    }
    return options;
}

std::string helpText() {
    std::ostringstream out;
    out << "LIFscope " << LIFSCOPE_VERSION << " - see a leaky integrate-and-fire neuron think\n\n"
        << "Usage:\n"
        << "  lifscope                      open the window\n"
        << "  lifscope --headless [options] run without a display and write files\n\n"
        << "Options:\n"
        << "  -c, --config FILE.json      a session file (parameters, stimulus, inputs, duration, dt)\n"
        << "  -s, --set NAME=VALUE        set one parameter; repeatable; applied after --config\n"
        << "      --stimulus SPEC         injected current (default const:0):\n";
    for (const auto& protocol : stimulusProtocols()) {
        out << "                                " << std::left << std::setw(28) << usageOf(protocol) << protocol.meaning
            << "\n";
    }
    out << "      --input-spikes FILE.csv input spike times: header time_ms,channel; channel e or i\n"
        << "  -T, --duration MS           simulated time (default 1000)\n"
        << "      --dt MS                 trace output interval (default 0.1)\n"
        << "      --solver NAME           auto (default: exact here), exact, dopri5, rk4 or euler\n"
        << "      --trace-csv FILE        time_ms,V_mV,I_ext_pA,I_syn_pA,spike at t = 0, dt, ..., duration\n"
        << "      --spikes-csv FILE       spike_time_ms, the exact threshold-crossing times\n"
        << "      --save-session FILE     write the session that was run (replay with --config)\n"
        << "      --png/--svg/--pdf FILE  picture of the voltage and input plots over the whole run\n"
        << "      --size WxH              picture size in pixels (default 1200x800)\n"
        << "  -q, --quiet                 no summary line\n"
        << "      --list-params           the parameter table\n"
        << "  -h, --help, --version\n\n"
        << "Exit status: 0 success, 1 the solver failed, 2 bad input or an output that cannot be written.\n";
    return out.str();
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

int runHeadless(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                const ImageExporter& exporter) {
    Options options;
    try {
        options = parseArguments(arguments);
    } catch (const InputError& error) {
        err << "lifscope: " << error.what() << "\n";
        return 2;
    }
    if (options.help) {
        out << helpText();
        return 0;
    }
    if (options.version) {
        out << "lifscope " << LIFSCOPE_VERSION << "\n";
        return 0;
    }
    if (options.listParams) {
        out << parameterListText();
        return 0;
    }
    if (!options.images.empty() && !exporter) {
        err << "lifscope: --png/--svg/--pdf: this build has no image export (built without Qt)\n";
        return 2;
    }
    const Session& session = options.session;
    const std::string createdBy = "lifscope --headless";
    try {
        // Open every output first: an unwritable destination is reported before any simulation.
        std::unique_ptr<AtomicFile> traceFile;
        std::unique_ptr<AtomicFile> spikesFile;
        std::unique_ptr<AtomicFile> sessionFile;
        if (!options.traceCsv.empty()) traceFile = std::make_unique<AtomicFile>(options.traceCsv, "--trace-csv");
        if (!options.spikesCsv.empty()) spikesFile = std::make_unique<AtomicFile>(options.spikesCsv, "--spikes-csv");
        if (!options.saveSession.empty()) {
            sessionFile = std::make_unique<AtomicFile>(options.saveSession, "--save-session");
        }
        RunSetup setup = session.run;
        const bool keepSamples = !options.images.empty();
        if (!traceFile && !keepSamples) {
            setup.dt_ms = 0.0;  // nobody reads the trace: do not sample it
        }
        checkRunLimits(setup, session.duration_ms);
        Simulator simulator(setup);
        simulator.setSpikeLimit(kMaxSpikesPerRun);
        std::unique_ptr<TraceCsvWriter> traceWriter;
        if (traceFile) traceWriter = std::make_unique<TraceCsvWriter>(traceFile->stream(), session, createdBy);
        Batch chunk;
        Batch recording;
        const auto started = std::chrono::steady_clock::now();
        double t = 0.0;
        while (true) {
            t = std::min(t + kChunk_ms, session.duration_ms);
            simulator.advanceTo(t, chunk);
            if (traceWriter) {
                traceWriter->append(chunk);
                // A full disk ends the run now, not after the rest of the duration has been computed.
                if (!traceFile->good()) traceFile->finishWriting();
            }
            recording.spikeTimes_ms.insert(recording.spikeTimes_ms.end(), chunk.spikeTimes_ms.begin(),
                                           chunk.spikeTimes_ms.end());
            if (keepSamples) {
                recording.samples.insert(recording.samples.end(), chunk.samples.begin(), chunk.samples.end());
            }
            chunk.clear();
            if (t >= session.duration_ms) break;
        }
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (spikesFile) writeSpikesCsv(spikesFile->stream(), session, createdBy, recording.spikeTimes_ms);
        if (sessionFile) sessionFile->stream() << sessionToJson(session);
        for (const auto& image : options.images)
            exporter(image, session, recording);
        // Every file is complete on disk before any of them replaces an old one.
        for (AtomicFile* file : {traceFile.get(), spikesFile.get(), sessionFile.get()}) {
            if (file != nullptr) file->finishWriting();
        }
        for (AtomicFile* file : {traceFile.get(), spikesFile.get(), sessionFile.get()}) {
            if (file != nullptr) file->commit();
        }
        if (!options.quiet) {
            const double rate = static_cast<double>(recording.spikeTimes_ms.size()) / (session.duration_ms / 1000.0);
            out << "simulated " << formatShort(session.duration_ms) << " ms: " << recording.spikeTimes_ms.size()
                << " spikes (" << formatShort(rate, 4) << " Hz) in " << formatShort(wall, 3) << " s\n";
        }
    } catch (const InputError& error) {
        err << "lifscope: " << error.what() << "\n";
        return 2;
    } catch (const OutputError& error) {
        err << "lifscope: " << error.what() << "\n";
        return 2;
    } catch (const SolverError& error) {
        err << "lifscope: solver failure: " << error.what() << "\n";
        return 1;
    } catch (const std::bad_alloc&) {
        err << "lifscope: out of memory; shorten --duration or raise --dt\n";
        return 1;
    }
    return 0;
}

}  // namespace lif::cli

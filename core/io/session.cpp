#include "core/io/session.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/io/json.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {

constexpr SettingSpec kDuration{"duration_ms", "duration", "--duration", "ms", 1000.0, 1e-3, 1e9, "simulated time"};
constexpr SettingSpec kTraceInterval{"dt_ms", "dt", "--dt", "ms", 0.1, 1e-4, 1e4, "trace output interval"};
constexpr SettingSpec kSpeed{"speed", "speed", "--speed", "x", 1.0, 0.1, 1000.0, "simulated time per wall time"};
constexpr SettingSpec kWindow{"window_ms", "window", "--window", "ms", 1000.0, 100.0, 10000.0, "visible time window"};

using Ids = std::vector<std::string>;
const Ids kInputSpikes{"inputSpikes"};

class SessionReader {
public:
    explicit SessionReader(std::string source) : source_(std::move(source)) {}

    TextLocation locationOf(const JsonValue& at) const {
        return {source_, static_cast<std::size_t>(at.line), static_cast<std::size_t>(at.column)};
    }
    /// "line L, column C, field F", what every message of a field starts with.
    static std::string origin(const JsonValue& at, const std::string& field) { return at.where() + ", field " + field; }

    [[noreturn]] void fail(const JsonValue& at, const std::string& field, const std::string& why, Ids ids = {}) const {
        throw InputError(origin(at, field) + ": " + why, std::move(ids), locationOf(at));
    }
    /// A refusal from the model (a range, a combination, the stimulus grammar) at a value of the file.
    [[noreturn]] void rethrow(const JsonValue& at, const InputError& error) const {
        throw InputError(error.what(), error.fields(), locationOf(at));
    }

    void requireType(const JsonValue& value, JsonValue::Type type, const std::string& field, const Ids& ids) const {
        if (value.type != type) {
            fail(value, field,
                 std::string("expected ") + std::string(jsonTypeName(type)) + ", found " +
                     std::string(jsonTypeName(value.type)),
                 ids);
        }
    }

    double number(const JsonValue& value, const std::string& field, const Ids& ids) const {
        requireType(value, JsonValue::Type::Number, field, ids);
        return value.number;
    }

    double setting(const JsonValue& value, const std::string& field, const SettingSpec& spec) const {
        const double x = number(value, field, {std::string(spec.id)});
        try {
            checkSetting(spec, x, origin(value, field));
        } catch (const InputError& error) {
            rethrow(value, error);
        }
        return x;
    }

    Session read(const JsonValue& root) const {
        requireType(root, JsonValue::Type::Object, "the session", {});
        Session session;  // its stimulus is const:0 until the file says otherwise
        static const std::vector<std::string> kKnown = {
            "format", "version",      "parameters",          "stimulus", "solver", "duration_ms",
            "dt_ms",  "input_spikes", "input_spikes_source", "view"};
        for (const auto& [key, value] : root.object) {
            if (std::find(kKnown.begin(), kKnown.end(), key) == kKnown.end()) {
                std::string names;
                for (const auto& known : kKnown)
                    names += (names.empty() ? "" : ", ") + known;
                fail(value, jsonQuote(key), "unknown field; allowed: " + names);
            }
        }
        if (const JsonValue* format = root.find("format")) {
            requireType(*format, JsonValue::Type::String, "format", {});
            if (format->string != "lifscope-session") {
                fail(*format, "format",
                     quoted(format->string) + " is not a LIFscope session (expected \"lifscope-session\")");
            }
        }
        if (const JsonValue* version = root.find("version")) {
            const double v = number(*version, "version", {});
            if (v != std::floor(v) || v < 1 || v > Session::kFormatVersion) {
                fail(*version, "version",
                     formatShort(v) + " is not supported; this LIFscope reads versions 1 to " +
                         std::to_string(Session::kFormatVersion));
            }
        }
        if (const JsonValue* parameters = root.find("parameters")) {
            readParameters(*parameters, session.run.parameters);
        }
        if (const JsonValue* stimulus = root.find("stimulus")) {
            requireType(*stimulus, JsonValue::Type::String, "stimulus", {"stimulus"});
            try {
                session.run.stimulus = StimulusSpec::parse(stimulus->string);
            } catch (const InputError& error) {
                rethrow(*stimulus, error.withContext(origin(*stimulus, "stimulus")));
            }
        }
        if (const JsonValue* solver = root.find("solver")) {
            requireType(*solver, JsonValue::Type::String, "solver", {"solver"});
            try {
                session.run.solver = parseSolver(solver->string, origin(*solver, "solver"));
            } catch (const InputError& error) {
                rethrow(*solver, error);
            }
        }
        if (const JsonValue* duration = root.find("duration_ms")) {
            session.duration_ms = setting(*duration, "duration_ms", kDuration);
        }
        if (const JsonValue* dt = root.find("dt_ms")) {
            session.run.dt_ms = setting(*dt, "dt_ms", kTraceInterval);
        }
        if (const JsonValue* source = root.find("input_spikes_source")) {
            if (source->type != JsonValue::Type::Null) {
                requireType(*source, JsonValue::Type::String, "input_spikes_source", kInputSpikes);
                session.inputSpikesSource = source->string;
            }
        }
        if (const JsonValue* spikes = root.find("input_spikes")) {
            readInputSpikes(*spikes, session.run.inputSpikes);
        }
        if (const JsonValue* view = root.find("view")) {
            requireType(*view, JsonValue::Type::Object, "view", {});
            for (const auto& [key, value] : view->object) {
                if (key == "speed") {
                    session.view.speed = setting(value, "view.speed", kSpeed);
                } else if (key == "window_ms") {
                    session.view.window_ms = setting(value, "view.window_ms", kWindow);
                } else {
                    fail(value, "view." + key, "unknown field; allowed: speed, window_ms");
                }
            }
        }
        return session;
    }

private:
    void readParameters(const JsonValue& parameters, Parameters& into) const {
        requireType(parameters, JsonValue::Type::Object, "parameters", {});
        for (const auto& [name, value] : parameters.object) {
            const std::string field = "parameters." + name;
            const ParamSpec* spec = findParameter(name);
            if (spec == nullptr) {
                fail(value, field, "unknown parameter; known parameters: " + parameterNames());
            }
            const double x = number(value, field, {name});
            try {
                checkValue(*spec, x, origin(value, field));
            } catch (const InputError& error) {
                rethrow(value, error);
            }
            into.*(spec->field) = x;
        }
        try {
            validate(into);
        } catch (const InputError& error) {
            rethrow(parameters, error.withContext(origin(parameters, "parameters")));
        }
    }

    void readInputSpikes(const JsonValue& spikes, std::vector<InputSpike>& into) const {
        requireType(spikes, JsonValue::Type::Array, "input_spikes", kInputSpikes);
        double previous = 0.0;
        for (std::size_t i = 0; i < spikes.array.size(); ++i) {
            const JsonValue& row = spikes.array[i];
            const std::string field = "input_spikes[" + std::to_string(i) + "]";
            requireType(row, JsonValue::Type::Array, field, kInputSpikes);
            if (row.array.size() != 2) {
                fail(row, field, "expected [time_ms, \"e\" or \"i\"]", kInputSpikes);
            }
            const double t = number(row.array[0], field + "[0]", kInputSpikes);
            if (t < 0.0 || t < previous) {
                fail(row.array[0], field + "[0]",
                     formatShort(t, 12) + " ms is not allowed; times must be >= 0 and non-decreasing", kInputSpikes);
            }
            requireType(row.array[1], JsonValue::Type::String, field + "[1]", kInputSpikes);
            const std::string& channel = row.array[1].string;
            if (channel != "e" && channel != "i") {
                fail(row.array[1], field + "[1]", "channel " + quoted(channel) + " is unknown; allowed: e or i",
                     kInputSpikes);
            }
            previous = t;
            into.push_back({t, channel == "e" ? Channel::Excitatory : Channel::Inhibitory});
        }
    }

private:
    std::string source_;
};

}  // namespace

const SettingSpec& durationSetting() {
    return kDuration;
}
const SettingSpec& traceIntervalSetting() {
    return kTraceInterval;
}
const SettingSpec& speedSetting() {
    return kSpeed;
}
const SettingSpec& windowSetting() {
    return kWindow;
}

void checkSetting(const SettingSpec& spec, double value, std::string_view origin) {
    if (!std::isfinite(value) || value < spec.minValue || value > spec.maxValue) {
        throw InputError(std::string(origin) + ": " + formatShort(value, 10) + " " + std::string(spec.unit) +
                             " is out of range; allowed " + formatShort(spec.minValue, 10) + " to " +
                             formatShort(spec.maxValue, 10) + " " + std::string(spec.unit),
                         {std::string(spec.id)});
    }
}

Session parseSession(const std::string& text, const std::string& sourceName) {
    const JsonValue root = parseJson(text, sourceName);
    return SessionReader(sourceName).read(root);
}

Session readSessionFile(const std::string& path) {
    const TextLocation file{path, 0, 0};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("cannot open the file for reading", {}, file);
    }
    // Read in pieces and stop past the limit: a huge file (or /dev/zero) is refused without loading it whole.
    std::string text;
    std::array<char, 65536> piece{};
    while (in.read(piece.data(), piece.size()) || in.gcount() > 0) {
        text.append(piece.data(), static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxSessionFileBytes) {
            throw InputError(
                "file is larger than 8 MiB; too large for a session (give long input spike trains as "
                "an input-spikes CSV)",
                {}, file);
        }
    }
    if (in.bad()) {
        throw InputError("read error", {}, file);
    }
    return parseSession(text, path);
}

std::string sessionToJson(const Session& session) {
    std::ostringstream out;
    out << "{\n  \"format\": \"lifscope-session\",\n  \"version\": " << Session::kFormatVersion << ",\n";
    out << "  \"parameters\": {\n";
    const auto& table = parameterTable();
    for (std::size_t i = 0; i < table.size(); ++i) {
        out << "    " << jsonQuote(std::string(table[i].name)) << ": "
            << formatRoundTrip(session.run.parameters.*(table[i].field)) << (i + 1 < table.size() ? ",\n" : "\n");
    }
    out << "  },\n";
    out << "  \"stimulus\": " << jsonQuote(session.run.stimulus.toString()) << ",\n";
    out << "  \"solver\": " << jsonQuote(std::string(solverName(session.run.solver))) << ",\n";
    out << "  \"duration_ms\": " << formatRoundTrip(session.duration_ms) << ",\n";
    out << "  \"dt_ms\": " << formatRoundTrip(session.run.dt_ms) << ",\n";
    out << "  \"input_spikes_source\": "
        << (session.inputSpikesSource.empty() ? "null" : jsonQuote(session.inputSpikesSource)) << ",\n";
    out << "  \"input_spikes\": [";
    for (std::size_t i = 0; i < session.run.inputSpikes.size(); ++i) {
        const auto& spike = session.run.inputSpikes[i];
        out << (i ? ", " : "") << "[" << formatRoundTrip(spike.time_ms) << ", "
            << (spike.channel == Channel::Excitatory ? "\"e\"" : "\"i\"") << "]";
    }
    out << "],\n";
    out << "  \"view\": {\"speed\": " << formatRoundTrip(session.view.speed)
        << ", \"window_ms\": " << formatRoundTrip(session.view.window_ms) << "}\n}\n";
    return out.str();
}

}  // namespace lif

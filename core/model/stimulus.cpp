#include "core/model/stimulus.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {

constexpr double kMaxCurrent = 20000.0;  // pA
constexpr double kMaxTime = 1.0e9;       // ms (about 11.6 days of neuron time)
constexpr long double kTwoPi = 6.283185307179586476925286766559L;

std::vector<StimulusProtocol> makeProtocols() {
    const StimulusField current{"I", "pA", 500.0, -kMaxCurrent, kMaxCurrent, false, "injected current"};
    return {
        {StimulusKind::Constant, "const", "Constant", {current}, 0, "Iext = I at all times"},
        {StimulusKind::Step,
         "step",
         "Step",
         {current,
          {"ON", "ms", 100.0, 0.0, kMaxTime, false, "time the current switches on"},
          {"OFF", "ms", 600.0, 0.0, kMaxTime, false, "time the current switches off (after ON)"}},
         0,
         "Iext = I for ON <= t < OFF, else 0"},
        {StimulusKind::Pulses,
         "pulses",
         "Pulses",
         {current,
          {"WIDTH", "ms", 20.0, 1e-3, kMaxTime, false, "duration of each pulse"},
          {"PERIOD", "ms", 100.0, 1e-3, kMaxTime, false, "time from one pulse onset to the next (>= WIDTH)"},
          {"DELAY", "ms", 0.0, 0.0, kMaxTime, true, "onset of the first pulse"}},
         0,
         "Iext = I during each pulse, 0 between them"},
        {StimulusKind::Ramp,
         "ramp",
         "Ramp",
         {{"I0", "pA", 0.0, -kMaxCurrent, kMaxCurrent, false, "current at T0"},
          {"I1", "pA", 800.0, -kMaxCurrent, kMaxCurrent, false, "current at T1 and after"},
          {"T0", "ms", 0.0, 0.0, kMaxTime, false, "start of the ramp (0 before)"},
          {"T1", "ms", 1000.0, 0.0, kMaxTime, false, "end of the ramp (after T0)"}},
         1,
         "0 before T0, linear from I0 to I1 between T0 and T1, I1 after"},
        {StimulusKind::Sine,
         "sine",
         "Sine",
         {{"OFFSET", "pA", 400.0, -kMaxCurrent, kMaxCurrent, false, "mean current"},
          {"AMP", "pA", 100.0, 0.0, kMaxCurrent, false, "amplitude"},
          {"FREQ_HZ", "Hz", 5.0, 0.0, 10000.0, false, "frequency"},
          {"PHASE_DEG", "deg", 0.0, -360.0, 360.0, true, "phase at the protocol's start"}},
         0,
         "Iext = OFFSET + AMP sin(2 pi FREQ t + PHASE)"},
        {StimulusKind::Noise,
         "noise",
         "Noise",
         {{"MEAN", "pA", 400.0, -kMaxCurrent, kMaxCurrent, false, "mean current"},
          {"SD", "pA", 100.0, 0.0, kMaxCurrent, false, "standard deviation"},
          {"TAU", "ms", 5.0, 0.1, 10000.0, false, "correlation time"}},
         0,
         "Ornstein-Uhlenbeck current, sampled exactly on a grid of min(0.1 ms, TAU/20) and held in between"},
    };
}

/// The ids of InputError::fields() for a stimulus: "stimulus" and "stimulus.NAME" for each field named.
std::vector<std::string> stimulusFields(std::initializer_list<std::string_view> names) {
    std::vector<std::string> ids{"stimulus"};
    for (const std::string_view name : names) {
        ids.push_back("stimulus." + std::string(name));
    }
    return ids;
}

}  // namespace

const std::vector<StimulusProtocol>& stimulusProtocols() {
    static const std::vector<StimulusProtocol> protocols = makeProtocols();
    return protocols;
}

std::string usageOf(const StimulusProtocol& protocol) {
    std::string usage = std::string(protocol.name) + ":";
    for (std::size_t i = 0; i < protocol.fields.size(); ++i) {
        const auto& field = protocol.fields[i];
        usage += (i ? "," : "") + std::string(field.optional ? "[" : "") + std::string(field.name) +
                 (field.optional ? "]" : "");
    }
    return usage;
}

const StimulusProtocol& protocolOf(StimulusKind kind) {
    return stimulusProtocols()[static_cast<std::size_t>(kind)];
}

StimulusSpec StimulusSpec::defaults(StimulusKind kind) {
    StimulusSpec spec;
    spec.kind = kind;
    const auto& fields = protocolOf(kind).fields;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        spec.values[i] = fields[i].defaultValue;
    }
    return spec;
}

StimulusSpec StimulusSpec::parse(std::string_view text) {
    const std::string_view body = trimmed(text);
    const auto colon = body.find(':');
    const std::string_view name = trimmed(body.substr(0, colon));
    std::string known;
    const StimulusProtocol* protocol = nullptr;
    for (const auto& candidate : stimulusProtocols()) {
        known += (known.empty() ? "" : ", ") + std::string(candidate.name);
        if (candidate.name == name) {
            protocol = &candidate;
        }
    }
    if (protocol == nullptr) {
        throw InputError(quoted(text) + ": unknown protocol " + quoted(name) + "; allowed: " + known +
                             " (e.g. const:500, step:500,100,600)",
                         stimulusFields({}));
    }
    const std::string usage = usageOf(*protocol);
    std::vector<std::string_view> parts;
    if (colon != std::string_view::npos) {
        std::string_view rest = body.substr(colon + 1);
        while (true) {
            const auto comma = rest.find(',');
            parts.push_back(rest.substr(0, comma));
            if (comma == std::string_view::npos) {
                break;
            }
            rest.remove_prefix(comma + 1);
        }
    }
    std::size_t required = 0;
    for (const auto& field : protocol->fields) {
        required += field.optional ? 0 : 1;
    }
    if (parts.size() < required || parts.size() > protocol->fields.size()) {
        throw InputError(quoted(text) + ": " + std::string(protocol->name) + " takes " + usage + " but " +
                             std::to_string(parts.size()) + " value(s) were given",
                         stimulusFields({}));
    }
    StimulusSpec spec = defaults(protocol->kind);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string_view field = protocol->fields[i].name;
        try {
            spec.values[i] = parseNumber(
                parts[i], quoted(text) + ": " + std::string(protocol->name) + " field " + std::string(field));
        } catch (const InputError& error) {
            throw InputError(error.what(), stimulusFields({field}));
        }
    }
    try {
        spec.validate();
    } catch (const InputError& error) {
        throw error.withContext(quoted(text));
    }
    return spec;
}

void StimulusSpec::validate() const {
    const auto& protocol = protocolOf(kind);
    for (std::size_t i = 0; i < protocol.fields.size(); ++i) {
        const auto& field = protocol.fields[i];
        const double value = values[i];
        if (!std::isfinite(value) || value < field.minValue || value > field.maxValue) {
            throw InputError(std::string(protocol.name) + " field " + std::string(field.name) + " = " +
                                 formatShort(value, 10) + " " + std::string(field.unit) + " is out of range; allowed " +
                                 formatShort(field.minValue, 10) + " to " + formatShort(field.maxValue, 10) + " " +
                                 std::string(field.unit),
                             stimulusFields({field.name}));
        }
    }
    if (kind == StimulusKind::Step && !(values[2] > values[1])) {
        throw InputError(
            "step field OFF = " + formatShort(values[2]) + " ms must be after ON = " + formatShort(values[1]) + " ms",
            stimulusFields({"ON", "OFF"}));
    }
    if (kind == StimulusKind::Pulses && !(values[1] <= values[2])) {
        throw InputError("pulses field WIDTH = " + formatShort(values[1]) +
                             " ms must not exceed PERIOD = " + formatShort(values[2]) + " ms",
                         stimulusFields({"WIDTH", "PERIOD"}));
    }
    if (kind == StimulusKind::Ramp && !(values[3] > values[2])) {
        throw InputError(
            "ramp field T1 = " + formatShort(values[3]) + " ms must be after T0 = " + formatShort(values[2]) + " ms",
            stimulusFields({"T0", "T1"}));
    }
}

std::string StimulusSpec::toString() const {
    const auto& protocol = protocolOf(kind);
    std::string text = std::string(protocol.name) + ":";
    for (std::size_t i = 0; i < protocol.fields.size(); ++i) {
        text += (i ? "," : "") + formatRoundTrip(values[i]);
    }
    return text;
}

StimulusSpec appliedAt(const StimulusSpec& inForce, StimulusSpec next, double now_ms) {
    if (!next.hasTimes()) {
        next.start_ms = 0.0;
    } else if (next.kind != inForce.kind || next.trigger != inForce.trigger) {
        next.start_ms = now_ms;
    } else {
        next.start_ms = inForce.start_ms;
    }
    return next;
}

double StimulusSpec::meanAt(double t_ms) const {
    const auto& v = values;
    const double s = t_ms - start_ms;  // time since the protocol's start
    switch (kind) {
        case StimulusKind::Constant:
        case StimulusKind::Noise:
            return v[0];
        case StimulusKind::Step:
            return s >= v[1] && s < v[2] ? v[0] : 0.0;
        case StimulusKind::Pulses:
            return s >= v[3] && std::fmod(s - v[3], v[2]) < v[1] ? v[0] : 0.0;
        case StimulusKind::Ramp:
            if (s >= v[3]) return v[1];
            if (s >= v[2]) return v[0] + (v[1] - v[0]) * (s - v[2]) / (v[3] - v[2]);
            return 0.0;
        case StimulusKind::Sine: {
            constexpr double kDegree = 3.14159265358979323846 / 180.0;
            return v[0] + v[1] * std::sin(2.0 * 3.14159265358979323846 * v[2] / 1000.0 * s + v[3] * kDegree);
        }
    }
    return 0.0;
}

double SegmentDrive::at(double s) const {
    double value = constant + slope * s;
    if (sineAmp != 0.0) {
        value += sineAmp * std::sin(omega * s + phase);
    }
    return value;
}

StimulusProcess::StimulusProcess(const StimulusSpec& spec, std::uint64_t seed, long double startTime)
    : spec_(spec), noiseRandom_(seed, kStreamNoise) {
    if (spec_.kind == StimulusKind::Noise) {
        noiseStep_ = std::min(0.1, spec_.values[2] / 20.0);
        firstNoiseCell_ = static_cast<long long>(std::floor(startTime / static_cast<long double>(noiseStep_)));
    }
}

long double StimulusProcess::nextBreakAfter(long double t) const {
    // A break closer to t than this counts as t itself: rounding must never produce an empty segment.
    const long double slack = 1e-12L * (1.0L + std::fabs(t));
    const auto after = [&](long double candidate) { return candidate > t + slack; };
    const auto& v = spec_.values;
    // The protocol's times from its start; a start of 0 (every headless run) leaves them exactly as typed.
    const auto at = [&](double time) { return static_cast<long double>(spec_.start_ms) + time; };
    switch (spec_.kind) {
        case StimulusKind::Constant:
        case StimulusKind::Sine:
            return kNever;
        case StimulusKind::Step:
            if (after(at(v[1]))) return at(v[1]);
            if (after(at(v[2]))) return at(v[2]);
            return kNever;
        case StimulusKind::Ramp:
            if (after(at(v[2]))) return at(v[2]);
            if (after(at(v[3]))) return at(v[3]);
            return kNever;
        case StimulusKind::Pulses: {
            const long double width = v[1];
            const long double period = v[2];
            const long double delay = at(v[3]);
            if (after(delay)) return delay;
            const long double cycle = std::floor((t - delay) / period);
            for (long double n = std::max(0.0L, cycle - 1);; n += 1) {
                const long double onset = delay + n * period;
                if (after(onset)) return onset;
                if (width < period && after(onset + width)) return onset + width;
            }
        }
        case StimulusKind::Noise: {
            const long double step = noiseStep_;
            for (long double cell = std::floor(t / step);; cell += 1) {
                if (after(cell * step)) return cell * step;
            }
        }
    }
    return kNever;
}

double StimulusProcess::noiseValueInCell(long long cell) {
    const double mean = spec_.values[0];
    const double sd = spec_.values[1];
    const double decay = std::exp(-noiseStep_ / spec_.values[2]);
    const double kick = sd * std::sqrt(1.0 - decay * decay);
    if (noiseCell_ < 0) {
        noiseValue_ = mean + sd * noiseRandom_.normal();
        noiseCell_ = firstNoiseCell_;
    }
    while (noiseCell_ < cell) {
        noiseValue_ = mean + (noiseValue_ - mean) * decay + kick * noiseRandom_.normal();
        ++noiseCell_;
    }
    return noiseValue_;
}

SegmentDrive StimulusProcess::driveFrom(long double t) {
    // Classify the piece by its midpoint, so that a start time rounded onto the wrong side of a break
    // still gets the drive of the piece that follows it.
    const long double next = nextBreakAfter(t);
    const long double probe = std::isinf(next) ? t + 1.0L : 0.5L * (t + next);
    const auto& v = spec_.values;
    const long double start = spec_.start_ms;  // protocol times count from here (0 in every headless run)
    SegmentDrive drive;
    switch (spec_.kind) {
        case StimulusKind::Constant:
            drive.constant = v[0];
            break;
        case StimulusKind::Step:
            drive.constant = (probe >= start + v[1] && probe < start + v[2]) ? v[0] : 0.0;
            break;
        case StimulusKind::Pulses: {
            if (probe >= start + v[3]) {
                const long double phaseInCycle = std::fmod(probe - (start + v[3]), v[2]);
                drive.constant = phaseInCycle < v[1] ? v[0] : 0.0;
            }
            break;
        }
        case StimulusKind::Ramp: {
            if (probe >= start + v[3]) {
                drive.constant = v[1];
            } else if (probe >= start + v[2]) {
                const long double slope =
                    (static_cast<long double>(v[1]) - v[0]) / (v[3] - static_cast<long double>(v[2]));
                drive.slope = static_cast<double>(slope);
                drive.constant = static_cast<double>(v[0] + slope * (t - (start + v[2])));
            }
            break;
        }
        case StimulusKind::Sine: {
            constexpr long double kDegree = kTwoPi / 360.0L;
            const long double omega = kTwoPi * v[2] / 1000.0L;
            drive.constant = v[0];
            drive.sineAmp = v[1];
            drive.omega = static_cast<double>(omega);
            drive.phase = static_cast<double>(std::fmod(omega * (t - start) + v[3] * kDegree, kTwoPi));
            break;
        }
        case StimulusKind::Noise: {
            const auto cell = static_cast<long long>(std::floor(probe / static_cast<long double>(noiseStep_)));
            drive.constant = noiseValueInCell(cell);
            break;
        }
    }
    return drive;
}

}  // namespace lif

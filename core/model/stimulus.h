#pragma once
// Injected-current protocols Iext(t), pA. A StimulusSpec is a value (what the user asked for, parsed from text
// like "step:500,100,600"); a StimulusProcess is its realisation during one run. Every protocol is piecewise
// smooth; between two of its breaks (discontinuities of the value or of its slope, noise grid points) it is
//     Iext(t0 + s) = constant + slope * s + sineAmp * sin(omega * s + phase)     for s >= 0,
// a SegmentDrive. The simulator stops exactly at every break and holds the SegmentDrive fixed in between,
// so a trial step that runs past an edge never sees the jump.
//
// Protocol times (ON, OFF, T0, T1, DELAY, the sine's phase) count from the spec's start_ms, the moment the
// protocol was applied. A run starts every protocol at t = 0 (so the headless CLI's times are absolute); in the
// window, choosing a protocol, editing one of its fields or applying it again (a new trigger) starts it anew
// where the change takes effect: appliedAt() is the one rule, used by the simulator and by the run's history.
#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/random.h"

namespace lif {

enum class StimulusKind { Constant, Step, Pulses, Ramp, Sine, Noise };

/// One numeric field of a protocol, in the order of the spec text.
struct StimulusField {
    std::string_view name;  ///< as in the spec grammar, e.g. "ON"
    std::string_view unit;
    double defaultValue;
    double minValue;
    double maxValue;
    bool optional;  ///< may be left out at the end of the spec
    std::string_view meaning;
};

/// One protocol of the grammar: "NAME:FIELD,FIELD,...".
struct StimulusProtocol {
    StimulusKind kind;
    std::string_view name;   ///< "const", "step", ...
    std::string_view label;  ///< "Constant", "Step", ...
    std::vector<StimulusField> fields;
    std::size_t amplitudeField;  ///< which field the headline "input current I" control drives
    std::string_view meaning;
};

const std::vector<StimulusProtocol>& stimulusProtocols();
const StimulusProtocol& protocolOf(StimulusKind kind);
/// The protocol's grammar as the help and the error messages show it, e.g. "pulses:I,WIDTH,PERIOD,[DELAY]".
std::string usageOf(const StimulusProtocol& protocol);

inline constexpr std::size_t kMaxStimulusFields = 4;

struct StimulusSpec {
    StimulusKind kind = StimulusKind::Constant;
    std::array<double, kMaxStimulusFields> values{};  ///< in the order of protocolOf(kind).fields

    /// Parses the grammar; throws InputError naming the spec text, the field, the value and the allowed range,
    /// its fields "stimulus" and "stimulus.NAME" for each field concerned (e.g. "stimulus.ON", "stimulus.OFF").
    static StimulusSpec parse(std::string_view text);
    /// A spec of this kind with every field at its default.
    static StimulusSpec defaults(StimulusKind kind);
    /// Canonical text that parse() reads back to the same spec.
    std::string toString() const;
    /// Checks ranges and combinations (OFF > ON, WIDTH <= PERIOD, T1 > T0); throws InputError with the fields as
    /// parse() does.
    void validate() const;

    /// The value driven by the headline "input current I" control (const I, step I, sine OFFSET, ...).
    double amplitude() const { return values[protocolOf(kind).amplitudeField]; }
    void setAmplitude(double current_pA) { values[protocolOf(kind).amplitudeField] = current_pA; }
    /// True when Iext is constant in time (closed-form firing rate applies).
    bool isConstant() const { return kind == StimulusKind::Constant; }
    /// True when the protocol has times of its own (step, pulses, ramp, sine), which count from start_ms.
    bool hasTimes() const { return kind != StimulusKind::Constant && kind != StimulusKind::Noise; }

    /// The expected Iext at absolute time t_ms, pA: the protocol's value (noise: its MEAN).
    double meanAt(double t_ms) const;

    /// Absolute time (ms) the protocol's times count from; resolved by appliedAt(), never typed by a person.
    double start_ms = 0.0;
    /// Counts the times the protocol was applied in the window: a new value restarts it where it takes effect.
    std::uint32_t trigger = 0;

    bool operator==(const StimulusSpec& other) const {
        return kind == other.kind && values == other.values && start_ms == other.start_ms && trigger == other.trigger;
    }
    bool operator!=(const StimulusSpec& other) const { return !(*this == other); }
};

/// The spec `next` as it runs when it replaces `inForce` at `now_ms`: a protocol of another kind, or one applied
/// again (another trigger), starts at now_ms; otherwise it keeps the start of the one in force (a slider moving
/// the amplitude of a running step does not restart it). Protocols without times keep start 0.
StimulusSpec appliedAt(const StimulusSpec& inForce, StimulusSpec next, double now_ms);

/// Iext on one smooth piece, in local time s (ms) since the piece's start.
struct SegmentDrive {
    double constant = 0.0;  ///< pA
    double slope = 0.0;     ///< pA/ms
    double sineAmp = 0.0;   ///< pA
    double omega = 0.0;     ///< rad/ms
    double phase = 0.0;     ///< rad, at s = 0
    double at(double s) const;
};

inline constexpr long double kNever = std::numeric_limits<long double>::infinity();

/// The realisation of a spec during one run. Not thread-safe; owned by one simulator.
class StimulusProcess {
public:
    /// The process starts at `startTime` (ms): noise begins there in its stationary distribution.
    StimulusProcess(const StimulusSpec& spec, std::uint64_t seed, long double startTime = 0.0L);

    /// Smallest break strictly after t (kNever if none). Times are absolute, ms.
    long double nextBreakAfter(long double t) const;
    /// Drive valid from t up to nextBreakAfter(t). Calls must come with non-decreasing t (noise is generated
    /// in order, so that a seed gives the same noise whatever the chunking).
    SegmentDrive driveFrom(long double t);

private:
    double noiseValueInCell(long long cell);

    StimulusSpec spec_;
    RandomStream noiseRandom_;
    double noiseStep_ = 0.0;
    long long noiseCell_ = -1;  ///< cell of noiseValue_; -1 before the first draw
    long long firstNoiseCell_ = 0;
    double noiseValue_ = 0.0;
};

}  // namespace lif

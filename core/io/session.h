#pragma once
// A session: everything needed to replay a run exactly (parameters, stimulus, given input spikes, solver,
// duration, trace interval) plus the view settings of the window. Stored as versioned JSON; an older or partial
// file loads with defaults for what is missing; a malformed one is refused with line, column, field and the
// allowed range.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/run_setup.h"

namespace lif {

/// A run or view setting outside the parameter table, with its range (one source for CLI, GUI and files).
struct SettingSpec {
    std::string_view name;  ///< JSON key
    std::string_view id;    ///< field id in InputError::fields() ("duration", "dt", "speed", "window")
    std::string_view flag;  ///< command-line flag
    std::string_view unit;
    double defaultValue;
    double minValue;
    double maxValue;
    std::string_view meaning;
};
const SettingSpec& durationSetting();       ///< simulated time, ms
const SettingSpec& traceIntervalSetting();  ///< dt, ms
const SettingSpec& speedSetting();          ///< times real time
const SettingSpec& windowSetting();         ///< visible window, ms
/// Throws InputError "<origin>: value unit is out of range; allowed min to max unit", its field spec.id.
void checkSetting(const SettingSpec& spec, double value, std::string_view origin);

struct ViewSettings {
    double speed = 1.0;         ///< simulated ms per wall ms
    double window_ms = 1000.0;  ///< length of the visible window
    bool operator==(const ViewSettings& other) const { return speed == other.speed && window_ms == other.window_ms; }
};

/// Largest session file read. A parsed JSON tree costs ~46x its text (measured by the fuzzing work), so 8 MiB keeps
/// a session under ~400 MB even at its worst; long input-spike trains belong in an --input-spikes CSV.
inline constexpr std::size_t kMaxSessionFileBytes = std::size_t{8} * 1024 * 1024;

struct Session {
    static constexpr int kFormatVersion = 1;
    RunSetup run;
    std::string inputSpikesSource;  ///< where the given input spikes came from (informational)
    double duration_ms = 1000.0;
    ViewSettings view;
};

/// Throws InputError "line L, column C, field F: <the value and what is allowed>" with where() {sourceName, L, C}
/// and the ids of the fields concerned (a parameter name, "stimulus" and "stimulus.ON", "duration", "dt", "speed",
/// "window", "solver", "inputSpikes"). The message does not name the source: the caller adds it
/// (withContext("session file 'x.json'"), withContext("--config 'x.json'")).
Session parseSession(const std::string& text, const std::string& sourceName);
/// The same from a file of at most kMaxSessionFileBytes; where().file is `path`.
Session readSessionFile(const std::string& path);
/// Pretty JSON with every number written to round-trip exactly.
std::string sessionToJson(const Session& session);

}  // namespace lif

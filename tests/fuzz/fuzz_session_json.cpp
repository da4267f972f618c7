// Session files come from users and other machines: parseSession (and parseJson under it) must refuse any text with
// lif::InputError, and a session it accepts must survive sessionToJson and back unchanged.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/errors.h"
#include "core/json.h"
#include "core/session.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

void checkRoundTrip(const lif::Session& session) {
    const std::string json = lif::sessionToJson(session);
    lif::Session back;
    try {
        back = lif::parseSession(json, "round trip");
    } catch (const lif::InputError& error) {
        lif::fuzz::propertyFailed("sessionToJson wrote a session parseSession refuses",
                                  std::string(error.what()) + "\n" + json);
    }
    const auto& a = session.run;
    const auto& b = back.run;
    if (a.parameters != b.parameters) lif::fuzz::propertyFailed("parameters changed in a round trip", json);
    if (a.stimulus != b.stimulus) lif::fuzz::propertyFailed("stimulus changed in a round trip", json);
    if (a.inputSpikes != b.inputSpikes) lif::fuzz::propertyFailed("input spikes changed in a round trip", json);
    if (a.solver != b.solver) lif::fuzz::propertyFailed("solver changed in a round trip", json);
    if (a.dt_ms != b.dt_ms) lif::fuzz::propertyFailed("dt_ms changed in a round trip", json);
    if (session.duration_ms != back.duration_ms) lif::fuzz::propertyFailed("duration changed in a round trip", json);
    if (!(session.view == back.view)) lif::fuzz::propertyFailed("view changed in a round trip", json);
    if (session.inputSpikesSource != back.inputSpikesSource) {
        lif::fuzz::propertyFailed("input_spikes_source changed in a round trip", json);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = lif::fuzz::textOf(data, size);
    // The JSON layer alone first: it has more shapes (nesting, escapes) than a session accepts.
    try {
        (void)lif::parseJson(text, "fuzz.json");
    } catch (const lif::InputError&) {
        return 0;
    }
    lif::Session session;
    try {
        session = lif::parseSession(text, "fuzz.json");
    } catch (const lif::InputError&) {
        return 0;
    }
    checkRoundTrip(session);
    return 0;
}

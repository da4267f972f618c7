// Session files come from users and other machines: parseSession (and parseJson under it) must refuse any text with
// lif::InputError, and a session it accepts must survive sessionToJson and back unchanged. Its text fields also
// reach the metadata of exported CSVs, which must still read back (no line of it may escape its '#').
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "core/io/csv.h"
#include "core/io/json.h"
#include "core/io/session.h"
#include "core/model/errors.h"
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

void checkCsvExport(const lif::Session& session) {
    std::ostringstream out;
    lif::writeSpikesCsv(out, session, "fuzz", {0.5, 1.5});
    const std::string csv = out.str();
    lif::CsvTable table;
    try {
        table = lif::parseLifscopeCsv(csv, "export");
    } catch (const lif::InputError& error) {
        lif::fuzz::propertyFailed("an exported spikes CSV does not read back", std::string(error.what()) + "\n" + csv);
    }
    if (table.header != std::vector<std::string>{"spike_time_ms"} || table.rows.size() != 2) {
        lif::fuzz::propertyFailed("an exported spikes CSV reads back with another header or rows", csv);
    }
    if (table.metadata["stimulus"] != session.run.stimulus.toString()) {
        lif::fuzz::propertyFailed("the stimulus metadata of an exported CSV changed", csv);
    }
    // numpy's genfromtxt(skip_header=K) trusts the count in the first line: it must be the number of '#' lines.
    const std::size_t announced = std::stoul(csv.substr(csv.find(": ") + 2));
    std::size_t commentLines = 0;
    for (std::size_t start = 0; start < csv.size() && csv[start] == '#';) {
        ++commentLines;
        const std::size_t end = csv.find('\n', start);
        if (end == std::string::npos) break;
        start = end + 1;
    }
    if (commentLines != announced)
        lif::fuzz::propertyFailed("the metadata line count of an exported CSV is wrong", csv);
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
    checkCsvExport(session);
    return 0;
}

// Input-spike files are hand-written or exported by other tools: parseInputSpikesCsv must refuse anything malformed
// with lif::InputError, and what it accepts must keep its documented promise (finite, non-negative, sorted times).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/io/input_spikes_csv.h"
#include "core/model/errors.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<lif::InputSpike> spikes;
    try {
        spikes = lif::parseInputSpikesCsv(lif::fuzz::textOf(data, size), "fuzz.csv");
    } catch (const lif::InputError&) {
        return 0;
    }
    double previous = 0.0;
    for (const auto& spike : spikes) {
        if (!std::isfinite(spike.time_ms) || spike.time_ms < 0.0) {
            lif::fuzz::propertyFailed("an accepted input spike time is negative or not finite");
        }
        if (spike.time_ms < previous) lif::fuzz::propertyFailed("accepted input spike times decrease");
        if (spike.channel != lif::Channel::Excitatory && spike.channel != lif::Channel::Inhibitory) {
            lif::fuzz::propertyFailed("an accepted input spike has no valid channel");
        }
        previous = spike.time_ms;
    }
    return 0;
}

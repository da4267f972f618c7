// Stimulus specs come from --stimulus, session files and the window's text field: StimulusSpec::parse must refuse
// bad text with lif::InputError; an accepted spec must be valid, print as text that parses back to the same spec,
// and be usable by the simulator's stimulus process without trouble at its first break.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/model/errors.h"
#include "core/model/stimulus.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = lif::fuzz::textOf(data, size);
    lif::StimulusSpec spec;
    try {
        spec = lif::StimulusSpec::parse(text);
    } catch (const lif::InputError&) {
        return 0;
    }
    try {
        spec.validate();
    } catch (const lif::InputError& error) {
        lif::fuzz::propertyFailed("parse accepted a spec that validate refuses", error.what());
    }
    const std::string canonical = spec.toString();
    lif::StimulusSpec back;
    try {
        back = lif::StimulusSpec::parse(canonical);
    } catch (const lif::InputError& error) {
        lif::fuzz::propertyFailed("toString wrote a spec that parse refuses", canonical + "\n" + error.what());
    }
    if (back != spec) lif::fuzz::propertyFailed("parse(spec.toString()) != spec", text + " -> " + canonical);

    // The first few pieces of the realised protocol: breaks must move strictly forward.
    lif::StimulusProcess process(spec, 1);
    long double t = 0.0L;
    for (int piece = 0; piece < 8; ++piece) {
        (void)process.driveFrom(t);
        const long double next = process.nextBreakAfter(t);
        if (next == lif::kNever) break;
        if (!(next > t)) lif::fuzz::propertyFailed("nextBreakAfter(t) is not after t", canonical);
        t = next;
    }
    return 0;
}

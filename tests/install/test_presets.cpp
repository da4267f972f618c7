// The preset sessions in data/presets: each is found through the build tree's data folder by the same rule as an
// installed lifscope, loads with readSessionFile, runs headless, and does what its name promises.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "core/engine/simulator.h"
#include "core/io/data_paths.h"
#include "core/io/session.h"
#include "core/model/analytic.h"

namespace lif {
namespace {

namespace fs = std::filesystem;

fs::path presets() {
    const auto data = findDataDirectory(LIFSCOPE_BIN, "");
    if (!data) {
        ADD_FAILURE() << "no data folder beside " << LIFSCOPE_BIN << " (looked in "
                      << dataDirectoryCandidates(LIFSCOPE_BIN, "").back() << ")";
        return {};
    }
    return presetsDirectory(*data);
}

std::size_t spikeCount(const Session& session) {
    Simulator simulator(session.run);
    Batch out;
    simulator.advanceTo(session.duration_ms, out);
    return out.spikeTimes_ms.size();
}

// Spikes of a constant current switched on for `on_ms` from rest: the first after ISI - tref, then one per ISI.
std::size_t constantCurrentSpikes(const Parameters& p, double current_pA, double on_ms) {
    const double isi = analytic::interSpikeInterval_ms(p, current_pA);
    return std::isfinite(isi) ? static_cast<std::size_t>(std::floor((on_ms + p.tref) / isi)) : 0;
}

const std::map<std::string, std::string>& expectedStimuli() {
    static const std::map<std::string, std::string> stimuli = {
        {"regular-firing-500pA.json", "const:500"},       {"near-rheobase-380pA.json", "const:380"},
        {"below-rheobase-370pA.json", "const:370"},       {"poisson-driven-balanced.json", "const:0"},
        {"step-protocol-500pA.json", "step:500,100,600"},
    };
    return stimuli;
}

TEST(Presets, TheBuildTreeFindsTheSourceDataFolder) {
    const fs::path folder = presets();
    ASSERT_TRUE(fs::is_directory(folder)) << folder;
    EXPECT_TRUE(fs::equivalent(folder, fs::path(LIFSCOPE_SOURCE_DIR) / "data" / "presets")) << folder;
}

TEST(Presets, EveryFileIsKnownAndEveryKnownFileIsThere) {
    std::set<std::string> files;
    for (const auto& entry : fs::directory_iterator(presets())) {
        files.insert(entry.path().filename().string());
    }
    std::set<std::string> known;
    for (const auto& [name, stimulus] : expectedStimuli()) {
        known.insert(name);
    }
    EXPECT_EQ(files, known) << "a new preset needs its expectation here (and a line in docs/lifscope.1.in)";
}

TEST(Presets, EachLoadsAndCarriesTheStimulusItsNameSays) {
    for (const auto& [name, stimulus] : expectedStimuli()) {
        const Session session = readSessionFile((presets() / name).string());
        EXPECT_EQ(session.run.stimulus.toString(), stimulus) << name;
        EXPECT_TRUE(session.run.inputSpikes.empty()) << name;
    }
}

TEST(Presets, ConstantCurrentsFireAsTheClosedFormSays) {
    for (const char* name : {"regular-firing-500pA.json", "near-rheobase-380pA.json", "below-rheobase-370pA.json"}) {
        const Session session = readSessionFile((presets() / name).string());
        const Parameters& p = session.run.parameters;
        const double current = session.run.stimulus.amplitude();
        EXPECT_EQ(spikeCount(session), constantCurrentSpikes(p, current, session.duration_ms)) << name;
    }
    const Parameters p = readSessionFile((presets() / "regular-firing-500pA.json").string()).run.parameters;
    EXPECT_GT(500.0, analytic::rheobase_pA(p));
    EXPECT_LT(370.0, analytic::rheobase_pA(p));
    EXPECT_GT(380.0, analytic::rheobase_pA(p));
    EXPECT_LT(380.0 - analytic::rheobase_pA(p), 10.0) << "near the rheobase means within a few pA";
}

TEST(Presets, TheStepFiresOnlyWhileItIsOn) {
    const Session session = readSessionFile((presets() / "step-protocol-500pA.json").string());
    Simulator simulator(session.run);
    Batch out;
    simulator.advanceTo(session.duration_ms, out);
    ASSERT_FALSE(out.spikeTimes_ms.empty());
    EXPECT_GT(out.spikeTimes_ms.front(), 100.0);
    EXPECT_LT(out.spikeTimes_ms.back(), 600.0);
    EXPECT_EQ(out.spikeTimes_ms.size(), constantCurrentSpikes(session.run.parameters, 500.0, 500.0));
}

TEST(Presets, ThePoissonPresetFiresFromFluctuationsWithAMeanBelowTheRheobase) {
    const Session session = readSessionFile((presets() / "poisson-driven-balanced.json").string());
    const Parameters& p = session.run.parameters;
    // Mean synaptic current of a Poisson train: rate x jump x decay time (Hz x pA x s).
    const double mean_pA = p.rateE * p.wE * p.tauE / 1000.0 - p.rateI * p.wI * p.tauI / 1000.0;
    EXPECT_GT(mean_pA, 0.0);
    EXPECT_LT(mean_pA, analytic::rheobase_pA(p));
    const double rate_Hz = 1000.0 * static_cast<double>(spikeCount(session)) / session.duration_ms;
    EXPECT_GT(rate_Hz, 2.0);
    EXPECT_LT(rate_Hz, 40.0);
}

}  // namespace
}  // namespace lif

// A protocol's times count from when it is applied (lif::appliedAt): in the simulator, in a recorded history and
// in its replay.
#include <gtest/gtest.h>

#include <vector>

#include "core/engine/batch_runner.h"
#include "core/engine/simulator.h"
#include "core/model/run_history.h"

namespace lif {
namespace {

double injectedAt(const Batch& batch, double t_ms) {
    for (const Sample& sample : batch.samples) {
        if (sample.t_ms >= t_ms - 1e-9) {
            return sample.Iext_pA;
        }
    }
    ADD_FAILURE() << "no sample at " << t_ms;
    return 0.0;
}

ModelSetup constant(double current) {
    ModelSetup setup;
    setup.stimulus = StimulusSpec::parse("const:" + std::to_string(current));
    return setup;
}

TEST(StimulusStart, TypedSpecsStartAtZeroAndAppliedAtResolvesTheRest) {
    // Every spec a person types starts at 0 and has never been triggered: the CLI's times are absolute.
    const StimulusSpec spec = StimulusSpec::parse("step:500,100,600");
    EXPECT_EQ(spec.start_ms, 0.0);
    EXPECT_EQ(spec.trigger, 0u);
    // A new kind or trigger starts now; the same trigger keeps the start; protocols without times keep 0.
    StimulusSpec running = spec;
    running.start_ms = 121000.0;
    running.trigger = 3;
    StimulusSpec louder = running;
    louder.values[0] = 700.0;
    louder.start_ms = 0.0;
    EXPECT_EQ(appliedAt(running, louder, 125000.0).start_ms, 121000.0);
    StimulusSpec again = louder;
    again.trigger = 4;
    EXPECT_EQ(appliedAt(running, again, 125000.0).start_ms, 125000.0);
    EXPECT_EQ(appliedAt(StimulusSpec::parse("const:1"), spec, 7.0).start_ms, 7.0);
    EXPECT_EQ(appliedAt(running, StimulusSpec::parse("noise:1,2,3"), 7.0).start_ms, 0.0);
}

TEST(StimulusStart, AStepAppliedAt121sRunsFromThere) {
    RunSetup setup;
    setup.model() = constant(0.0);
    setup.dt_ms = 1.0;
    Simulator simulator(setup);
    Batch batch;
    simulator.advanceTo(121000.0, batch);
    ModelSetup step = setup.model();
    step.stimulus = StimulusSpec::parse("step:500,100,600");
    step.stimulus.trigger = 1;
    simulator.apply(step);
    simulator.advanceTo(121300.0, batch);
    ModelSetup louder = step;  // the headline slider: same trigger, the step keeps running from 121 s
    louder.stimulus.values[0] = 700.0;
    simulator.apply(louder);
    simulator.advanceTo(122000.0, batch);
    EXPECT_EQ(injectedAt(batch, 121050.0), 0.0);
    EXPECT_EQ(injectedAt(batch, 121100.0), 500.0);
    EXPECT_EQ(injectedAt(batch, 121299.0), 500.0);
    EXPECT_EQ(injectedAt(batch, 121301.0), 700.0);  // the sample at the change time is from before it
    EXPECT_EQ(injectedAt(batch, 121599.0), 700.0);
    EXPECT_EQ(injectedAt(batch, 121600.0), 0.0);
}

TEST(StimulusStart, AHistoryRecordsTheStartAndItsReplayIsTheLiveRun) {
    RunSetup setup;
    setup.model() = constant(500.0);
    setup.dt_ms = 0.5;
    // The live run, as the window's worker does it: the change takes effect where the simulator is.
    Simulator live(setup);
    Batch expected;
    RunHistory history(setup.model());
    const auto change = [&](double t, ModelSetup next) {
        live.advanceTo(t, expected);
        live.apply(next);
        next.stimulus = appliedAt(history.latest().stimulus, next.stimulus, live.time());
        history.record(live.time(), next);
    };
    ModelSetup ramp = setup.model();
    ramp.stimulus = StimulusSpec::parse("ramp:0,800,100,900");
    ramp.stimulus.trigger = 1;
    change(2000.0, ramp);
    ModelSetup again = ramp;
    again.stimulus.trigger = 2;
    change(2500.0, again);  // applied again half way: starts over from 0 pA
    live.advanceTo(4000.0, expected);
    history.reach(4000.0);
    EXPECT_EQ(history.setupAt(2200.0).stimulus.start_ms, 2000.0);
    EXPECT_EQ(history.setupAt(3000.0).stimulus.start_ms, 2500.0);
    EXPECT_EQ(injectedAt(expected, 2500.0 + 100.0), 0.0);
    EXPECT_NEAR(injectedAt(expected, 2500.0 + 500.0), 400.0, 1e-9);

    Batch replayed;
    BatchRun run;
    run.end_ms = 4000.0;
    run.chunk_ms = 333.0;
    run.history = &history;
    const auto sink = [&](const Batch& chunk) {
        replayed.samples.insert(replayed.samples.end(), chunk.samples.begin(), chunk.samples.end());
        replayed.spikeTimes_ms.insert(replayed.spikeTimes_ms.end(), chunk.spikeTimes_ms.begin(),
                                      chunk.spikeTimes_ms.end());
        return true;
    };
    ASSERT_EQ(runBatch(setup, run, sink), BatchOutcome::Finished);
    ASSERT_EQ(replayed.samples.size(), expected.samples.size());
    for (std::size_t i = 0; i < expected.samples.size(); ++i) {
        ASSERT_EQ(replayed.samples[i].Iext_pA, expected.samples[i].Iext_pA) << expected.samples[i].t_ms;
        ASSERT_EQ(replayed.samples[i].V_mV, expected.samples[i].V_mV) << expected.samples[i].t_ms;
    }
    EXPECT_EQ(replayed.spikeTimes_ms, expected.spikeTimes_ms);
}

}  // namespace
}  // namespace lif

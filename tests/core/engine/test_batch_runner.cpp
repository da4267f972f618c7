#include "core/engine/batch_runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/engine/simulator.h"
#include "core/model/errors.h"

namespace lif {
namespace {

RunSetup firing(double dt = 0.5) {
    RunSetup setup;
    setup.stimulus = StimulusSpec::parse("noise:450,120,4");
    setup.parameters.rateE = 800.0;
    setup.parameters.rateI = 300.0;
    setup.dt_ms = dt;
    return setup;
}

void append(Batch& to, const Batch& from) {
    to.samples.insert(to.samples.end(), from.samples.begin(), from.samples.end());
    to.spikeTimes_ms.insert(to.spikeTimes_ms.end(), from.spikeTimes_ms.begin(), from.spikeTimes_ms.end());
}

void expectSame(const Batch& a, const Batch& b) {
    ASSERT_EQ(a.samples.size(), b.samples.size());
    for (std::size_t i = 0; i < a.samples.size(); ++i) {
        ASSERT_EQ(a.samples[i].t_ms, b.samples[i].t_ms) << i;
        ASSERT_EQ(a.samples[i].V_mV, b.samples[i].V_mV) << i;
        ASSERT_EQ(a.samples[i].Iext_pA, b.samples[i].Iext_pA) << i;
        ASSERT_EQ(a.samples[i].Isyn_pA, b.samples[i].Isyn_pA) << i;
    }
    EXPECT_EQ(a.spikeTimes_ms, b.spikeTimes_ms);
}

/// What the sink saw: everything, and where each chunk ended (its last sample's time).
struct Recorder {
    Batch all;
    std::vector<double> chunkEnds;
    BatchSink sink() {
        return [this](const Batch& chunk) {
            append(all, chunk);
            chunkEnds.push_back(chunk.samples.empty() ? -1.0 : chunk.samples.back().t_ms);
            return true;
        };
    }
};

TEST(BatchRunner, GivesWhatOneAdvanceGivesWithChunksOnTheGrid) {
    Simulator simulator(firing());
    Batch expected;
    simulator.advanceTo(2500.0, expected);

    Recorder recorder;
    BatchRun run;
    run.end_ms = 2500.0;
    run.chunk_ms = 1000.0;
    std::atomic<double> progress{-1.0};
    run.progress = &progress;
    EXPECT_EQ(runBatch(firing(), run, recorder.sink()), BatchOutcome::Finished);
    expectSame(recorder.all, expected);
    EXPECT_EQ(recorder.chunkEnds, (std::vector<double>{1000.0, 2000.0, 2500.0}));
    EXPECT_EQ(progress.load(), 1.0);
    EXPECT_GT(expected.spikeTimes_ms.size(), 10u) << "the comparison must cover spikes";
}

TEST(BatchRunner, EndAtZeroGivesTheFirstSample) {
    Recorder recorder;
    BatchRun run;
    run.end_ms = 0.0;
    EXPECT_EQ(runBatch(firing(), run, recorder.sink()), BatchOutcome::Finished);
    ASSERT_EQ(recorder.all.samples.size(), 1u);
    EXPECT_EQ(recorder.all.samples[0].t_ms, 0.0);
}

TEST(BatchRunner, SinkReturningFalseCancels) {
    int calls = 0;
    BatchRun run;
    run.end_ms = 5000.0;
    run.chunk_ms = 1000.0;
    const auto outcome = runBatch(firing(), run, [&](const Batch&) { return ++calls < 2; });
    EXPECT_EQ(outcome, BatchOutcome::Cancelled);
    EXPECT_EQ(calls, 2);
}

TEST(BatchRunner, CancelFlagIsLookedAtBeforeEachChunk) {
    std::atomic<bool> cancel{true};
    BatchRun run;
    run.end_ms = 5000.0;
    run.chunk_ms = 1000.0;
    run.cancel = &cancel;
    int calls = 0;
    const BatchSink count = [&](const Batch&) {
        ++calls;
        return true;
    };
    EXPECT_EQ(runBatch(firing(), run, count), BatchOutcome::Cancelled);
    EXPECT_EQ(calls, 0) << "set before the start: nothing runs";

    cancel = false;
    std::atomic<double> progress{0.0};
    run.progress = &progress;
    const BatchSink cancelAfterTwo = [&](const Batch&) {
        if (++calls == 2) cancel = true;
        return true;
    };
    calls = 0;
    EXPECT_EQ(runBatch(firing(), run, cancelAfterTwo), BatchOutcome::Cancelled);
    EXPECT_EQ(calls, 2);
    EXPECT_DOUBLE_EQ(progress.load(), 0.4);
}

TEST(BatchRunner, WhatTheSinkThrowsComesThrough) {
    BatchRun run;
    run.end_ms = 100.0;
    EXPECT_THROW(runBatch(firing(), run, [](const Batch&) -> bool { throw OutputError("disk full"); }), OutputError);
}

TEST(BatchRunner, RefusesBadEndsAndBadSetups) {
    BatchRun run;
    const BatchSink ignore = [](const Batch&) { return true; };
    run.end_ms = -1.0;
    EXPECT_THROW(runBatch(firing(), run, ignore), InputError);
    run.end_ms = std::numeric_limits<double>::infinity();
    EXPECT_THROW(runBatch(firing(), run, ignore), InputError);
    run.end_ms = 10.0;
    RunSetup bad = firing();
    bad.parameters.Vreset = -40.0;
    EXPECT_THROW(runBatch(bad, run, ignore), InputError);
    run.chunk_ms = 0.0;
    EXPECT_THROW(runBatch(firing(), run, ignore), std::invalid_argument);
}

constexpr double kSecondAt_ms = 300.0;
constexpr double kThirdAt_ms = 700.0;

/// The history of a live run: a threshold change at 300 ms, a new stimulus and solver at 700 ms.
RunHistory historyOfALiveRun(ModelSetup& second, ModelSetup& third) {
    const ModelSetup initial = firing().model();
    RunHistory history(initial);
    second = initial;
    second.parameters.Vth = -52.0;
    history.record(kSecondAt_ms, second);
    third = second;
    third.stimulus = StimulusSpec::parse("step:900,710,900");
    third.solver = SolverKind::Exact;
    history.record(kThirdAt_ms, third);
    history.reach(1200.0);
    return history;
}

/// What the live window received up to `end_ms` in that run: the simulator advanced to each change time, the
/// change applied there (a change at or after the end is not).
Batch liveRunTo(double end_ms, const ModelSetup& second, const ModelSetup& third) {
    Simulator live(firing());
    Batch received;
    for (const auto& [at_ms, setup] : {std::pair(kSecondAt_ms, &second), std::pair(kThirdAt_ms, &third)}) {
        if (at_ms >= end_ms) break;
        live.advanceTo(at_ms, received);
        live.apply(*setup);
    }
    live.advanceTo(end_ms, received);
    return received;
}

TEST(BatchRunner, ReplaysAHistoryChangingExactlyAtEachChangeTime) {
    ModelSetup second;
    ModelSetup third;
    const RunHistory history = historyOfALiveRun(second, third);
    const Batch expected = liveRunTo(1200.0, second, third);

    RunSetup start = firing();
    start.model() = defaultModelSetup();  // the history's initial setup is the one at t = 0
    Recorder recorder;
    BatchRun run;
    run.end_ms = 1200.0;
    run.chunk_ms = 250.0;
    run.history = &history;
    EXPECT_EQ(runBatch(start, run, recorder.sink()), BatchOutcome::Finished);
    expectSame(recorder.all, expected);
    EXPECT_EQ(recorder.chunkEnds, (std::vector<double>{250.0, 300.0, 550.0, 700.0, 950.0, 1200.0}));
}

TEST(BatchRunner, ChangesAfterTheEndAreNotApplied) {
    ModelSetup second;
    ModelSetup third;
    const RunHistory history = historyOfALiveRun(second, third);
    const Batch expected = liveRunTo(500.0, second, third);

    Recorder recorder;
    BatchRun run;
    run.end_ms = 500.0;
    run.history = &history;
    EXPECT_EQ(runBatch(firing(), run, recorder.sink()), BatchOutcome::Finished);
    expectSame(recorder.all, expected);
}

TEST(BatchRunner, AChangeAtZeroComesAfterTheFirstSample) {
    const ModelSetup initial = firing().model();
    RunHistory history(initial);
    ModelSetup louder = initial;
    louder.stimulus = StimulusSpec::parse("const:800");
    history.record(0.0, louder);
    history.reach(50.0);
    Recorder recorder;
    BatchRun run;
    run.end_ms = 50.0;
    run.history = &history;
    ASSERT_EQ(runBatch(firing(), run, recorder.sink()), BatchOutcome::Finished);
    ASSERT_GT(recorder.all.samples.size(), 2u);
    EXPECT_NE(recorder.all.samples[0].Iext_pA, 800.0) << "the sample at t = 0 shows the setup before the change";
    EXPECT_EQ(recorder.all.samples[1].Iext_pA, 800.0);
}

TEST(BatchRunner, RefusesAHistoryThatForgotItsStart) {
    ModelSetup setup = firing().model();
    RunHistory history(setup);
    for (std::size_t i = 0; i <= RunHistory::kMaxEdits; ++i) {
        setup.stimulus.setAmplitude(i % 2 == 0 ? 400.0 : 600.0);
        history.record(static_cast<double>(i + 1), setup);
    }
    ASSERT_FALSE(history.complete());
    BatchRun run;
    run.end_ms = 10.0;
    run.history = &history;
    try {
        runBatch(firing(), run, [](const Batch&) { return true; });
        FAIL() << "an incomplete history was replayed";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("cannot be replayed from t = 0"), std::string::npos) << error.what();
        EXPECT_TRUE(error.concerns("history"));
    }
}

}  // namespace
}  // namespace lif

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/engine/simulator.h"
#include "core/model/analytic.h"
#include "core/model/errors.h"

namespace lif {
namespace {

RunSetup setupWith(const char* stimulus, double dt = 0.1) {
    RunSetup setup;
    setup.stimulus = StimulusSpec::parse(stimulus);
    setup.dt_ms = dt;
    return setup;
}

TEST(Simulator, ChunkingDoesNotChangeTheResult) {
    RunSetup setup = setupWith("noise:450,120,4");
    setup.parameters.rateE = 800.0;
    setup.parameters.rateI = 300.0;
    Simulator whole(setup);
    Batch all;
    whole.advanceTo(2000.0, all);

    Simulator pieces(setup);
    Batch collected;
    std::mt19937 random(5);
    std::uniform_real_distribution<double> chunk(0.0, 7.0);
    double t = 0.0;
    while (t < 2000.0) {
        t = std::min(2000.0, t + chunk(random));
        Batch part;
        pieces.advanceTo(t, part);
        collected.samples.insert(collected.samples.end(), part.samples.begin(), part.samples.end());
        collected.spikeTimes_ms.insert(collected.spikeTimes_ms.end(), part.spikeTimes_ms.begin(),
                                       part.spikeTimes_ms.end());
    }
    ASSERT_GT(all.spikeTimes_ms.size(), 10u);
    EXPECT_EQ(collected.spikeTimes_ms, all.spikeTimes_ms);
    ASSERT_EQ(collected.samples.size(), all.samples.size());
    for (std::size_t i = 0; i < all.samples.size(); ++i) {
        EXPECT_EQ(collected.samples[i].V_mV, all.samples[i].V_mV) << i;
        EXPECT_EQ(collected.samples[i].Isyn_pA, all.samples[i].Isyn_pA) << i;
    }
}

TEST(Simulator, SamplesAndStimulusEdgesComeInTheirExactOrder) {
    // Noise holds each value for cells of 0.1 ms whose edges c * 0.1 the stimulus computes in long double: the
    // edge of cell 5 lies 2.8e-17 ms after the sample at t = 10 * 0.05 = 0.5 (a double), and that sample still
    // shows cell 4. Each sample must show the cell its exact time falls in: equal currents within a cell, a new
    // one after each edge.
    Simulator simulator(setupWith("noise:400,150,2", 0.05));
    Batch batch;
    simulator.advanceTo(100.0, batch);
    ASSERT_EQ(batch.samples.size(), 2001u);
    const auto step = static_cast<long double>(0.1);  // the stimulus's cell, a double widened
    const auto cellOf = [step](double t) {
        auto cell = static_cast<long long>(std::floor(static_cast<long double>(t) / step));
        while (static_cast<long double>(cell + 1) * step <= t)
            ++cell;
        while (static_cast<long double>(cell) * step > t)
            --cell;
        return cell;
    };
    int edgesJustAfterASample = 0;
    for (std::size_t k = 1; k < batch.samples.size(); ++k) {
        const double t = batch.samples[k].t_ms;
        const bool sameCell = cellOf(t) == cellOf(batch.samples[k - 1].t_ms);
        EXPECT_EQ(batch.samples[k].Iext_pA == batch.samples[k - 1].Iext_pA, sameCell) << "t = " << t;
        if (static_cast<long double>(cellOf(t) + 1) * step - t < 1e-15L) ++edgesJustAfterASample;
    }
    EXPECT_GT(edgesJustAfterASample, 10) << "the case this test is about";
}

TEST(Simulator, TraceIsSampledAtEveryDtIncludingBothEnds) {
    Simulator simulator(setupWith("const:500", 0.1));
    Batch batch;
    simulator.advanceTo(1000.0, batch);
    ASSERT_EQ(batch.samples.size(), 10001u);
    for (std::size_t k = 0; k < batch.samples.size(); ++k) {
        EXPECT_EQ(batch.samples[k].t_ms, static_cast<double>(k) * 0.1);
    }
    EXPECT_EQ(batch.samples.front().V_mV, -65.0);
    EXPECT_DOUBLE_EQ(simulator.time(), 1000.0);
}

TEST(Simulator, VoltageStaysBelowThresholdAndIsClampedWhileRefractory) {
    RunSetup setup = setupWith("const:800", 0.01);
    setup.parameters.tref = 5.0;
    Simulator simulator(setup);
    Batch batch;
    simulator.advanceTo(500.0, batch);
    ASSERT_GT(batch.spikeTimes_ms.size(), 5u);
    std::size_t spike = 0;
    for (const Sample& sample : batch.samples) {
        EXPECT_LE(sample.V_mV, setup.parameters.Vth + 1e-9);
        while (spike < batch.spikeTimes_ms.size() && batch.spikeTimes_ms[spike] + 5.0 < sample.t_ms)
            ++spike;
        if (spike < batch.spikeTimes_ms.size() && sample.t_ms > batch.spikeTimes_ms[spike] &&
            sample.t_ms < batch.spikeTimes_ms[spike] + 5.0) {
            EXPECT_EQ(sample.V_mV, setup.parameters.Vreset) << "t = " << sample.t_ms;
        }
    }
    for (std::size_t k = 1; k < batch.spikeTimes_ms.size(); ++k) {
        EXPECT_GE(batch.spikeTimes_ms[k] - batch.spikeTimes_ms[k - 1], 5.0);
    }
}

TEST(Simulator, SynapticCurrentDecaysExactlyAcrossRefractoriness) {
    RunSetup setup = setupWith("const:0", 0.1);
    setup.parameters.wE = 100.0;
    setup.inputSpikes = {{10.0, Channel::Excitatory}};
    Simulator simulator(setup);
    Batch batch;
    simulator.advanceTo(40.0, batch);
    for (const Sample& sample : batch.samples) {
        // Right-continuous: the sample at t = 10 already shows the jump.
        const double expected = sample.t_ms < 10.0 ? 0.0 : 100.0 * std::exp(-(sample.t_ms - 10.0) / 5.0);
        EXPECT_NEAR(sample.Isyn_pA, expected, 1e-9) << "t = " << sample.t_ms;
    }
}

TEST(Simulator, BelowRheobaseNoSpikesAboveSpikes) {
    Simulator below(setupWith("const:370"));
    Batch batch;
    below.advanceTo(2000.0, batch);
    EXPECT_TRUE(batch.spikeTimes_ms.empty());
    Simulator above(setupWith("const:380"));
    above.advanceTo(2000.0, batch);
    EXPECT_FALSE(batch.spikeTimes_ms.empty());
}

TEST(Simulator, StimulusChangeMidRunTakesEffectAtTheCursor) {
    Simulator simulator(setupWith("const:0"));
    Batch batch;
    simulator.advanceTo(100.0, batch);
    EXPECT_TRUE(batch.spikeTimes_ms.empty());
    ModelSetup next = simulator.setup().model();
    next.stimulus = StimulusSpec::parse("const:500");
    simulator.apply(next);
    batch.clear();
    simulator.advanceTo(200.0, batch);
    ASSERT_FALSE(batch.spikeTimes_ms.empty());
    EXPECT_NEAR(batch.spikeTimes_ms[0], 100.0 + 10.0 * std::log(4.0), 1e-6);
}

TEST(Simulator, ParameterChangeMidRunUsesTheNewMembrane) {
    Simulator simulator(setupWith("const:500"));
    Batch batch;
    simulator.advanceTo(100.0, batch);
    ModelSetup changed = simulator.setup().model();
    changed.parameters.gL = 40.0;  // rheobase 600 pA: the neuron stops firing
    simulator.apply(changed);
    batch.clear();
    simulator.advanceTo(1000.0, batch);
    for (const double t : batch.spikeTimes_ms)
        EXPECT_LT(t, 100.0 + 2.0 + 1e-9);
    // Lowering the threshold below the present V fires at once.
    changed.parameters.gL = 25.0;
    changed.parameters.Vth = -58.0;
    changed.parameters.Vreset = -70.0;
    const double now = simulator.time();
    const State state = simulator.stateNow();
    ASSERT_GT(state[kV], -58.0);
    simulator.apply(changed);
    batch.clear();
    simulator.advanceTo(now + 1.0, batch);
    ASSERT_FALSE(batch.spikeTimes_ms.empty());
    EXPECT_EQ(batch.spikeTimes_ms.front(), now);
}

TEST(Simulator, InvalidChangeLeavesTheRunUntouched) {
    Simulator simulator(setupWith("const:500"));
    Batch batch;
    simulator.advanceTo(50.0, batch);
    const ModelSetup before = simulator.setup().model();
    ModelSetup bad = before;
    bad.parameters.Vreset = -40.0;
    EXPECT_THROW(simulator.apply(bad), InputError);
    EXPECT_EQ(simulator.setup().model(), before);
    // A valid membrane with an invalid stimulus is refused whole: the valid half is not applied on its own.
    ModelSetup halfBad = before;
    halfBad.parameters.gL = 40.0;
    halfBad.solver = SolverKind::Rk4;
    halfBad.stimulus = StimulusSpec{StimulusKind::Step, {1.0, 10.0, 5.0, 0.0}};
    EXPECT_THROW(simulator.apply(halfBad), InputError);
    EXPECT_EQ(simulator.setup().model(), before);
    // Refused changes did not restart the solver: the run goes on exactly as one that was never touched.
    simulator.advanceTo(100.0, batch);
    Simulator untouched(setupWith("const:500"));
    Batch reference;
    untouched.advanceTo(100.0, reference);
    EXPECT_EQ(batch.spikeTimes_ms, reference.spikeTimes_ms);
}

TEST(Simulator, ForwardEulerShowsItsErrorAndDopriDoesNot) {
    RunSetup setup = setupWith("const:500", 0.0);
    Simulator exact(setup);
    setup.solver = SolverKind::Euler;
    setup.parameters.maxStep = 0.1;
    Simulator euler(setup);
    Batch a;
    Batch b;
    exact.advanceTo(1000.0, a);
    euler.advanceTo(1000.0, b);
    ASSERT_FALSE(a.spikeTimes_ms.empty());
    ASSERT_FALSE(b.spikeTimes_ms.empty());
    const double firstExact = 10.0 * std::log(4.0);
    EXPECT_NEAR(a.spikeTimes_ms[0], firstExact, 1e-9);
    const double eulerError = std::fabs(b.spikeTimes_ms[0] - firstExact);
    EXPECT_GT(eulerError, 1e-3) << "Euler at 0.1 ms should be visibly wrong";
    EXPECT_LT(eulerError, 0.5);
}

TEST(Simulator, FixedStepBeyondTheFastestTimeConstantIsRefused) {
    // Forward Euler with a 1 ms step on a 0.1 ms synaptic time constant would multiply Ie by -9 every step, and on
    // a 0.05 ms membrane (C = 10, gL = 200) fired 34 spikes for a subthreshold const:500: such numbers are refused,
    // not run, with a message naming maxStep, its value and the limit.
    RunSetup setup = setupWith("const:0", 0.1);
    setup.solver = SolverKind::Euler;
    setup.parameters.tauE = 0.1;
    setup.parameters.maxStep = 1.0;
    try {
        Simulator simulator(setup);
        FAIL() << "expected an InputError";
    } catch (const InputError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("maxStep = 1 ms"), std::string::npos) << message;
        EXPECT_NE(message.find("0.1 ms"), std::string::npos) << message;
        EXPECT_TRUE(error.concerns("maxStep"));
    }
    RunSetup membrane = setupWith("const:500", 0.1);
    membrane.parameters.C = 10.0;
    membrane.parameters.gL = 200.0;
    for (const SolverKind kind : {SolverKind::Euler, SolverKind::Rk4}) {
        membrane.solver = kind;
        membrane.parameters.maxStep = 1.0;
        EXPECT_THROW(Simulator{membrane}, InputError) << solverName(kind);
        membrane.parameters.maxStep = 0.05;  // tau_m itself is allowed, and subthreshold stays silent
        Simulator simulator(membrane);
        Batch batch;
        simulator.advanceTo(200.0, batch);
        EXPECT_TRUE(batch.spikeTimes_ms.empty()) << solverName(kind);
    }
    // Adaptive and closed-form methods take any maxStep.
    membrane.parameters.maxStep = 100.0;
    for (const SolverKind kind : {SolverKind::Auto, SolverKind::Exact, SolverKind::Dopri5}) {
        membrane.solver = kind;
        EXPECT_NO_THROW(Simulator{membrane}) << solverName(kind);
    }
}

TEST(Simulator, SolverCanBeSwappedMidRun) {
    Simulator simulator(setupWith("const:500"));
    Batch batch;
    simulator.advanceTo(100.0, batch);
    ModelSetup next = simulator.setup().model();
    next.solver = SolverKind::Rk4;
    next.parameters.maxStep = 0.01;
    simulator.apply(next);
    simulator.advanceTo(200.0, batch);
    EXPECT_EQ(simulator.setup().solver, SolverKind::Rk4);
    // The swap keeps the state: the spikes before and after it are those of one closed-form run, to RK4's error.
    const auto reference = analytic::referenceSpikeTimes(Parameters{}, StimulusSpec::parse("const:500"), {}, 200.0);
    ASSERT_EQ(batch.spikeTimes_ms.size(), reference.size());
    for (std::size_t i = 0; i < reference.size(); ++i) {
        EXPECT_NEAR(batch.spikeTimes_ms[i], static_cast<double>(reference[i]), 1e-6) << "spike " << i;
    }
}

TEST(Simulator, RefusesAnInvalidSetup) {
    RunSetup setup = setupWith("const:500");
    setup.parameters.C = 0.0;
    EXPECT_THROW(Simulator{setup}, InputError);
}

TEST(Simulator, WorkBudgetReturnsEarlyAndResumesExactly) {
    RunSetup setup = setupWith("noise:450,120,4");
    setup.parameters.rateE = 800.0;
    Simulator whole(setup);
    Batch all;
    EXPECT_TRUE(whole.advanceTo(500.0, all));

    Simulator budgeted(setup);
    Batch pieces;
    int calls = 0;
    while (!budgeted.advanceTo(500.0, pieces, 25)) {
        ++calls;
        ASSERT_LT(budgeted.time(), 500.0);
        ASSERT_LT(calls, 1000000);
    }
    EXPECT_GT(calls, 10) << "a budget of 25 steps must cut a 500 ms noisy run into many calls";
    EXPECT_EQ(pieces.spikeTimes_ms, all.spikeTimes_ms);
    ASSERT_EQ(pieces.samples.size(), all.samples.size());
    for (std::size_t i = 0; i < all.samples.size(); ++i)
        EXPECT_EQ(pieces.samples[i].V_mV, all.samples[i].V_mV);
}

TEST(Simulator, FiringWithoutBoundStopsWithAMessage) {
    // Allowed values, absurd together: a 10 pF membrane driven by 20 nA, reset a nanovolt below threshold and no
    // refractoriness would fire at about 2e9 Hz. The engine stops above 1e6 Hz, after 1000 spikes.
    RunSetup setup = setupWith("const:20000", 0.0);
    setup.parameters.C = 10.0;
    setup.parameters.tref = 0.0;
    setup.parameters.Vreset = setup.parameters.Vth - 1e-9;
    Simulator simulator(setup);
    Batch batch;
    try {
        simulator.advanceTo(10.0, batch);
        FAIL() << "expected a SolverError";
    } catch (const SolverError& error) {
        EXPECT_NE(std::string(error.what()).find("faster than 1e+06 Hz"), std::string::npos) << error.what();
    }
    EXPECT_LE(batch.spikeTimes_ms.size(), 1001u) << "the storm is stopped before it fills memory";
    EXPECT_THROW(simulator.advanceTo(20.0, batch), SolverError) << "a failed run stays stopped";
    ModelSetup sane = setup.model();
    sane.parameters.tref = 2.0;
    simulator.apply(sane);
    batch.clear();
    EXPECT_NO_THROW(simulator.advanceTo(simulator.time() + 10.0, batch));
    EXPECT_FALSE(batch.spikeTimes_ms.empty());
}

TEST(Simulator, SampleIntervalCanChangeMidRun) {
    Simulator simulator(setupWith("const:500", 0.1));
    Batch batch;
    simulator.advanceTo(10.0, batch);
    ASSERT_EQ(batch.samples.size(), 101u);
    simulator.setSampleInterval(2.0);
    batch.clear();
    simulator.advanceTo(20.0, batch);
    ASSERT_EQ(batch.samples.size(), 5u);
    EXPECT_EQ(batch.samples.front().t_ms, 12.0);
    EXPECT_EQ(batch.samples.back().t_ms, 20.0);
    simulator.setSampleInterval(0.0);
    batch.clear();
    simulator.advanceTo(30.0, batch);
    EXPECT_TRUE(batch.samples.empty());
    EXPECT_THROW(simulator.setSampleInterval(-1.0), InputError);
}

}  // namespace
}  // namespace lif

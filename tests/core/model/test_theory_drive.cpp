// V_inf(t) from the actual drive (core/model/theory_drive.h) and the prediction with synaptic input
// (core/model/theory.h) against numbers worked out by hand and against long simulations.
#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/engine/simulator.h"
#include "core/model/theory.h"
#include "core/model/theory_drive.h"

namespace lif::theory {
namespace {

constexpr double kPi = 3.14159265358979323846;

/// The default neuron (EL -65 mV, gL 25 nS: V_inf = -65 + I / 25) with a step of 500 pA applied at 121 s.
ModelSetup stepAppliedAt121s() {
    ModelSetup setup;
    setup.stimulus = StimulusSpec::parse("step:500,100,600");
    setup.stimulus.start_ms = 121000.0;
    return setup;
}

TEST(SteadyStateAt, FollowsAStepAppliedLateThroughItsOffPhase) {
    const ModelSetup setup = stepAppliedAt121s();
    EXPECT_DOUBLE_EQ(steadyStateAt(setup, 121050.0), -65.0);  // before ON
    EXPECT_DOUBLE_EQ(steadyStateAt(setup, 121100.0), -45.0);  // ON: -65 + 500/25
    EXPECT_DOUBLE_EQ(steadyStateAt(setup, 121599.0), -45.0);
    EXPECT_DOUBLE_EQ(steadyStateAt(setup, 121600.0), -65.0);      // OFF: back to EL
    EXPECT_DOUBLE_EQ(steadyStateAt(setup, 100.0 + 50.0), -65.0);  // the step's times are not from t = 0
}

TEST(SteadyStateAt, AddsTheMeanSynapticCurrent) {
    ModelSetup setup = stepAppliedAt121s();
    setup.parameters.rateE = 2000.0;  // 2000 Hz * 50 pA * 5 ms = 500 pA on average: +20 mV
    setup.parameters.rateI = 500.0;   // 500 Hz * 100 pA * 10 ms = 500 pA: -20 mV
    setup.parameters.wI = 40.0;       // ... with wI = 40 pA: 200 pA, -8 mV
    EXPECT_DOUBLE_EQ(steadyStateAt(setup, 121050.0), -65.0 + 20.0 - 8.0);
    EXPECT_DOUBLE_EQ(steadyStateAt(setup, 121200.0), -45.0 + 20.0 - 8.0);
}

TEST(SteadyStateAt, NoiseGivesItsMeanAndARampItsLine) {
    ModelSetup noise;
    noise.stimulus = StimulusSpec::parse("noise:250,100,5");
    EXPECT_DOUBLE_EQ(steadyStateAt(noise, 1234.5), -55.0);
    ModelSetup ramp;
    ramp.stimulus = StimulusSpec::parse("ramp:0,800,100,900");
    ramp.stimulus.start_ms = 5000.0;
    EXPECT_DOUBLE_EQ(steadyStateAt(ramp, 5050.0), -65.0);         // 0 before T0
    EXPECT_DOUBLE_EQ(steadyStateAt(ramp, 5500.0), -65.0 + 16.0);  // 400 pA halfway
    EXPECT_DOUBLE_EQ(steadyStateAt(ramp, 9000.0), -65.0 + 32.0);  // I1 after T1
}

TEST(SteadyStateCurve, DrawsAStepWithVerticalEdges) {
    const std::vector<LevelPoint> curve = steadyStateCurve(stepAppliedAt121s(), 121000.0, 122000.0);
    const std::vector<std::pair<double, double>> expected{{121000.0, -65.0}, {121100.0, -65.0}, {121100.0, -45.0},
                                                          {121600.0, -45.0}, {121600.0, -65.0}, {122000.0, -65.0}};
    ASSERT_EQ(curve.size(), expected.size());
    for (std::size_t i = 0; i < curve.size(); ++i) {
        EXPECT_DOUBLE_EQ(curve[i].t_ms, expected[i].first) << i;
        EXPECT_DOUBLE_EQ(curve[i].v_mV, expected[i].second) << i;
    }
}

TEST(SteadyStateCurve, IsBoundedForFastPulsesAndFollowsASine) {
    ModelSetup pulses;
    pulses.stimulus = StimulusSpec::parse("pulses:500,0.001,0.002");
    const std::vector<LevelPoint> fast = steadyStateCurve(pulses, 0.0, 10000.0, 4000);
    EXPECT_LE(fast.size(), 8100u);
    EXPECT_DOUBLE_EQ(fast.back().t_ms, 10000.0);
    ModelSetup sine;
    sine.stimulus = StimulusSpec::parse("sine:400,100,5");  // 200 ms period, 1000 ms: 5 periods
    const std::vector<LevelPoint> wave = steadyStateCurve(sine, 0.0, 1000.0);
    EXPECT_GE(wave.size(), 5u * 32u);
    for (const LevelPoint& point : wave) {
        EXPECT_NEAR(point.v_mV, -65.0 + (400.0 + 100.0 * std::sin(2.0 * kPi * 5.0 * point.t_ms / 1000.0)) / 25.0, 1e-9);
    }
}

/// Spikes per second of a run of `duration_ms` after a 1 s warm-up.
double simulatedRate_Hz(const ModelSetup& model, double duration_ms) {
    RunSetup setup;
    setup.model() = model;
    setup.dt_ms = 0.0;
    Simulator simulator(setup);
    Batch batch;
    simulator.advanceTo(1000.0, batch);
    batch.clear();
    simulator.advanceTo(1000.0 + duration_ms, batch);
    return static_cast<double>(batch.spikeTimes_ms.size()) / (duration_ms / 1000.0);
}

TEST(PredictionWithSynapticInput, TheIssuesCaseIsFlaggedAndWithinItsBracket) {
    // Issue 12 item 3: I = 0, rateE = 2000 Hz. The mean drive is 500 pA, so V_inf = -45 mV and the closed form is
    // the 63.04 Hz of 500 pA; the neuron fires at ~60 Hz (100 s headless: 59.7 Hz). The default synapse is slow
    // (tauE / tau_m = 0.5) with 1 mV kicks: outside the diffusion approximation, which must say so.
    ModelSetup setup;
    setup.parameters.rateE = 2000.0;
    setup.stimulus = StimulusSpec::parse("const:0");
    const std::optional<Prediction> prediction = predict(setup);
    ASSERT_TRUE(prediction.has_value());
    EXPECT_DOUBLE_EQ(prediction->meanDrive_pA, 500.0);
    EXPECT_DOUBLE_EQ(prediction->vInf_mV, -45.0);
    EXPECT_NEAR(prediction->deterministic_Hz, 63.04, 0.005);
    EXPECT_DOUBLE_EQ(rheobaseInjected_pA(setup.parameters), 375.0 - 500.0);
    EXPECT_TRUE(prediction->membrane.fluctuating);
    EXPECT_FALSE(prediction->regime.inside);
    EXPECT_NE(prediction->regime.reason.find("tauE"), std::string::npos) << prediction->regime.reason;
    const double measured = simulatedRate_Hz(setup, 30000.0);
    EXPECT_NEAR(measured, 59.8, 1.5);  // 30 s: ~1800 spikes, CV < 1: standard error < 0.5 Hz
    // Out of its regime the correction overshoots (51 Hz) and plain Siegert too (69 Hz): within 20 %, not better.
    EXPECT_LT(prediction->fourcaudBrunel.rate_Hz, measured);
    EXPECT_GT(prediction->siegert.rate_Hz, measured);
    EXPECT_NEAR(prediction->fourcaudBrunel.rate_Hz / measured, 1.0, 0.2);
}

TEST(PredictionWithSynapticInput, InsideItsRegimeFourcaudBrunelMatchesTheSimulation) {
    // Many small fast inputs: kicks 100 pA * 1 ms / 250 pF = 0.4 mV (2.7 % of Vth - Vreset), tau_s / tau_m = 0.1,
    // 200 and 160 inputs per tau_m. Mean drive -50 + 2000 - 1600 = 350 pA, below the 375 pA rheobase: the neuron
    // fires on fluctuations alone (the closed form says 0 Hz). Measured 35.45 +- 0.68 Hz over 20 s (--fi-curve).
    ModelSetup setup;
    Parameters& p = setup.parameters;
    p.rateE = 20000.0;
    p.wE = 100.0;
    p.tauE = 1.0;
    p.rateI = 16000.0;
    p.wI = 100.0;
    p.tauI = 1.0;
    setup.stimulus = StimulusSpec::parse("const:-50");
    const std::optional<Prediction> prediction = predict(setup);
    ASSERT_TRUE(prediction.has_value());
    EXPECT_DOUBLE_EQ(prediction->meanDrive_pA, 350.0);
    EXPECT_DOUBLE_EQ(prediction->deterministic_Hz, 0.0);
    EXPECT_TRUE(prediction->regime.inside) << prediction->regime.reason;
    const double measured = simulatedRate_Hz(setup, 20000.0);
    EXPECT_NEAR(prediction->fourcaudBrunel.rate_Hz / measured, 1.0, 0.08);
    EXPECT_GT(prediction->siegert.rate_Hz / measured, 1.2);  // the white-noise formula alone is 30 % high
}

}  // namespace
}  // namespace lif::theory

// NEST's precise-timing accuracy test, rebuilt for LIFscope: nest-simulator, testsuite/pytests/
// test_iaf_ps_dc_accuracy.py (test_iaf_ps_dc_accuracy and test_iaf_ps_dc_t_accuracy, after the SLI tests of
// Morrison, Straube, Plesser & Diesmann 2007). A neuron at rest (tau_m = 10 ms, C = 250 pF, so gL = 25 nS) is
// driven by a DC current of 1000 pA from t = 0:
//   - with a threshold it never reaches, V at 5 ms (still rising steeply) must be within 1e-13 mV of the closed
//     form EL + I tau_m / C (1 - e^{-t/tau_m}), and V at 500 ms (at its limit within double precision) within
//     1e-9 mV;
//   - with the threshold 15 mV above rest, the first spike must be within 1e-13 ms of
//     t* = -tau_m ln(1 - C (Vth - EL) / (tau_m I)).
// NEST runs it at computation steps 2^0 ... 2^-13 ms; here the run is advanced in chunks of those lengths (the
// result must not depend on them), for the closed-form solver (auto and exact) and for Dormand-Prince at the
// tightest tolerance the parameter table allows (abstol 1e-14 mV, default maxStep 1 ms). NEST's rest is 0 mV;
// LIFscope's EL range is -100 to -30 mV, so EL = -65 mV and every voltage is shifted by it (the thresholds stay where
// NEST puts them relative to rest: "never" is Vth = 0 mV, above V_inf = -25 mV).
#include <gtest/gtest.h>

#include <cmath>

#include "core/engine/simulator.h"

namespace lif {
namespace {

constexpr long double kTauM = 10.0L;
constexpr long double kC = 250.0L;
constexpr long double kCurrent = 1000.0L;
constexpr long double kRest = -65.0L;

RunSetup nestNeuron(SolverKind solver, double vth) {
    RunSetup setup;
    setup.solver = solver;
    setup.parameters.C = static_cast<double>(kC);
    setup.parameters.gL = static_cast<double>(kC / kTauM);
    setup.parameters.EL = static_cast<double>(kRest);
    setup.parameters.Vreset = static_cast<double>(kRest);
    setup.parameters.Vth = vth;
    setup.stimulus = StimulusSpec::parse("const:1000");
    setup.dt_ms = 0.0;
    if (solver == SolverKind::Dopri5) {
        setup.parameters.abstol = 1e-14;  // the table's tightest; at the default 1e-12 V(5 ms) is 2.1e-13 mV off
    }
    return setup;
}

/// Advances in chunks of `resolution` ms up to `until` ms; returns the simulator's V there and the spikes.
double voltageAfter(Simulator& simulator, double until, double resolution, Batch& batch) {
    const auto chunks = static_cast<long long>(std::llround(until / resolution));
    for (long long k = 1; k <= chunks; ++k) {
        simulator.advanceTo(static_cast<double>(k) * resolution, batch);
    }
    return simulator.stateNow()[kV];
}

double closedFormVoltage(double t) {
    return static_cast<double>(kRest + kCurrent * kTauM / kC * -std::expm1(-static_cast<long double>(t) / kTauM));
}

class NestDcAccuracy : public ::testing::TestWithParam<SolverKind> {};

TEST_P(NestDcAccuracy, VoltageAt5And500ms) {
    for (int exponent = 0; exponent >= -13; --exponent) {
        const double resolution = std::ldexp(1.0, exponent);
        Simulator simulator(nestNeuron(GetParam(), 0.0));
        Batch batch;
        const double at5 = voltageAfter(simulator, 5.0, resolution, batch);
        EXPECT_LT(std::fabs(at5 - closedFormVoltage(5.0)), 1e-13) << "resolution 2^" << exponent;
        if (exponent % 4 == 0) {  // 500 ms at 2^-13 ms is four million chunks: a few resolutions suffice
            const double at500 = voltageAfter(simulator, 500.0, resolution, batch);
            EXPECT_LT(std::fabs(at500 - closedFormVoltage(500.0)), 1e-9) << "resolution 2^" << exponent;
        }
        EXPECT_TRUE(batch.spikeTimes_ms.empty());
    }
}

TEST_P(NestDcAccuracy, FirstSpikeTime) {
    const long double vth = kRest + 15.0L;
    const long double expected = -kTauM * std::log(1.0L - kC * (vth - kRest) / (kTauM * kCurrent));
    for (int exponent = 0; exponent >= -13; --exponent) {
        Simulator simulator(nestNeuron(GetParam(), static_cast<double>(vth)));
        Batch batch;
        voltageAfter(simulator, 5.0, std::ldexp(1.0, exponent), batch);
        ASSERT_EQ(batch.spikeTimes_ms.size(), 1u) << "resolution 2^" << exponent;
        EXPECT_LT(std::fabs(batch.spikeTimes_ms[0] - static_cast<double>(expected)), 1e-13)
            << "resolution 2^" << exponent << ": " << batch.spikeTimes_ms[0];
    }
}

INSTANTIATE_TEST_SUITE_P(Solvers, NestDcAccuracy,
                         ::testing::Values(SolverKind::Auto, SolverKind::Exact, SolverKind::Dopri5),
                         [](const ::testing::TestParamInfo<SolverKind>& solver) {
                             return std::string(solverName(solver.param));
                         });

}  // namespace
}  // namespace lif

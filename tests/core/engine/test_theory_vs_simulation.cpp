// The mean drive and the free-membrane statistics of core/model/theory.h against long simulations with the
// threshold out of reach (Vth = 0 mV, 45 mV above the mean), so that V wanders freely.
#include <gtest/gtest.h>

#include <cmath>

#include "core/engine/simulator.h"
#include "core/model/theory.h"

namespace lif {
namespace {

struct Moments {
    double mean = 0.0;
    double sd = 0.0;
    std::size_t spikes = 0;
};

Moments simulateFreeMembrane(const RunSetup& setup, double warmup_ms, double duration_ms) {
    Simulator simulator(setup);
    Batch batch;
    simulator.advanceTo(warmup_ms, batch);
    batch.clear();
    simulator.advanceTo(warmup_ms + duration_ms, batch);
    double sum = 0.0;
    double sumSquares = 0.0;
    for (const Sample& sample : batch.samples) {
        sum += sample.V_mV;
        sumSquares += sample.V_mV * sample.V_mV;
    }
    const auto n = static_cast<double>(batch.samples.size());
    Moments moments;
    moments.mean = sum / n;
    moments.sd = std::sqrt(sumSquares / n - moments.mean * moments.mean);
    moments.spikes = batch.spikeTimes_ms.size();
    return moments;
}

TEST(TheoryVsSimulation, PoissonInputGivesTheMeanDriveAndCampbellsVariance) {
    // I = 0, rateE = 2000 Hz with the default synapse: mu_syn = 500 pA, so V_inf = -45 mV (not EL = -65 mV).
    RunSetup setup;
    setup.parameters.rateE = 2000.0;
    setup.parameters.Vth = 0.0;
    setup.stimulus = StimulusSpec::parse("const:0");
    setup.dt_ms = 0.5;
    const theory::FreeMembrane expected = theory::freeMembrane(setup.parameters, theory::InjectedCurrent{});
    ASSERT_DOUBLE_EQ(expected.mean_mV, -45.0);
    const Moments measured = simulateFreeMembrane(setup, 100.0, 50000.0);
    EXPECT_EQ(measured.spikes, 0u);
    // 50 s with a correlation time of ~tau_m: the standard error of the mean is ~0.05 mV.
    EXPECT_NEAR(measured.mean, expected.mean_mV, 0.25);
    EXPECT_NEAR(measured.sd, expected.sd_mV, 0.05 * expected.sd_mV);
}

TEST(TheoryVsSimulation, NoiseProtocolGivesItsMeanAndVariance) {
    RunSetup setup;
    setup.parameters.Vth = 0.0;
    setup.stimulus = StimulusSpec::parse("noise:200,150,2");
    setup.dt_ms = 0.5;
    const theory::FreeMembrane expected =
        theory::freeMembrane(setup.parameters, *theory::stationaryInjected(setup.stimulus));
    ASSERT_DOUBLE_EQ(expected.mean_mV, -57.0);
    const Moments measured = simulateFreeMembrane(setup, 100.0, 20000.0);
    EXPECT_NEAR(measured.mean, expected.mean_mV, 0.2);
    EXPECT_NEAR(measured.sd, expected.sd_mV, 0.05 * expected.sd_mV);
}

}  // namespace
}  // namespace lif

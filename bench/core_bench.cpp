// Engine throughput: simulated seconds per wall second and nanoseconds per spike for the four reference cases.
// Prints figures; asserts nothing (targets are checked by reading them, see docs/PERFORMANCE.md).
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <string>

#include "core/engine/simulator.h"
#include "core/model/analytic.h"

namespace {

void runCase(benchmark::State& state, const char* stimulus, double duration_ms, double dt_ms, double rateE,
             double rateI) {
    lif::RunSetup setup;
    setup.solver = static_cast<lif::SolverKind>(state.range(0));
    state.SetLabel(lif::solverLabel(setup));
    setup.stimulus = lif::StimulusSpec::parse(stimulus);
    setup.dt_ms = dt_ms;
    setup.parameters.rateE = rateE;
    setup.parameters.rateI = rateI;
    std::size_t spikes = 0;
    std::size_t samples = 0;
    for (auto _ : state) {
        lif::Simulator simulator(setup);
        lif::Batch batch;
        constexpr double kChunk = 10000.0;
        for (double t = kChunk; t <= duration_ms; t += kChunk) {
            simulator.advanceTo(t, batch);
            spikes += batch.spikeTimes_ms.size();
            samples += batch.samples.size();
            batch.clear();
        }
        benchmark::DoNotOptimize(spikes);
    }
    const double runs = static_cast<double>(state.iterations());
    state.counters["spikes"] = static_cast<double>(spikes) / runs;
    state.counters["samples"] = static_cast<double>(samples) / runs;
    state.counters["sim_s_per_wall_s"] = benchmark::Counter(duration_ms / 1000.0 * runs, benchmark::Counter::kIsRate);
    state.counters["ns_per_spike"] = benchmark::Counter(static_cast<double>(spikes) * 1e-9,
                                                        benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

constexpr double kHour_ms = 3.6e6;

void ConstantSpikesOnly(benchmark::State& state) {
    runCase(state, "const:500", kHour_ms, 0.0, 0.0, 0.0);
}
void ConstantWithTrace(benchmark::State& state) {
    runCase(state, "const:500", kHour_ms, 0.1, 0.0, 0.0);
}
// The live window's trace: sampled at window / 3000 (two samples per plot bucket) for the default 1 s window.
void ConstantWindowTrace(benchmark::State& state) {
    runCase(state, "const:500", kHour_ms, 1000.0 / 3000.0, 0.0, 0.0);
}
void SineSpikesOnly(benchmark::State& state) {
    runCase(state, "sine:400,100,5", kHour_ms, 0.0, 0.0, 0.0);
}
void PoissonSpikesOnly(benchmark::State& state) {
    runCase(state, "const:200", kHour_ms / 10, 0.0, 2000.0, 500.0);
}

constexpr auto kDopri5 = static_cast<std::int64_t>(lif::SolverKind::Dopri5);
constexpr auto kAuto = static_cast<std::int64_t>(lif::SolverKind::Auto);

// (a) to (d) of docs/PERFORMANCE.md, each with the default solver (auto, the closed form here) and Dormand-Prince.
BENCHMARK(ConstantSpikesOnly)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(ConstantWithTrace)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(ConstantWindowTrace)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(SineSpikesOnly)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(PoissonSpikesOnly)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();

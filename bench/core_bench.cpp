// Engine throughput: simulated seconds per wall second and nanoseconds per spike for the four reference cases,
// and the cost of writing a spike time as text. Prints figures; asserts nothing (targets are checked by reading
// them, see docs/PERFORMANCE.md).
#include <benchmark/benchmark.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "core/engine/simulator.h"
#include "core/model/analytic.h"
#include "core/model/numbers.h"

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

/// The hour's spike train (a regular train at 500 pA, 15.86 ms apart): what the spikes CSV writes.
const std::vector<double>& hourOfSpikeTimes() {
    static const std::vector<double> times = [] {
        std::vector<double> t;
        constexpr double kInterval = 15.862943611198906;
        for (int k = 0; 11.86 + k * kInterval < kHour_ms; ++k)
            t.push_back(11.86 + k * kInterval);
        return t;
    }();
    return times;
}

template <typename Write>
void writeSpikeTimes(benchmark::State& state, Write write) {
    std::array<char, 64> text{};
    std::size_t characters = 0;
    for (auto _ : state) {
        for (const double t : hourOfSpikeTimes())
            characters += static_cast<std::size_t>(write(text.data(), t) - text.data());
        benchmark::DoNotOptimize(characters);
    }
    state.counters["ns_per_number"] =
        benchmark::Counter(static_cast<double>(hourOfSpikeTimes().size()) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
// The spikes CSV's text (lif::writeRoundTrip) against std::to_chars, which writes the same bytes.
void SpikeTimeTextWriteRoundTrip(benchmark::State& state) {
    writeSpikeTimes(state, [](char* out, double t) { return lif::writeRoundTrip(out, t); });
}
void SpikeTimeTextToChars(benchmark::State& state) {
    writeSpikeTimes(state, [](char* out, double t) { return std::to_chars(out, out + 64, t).ptr; });
}

constexpr auto kDopri5 = static_cast<std::int64_t>(lif::SolverKind::Dopri5);
constexpr auto kAuto = static_cast<std::int64_t>(lif::SolverKind::Auto);

// (a) to (d) of docs/PERFORMANCE.md, each with the default solver (auto, the closed form here) and Dormand-Prince.
BENCHMARK(ConstantSpikesOnly)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(ConstantWithTrace)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(ConstantWindowTrace)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(SineSpikesOnly)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(PoissonSpikesOnly)->Arg(kAuto)->Arg(kDopri5)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(SpikeTimeTextWriteRoundTrip)->Unit(benchmark::kMillisecond);
BENCHMARK(SpikeTimeTextToChars)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

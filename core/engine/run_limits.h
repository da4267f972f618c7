#pragma once
// Limits that keep a run from exhausting the machine, checked before it starts and enforced while it runs.
//
// Within the parameter ranges a neuron can fire at any rate (tref = 0 and Vreset just below Vth: C = 10, gL = 200,
// const:20000 fires at 1.7e8 Hz; one second of it would take 4 GB of memory and a 3 GB CSV). So:
//   - before a run, checkRunLimits refuses a duration whose predicted spike count (the rate at the largest current
//     the setup can inject, times the duration) exceeds kMaxSpikesPerRun, saying why and what to change;
//   - while it runs, the Simulator stops at kMaxRate_Hz (1000 spikes within 1 ms of neuron time) and at the spike
//     limit the caller sets (the CLI: kMaxSpikesPerRun), with a SolverError.
// The window runs without a duration and relies on the rate guard; the CLI calls both.
#include <cstdint>

#include "core/model/run_setup.h"

namespace lif {

/// Most spikes one headless run may produce: 8 bytes each in memory, about 20 bytes each in a spikes CSV
/// (400 MB and 1 GB at the limit).
inline constexpr std::uint64_t kMaxSpikesPerRun = 50'000'000;

/// An upper estimate of the firing rate, Hz: the closed-form rate at the largest current the stimulus reaches
/// plus the mean excitatory synaptic current (rateE wE tauE) and four of its standard deviations. Exact for a
/// constant current without input; an estimate, not a bound, for Poisson input.
double peakFiringRate_Hz(const ModelSetup& model);

/// Throws InputError (fields "duration" and the parameters that set the rate) when a run of `duration_ms` would
/// produce more than kMaxSpikesPerRun spikes by peakFiringRate_Hz.
void checkRunLimits(const RunSetup& setup, double duration_ms);

}  // namespace lif

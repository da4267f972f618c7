#pragma once
// The one way to run a simulation to a time without a window: the headless CLI, the window's export (a replay of
// the live run from its RunHistory) and the f-I sweeps all call runBatch().
//
// It advances a Simulator from t = 0 chunk by chunk, handing each chunk's output to a sink, and with a history it
// stops exactly at every change time and applies the change there, as the live run did (the sample at a change
// time shows the state before the change, as the live worker emits it). The simulator's output does not depend
// on how it is chunked, so the chunk length only decides how often the sink, the cancel flag and the progress are
// looked at: chunk boundaries lie at t = k * chunk_ms from 0 (and after a change at change + k * chunk_ms).
//
// Units: ms. Threading: runs on the calling thread and owns no threads; `cancel` and `progress` may be read or set
// from any thread while it runs; the sink is called on the calling thread.
#include <atomic>
#include <cstdint>
#include <functional>

#include "core/model/run_history.h"
#include "core/model/run_output.h"
#include "core/model/run_setup.h"

namespace lif {

/// Receives the output of one chunk (samples and spikes up to the chunk's end); returning false cancels the run.
/// The batch is reused after the call returns: copy what you keep. May throw (e.g. OutputError): the exception
/// leaves runBatch() unchanged.
using BatchSink = std::function<bool(const Batch& chunk)>;

struct BatchRun {
    /// Simulated time per chunk (10 s in the CLI, shorter where cancelling must be prompt). Must be > 0.
    static constexpr double kDefaultChunk_ms = 10000.0;

    double end_ms = 0.0;  ///< run from 0 up to and including this time (samples with t <= end_ms)
    double chunk_ms = kDefaultChunk_ms;
    /// The changes to apply, at their times (up to and including end_ms). With a history its initial() is the
    /// model setup at t = 0, in place of the start's; the start still gives the input spikes and dt. Must be
    /// complete() (a history that forgot its beginning cannot be replayed from 0).
    const RunHistory* history = nullptr;
    const std::atomic<bool>* cancel = nullptr;  ///< looked at before each chunk; true cancels the run
    std::atomic<double>* progress = nullptr;    ///< set to 0 first, then to the fraction done (0..1) after each chunk
    /// Most spikes the run may produce (Simulator::setSpikeLimit); 0: no limit. The CLI passes kMaxSpikesPerRun.
    std::uint64_t spikeLimit = 0;
};

enum class BatchOutcome { Finished, Cancelled };

/// Runs `start` (with the history's changes) to run.end_ms, calling `sink` with every chunk. Returns Cancelled when
/// the cancel flag was set or the sink returned false, else Finished (progress is then 1). Throws InputError for a
/// start or change the simulator refuses, an end time that is negative or not finite, or a history that is not
/// complete; SolverError when the solver fails; whatever the sink throws.
BatchOutcome runBatch(RunSetup start, const BatchRun& run, const BatchSink& sink);

}  // namespace lif

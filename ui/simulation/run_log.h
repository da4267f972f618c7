#pragma once
// RunLog remembers how the live run came about, in a few hundred bytes however long it runs: the setup it started
// with, every setup change with the simulated time it took effect (as the worker reports them in its chunks) and
// the simulated time reached. The plots keep only the visible window; replayRun() re-simulates the run from
// t = 0 with a fresh core Simulator, advancing exactly to each change time and applying the change there. The
// simulator's output does not depend on how it is chunked, so the replay gives the live run's spikes and trace.
//
// Threading: RunLog is GUI-thread data; copy it to hand it to a thread. replayRun() runs on any thread.
#include <atomic>
#include <functional>
#include <vector>

#include "core/engine/simulator.h"
#include "ui/simulation/simulation_types.h"

namespace lif::ui {

class RunLog {
public:
    struct Change {
        double time_ms = 0.0;
        ModelSetup setup;
    };

    /// Follows a chunk of the current run (call with every chunk the window receives, in order).
    void note(const SimulationChunk& chunk);
    /// A new run starts at t = 0 (reset or restart after a divergence).
    void clear();

    bool empty() const { return changes_.empty(); }
    /// The first entry is the initial setup (time 0); the others are the changes, in time order.
    const std::vector<Change>& changes() const { return changes_; }
    double endTime() const { return end_ms_; }

private:
    std::vector<Change> changes_;
    double end_ms_ = 0.0;
};

/// Receives the output of a replay as it is produced, chunk by chunk; returning false cancels.
using ReplaySink = std::function<bool(const Batch& batch)>;

/// Re-simulates `log` from 0 to `until_ms` (at most log.endTime()) with trace interval `dt_ms`, calling `sink` with
/// each chunk; `progress` (0..1) is updated and `cancel` checked between chunks. Returns false if cancelled.
/// Throws what the Simulator throws (InputError, SolverError).
bool replayRun(const RunLog& log, double until_ms, double dt_ms, const ReplaySink& sink,
               const std::atomic<bool>& cancel, std::atomic<double>& progress);

}  // namespace lif::ui

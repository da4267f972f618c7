#pragma once
// replayHistory() re-simulates a run from its RunHistory: from t = 0 with a fresh core Simulator, advancing
// exactly to each change and applying it there. The simulator's output does not depend on how it is chunked,
// so the replay gives the live run's spikes and trace (the window keeps only the visible window; the export
// needs the whole run).
//
// Interim: this is the one replay loop of the window until core/engine/batch_runner.h (a RunSetup plus an
// optional RunHistory run to an end time with a sink, a cancel flag and progress) lands; then the export calls
// that instead and this file goes away.
//
// Units: ms. Threading: runs on any thread; `history` must not change while it runs (pass a copy).
#include <atomic>
#include <functional>

#include "core/engine/simulator.h"
#include "core/model/run_history.h"

namespace lif::ui {

/// Receives the output of a replay as it is produced, chunk by chunk; returning false cancels.
using ReplaySink = std::function<bool(const Batch& batch)>;

/// Re-simulates `history` from 0 to `until_ms` (at most history.endTime()) with trace interval `dt_ms`, calling
/// `sink` with each chunk; `progress` (0..1) is updated and `cancel` checked between chunks. Returns false if
/// cancelled. Throws what the Simulator throws (InputError, SolverError), and std::runtime_error if the history
/// is no longer complete from t = 0.
bool replayHistory(const RunHistory& history, double until_ms, double dt_ms, const ReplaySink& sink,
                   const std::atomic<bool>& cancel, std::atomic<double>& progress);

}  // namespace lif::ui

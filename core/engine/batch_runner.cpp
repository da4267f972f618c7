#include "core/engine/batch_runner.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/engine/simulator.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {

/// One run in progress: the simulator, the chunk it fills and whether the run is to stop.
class Runner {
public:
    Runner(RunSetup start, const BatchRun& run, const BatchSink& sink)
        : run_(run), sink_(sink), simulator_(std::move(start)) {
        if (run_.spikeLimit > 0) simulator_.setSpikeLimit(run_.spikeLimit);
    }

    /// Advances in chunks to exactly `target` (at least once, so that the sample at t = 0 is emitted even when the
    /// first target is 0). False once the run is cancelled.
    bool advanceTo(double target) {
        while (!stopped_ && (!started_ || simulator_.time() < target)) {
            if (run_.cancel != nullptr && run_.cancel->load()) {
                stopped_ = true;
                break;
            }
            simulator_.advanceTo(std::min(target, simulator_.time() + run_.chunk_ms), chunk_);
            started_ = true;
            const bool goOn = sink_(chunk_);
            chunk_.clear();
            if (run_.progress != nullptr) {
                *run_.progress = run_.end_ms > 0.0 ? std::min(1.0, simulator_.time() / run_.end_ms) : 1.0;
            }
            stopped_ = !goOn;
        }
        return !stopped_;
    }

    void apply(const ModelSetup& setup) {
        if (!stopped_) simulator_.apply(setup);
    }

    bool stopped() const { return stopped_; }

private:
    const BatchRun& run_;
    const BatchSink& sink_;
    Simulator simulator_;
    Batch chunk_;
    bool started_ = false;
    bool stopped_ = false;
};

}  // namespace

BatchOutcome runBatch(RunSetup start, const BatchRun& run, const BatchSink& sink) {
    if (!(run.chunk_ms > 0.0)) {
        throw std::invalid_argument("runBatch: chunk_ms must be positive");
    }
    if (!std::isfinite(run.end_ms) || run.end_ms < 0.0) {
        throw InputError("end time " + formatShort(run.end_ms) + " ms: a run must end at a finite time >= 0 ms",
                         {"duration"});
    }
    if (run.history != nullptr) {
        if (!run.history->complete()) {
            throw InputError("the run's history is only known from t = " + formatShort(run.history->replayableFrom()) +
                                 " ms on (more than " + std::to_string(RunHistory::kMaxEdits) +
                                 " edits were made and the oldest forgotten), so it cannot be replayed from t = 0",
                             {"history"});
        }
        start.model() = run.history->initial();
    }
    if (run.progress != nullptr) *run.progress = 0.0;
    Runner runner(std::move(start), run, sink);
    if (run.history != nullptr) {
        // Streamed, not collected: a long history's setups never sit in memory at once. Once the run is stopped the
        // remaining changes are passed over (a cancel cannot end forEachChange early).
        run.history->forEachChange(0.0, run.end_ms, [&](double time_ms, const ModelSetup&, const ModelSetup& after) {
            if (runner.advanceTo(time_ms)) runner.apply(after);
        });
    }
    if (!runner.advanceTo(run.end_ms) || runner.stopped()) {
        return BatchOutcome::Cancelled;
    }
    if (run.progress != nullptr) *run.progress = 1.0;
    return BatchOutcome::Finished;
}

}  // namespace lif

#include "ui/simulation/run_log.h"

#include <algorithm>

namespace lif::ui {

namespace {

/// Simulated time per replay chunk, ms: small enough to cancel promptly and keep a chunk's samples small.
constexpr double kReplayChunk_ms = 2000.0;

}  // namespace

void RunLog::note(const SimulationChunk& chunk) {
    if (chunk.setupChanged) {
        if (!changes_.empty() && chunk.changeTime_ms <= changes_.back().time_ms) {
            changes_.back().setup = chunk.setup;  // superseded at the same instant
        } else if (changes_.empty() || chunk.setup != changes_.back().setup) {
            changes_.push_back({changes_.empty() ? 0.0 : chunk.changeTime_ms, chunk.setup});
        }
    }
    if (!changes_.empty()) {
        end_ms_ = std::max(end_ms_, chunk.simTime_ms);
    }
}

void RunLog::clear() {
    changes_.clear();
    end_ms_ = 0.0;
}

bool replayRun(const RunLog& log, double until_ms, double dt_ms, const ReplaySink& sink,
               const std::atomic<bool>& cancel, std::atomic<double>& progress) {
    progress = 0.0;
    if (log.empty()) {
        return true;
    }
    const auto& changes = log.changes();
    const double end = std::min(until_ms, log.endTime());
    RunSetup setup;
    setup.model() = changes.front().setup;
    setup.dt_ms = dt_ms;
    Simulator simulator(setup);
    Batch batch;
    std::size_t next = 1;
    bool first = true;
    while (first || simulator.time() < end) {
        if (cancel.load()) {
            return false;
        }
        double target = std::min(end, simulator.time() + kReplayChunk_ms);
        if (next < changes.size()) {
            target = std::min(target, changes[next].time_ms);
        }
        simulator.advanceTo(target, batch);
        first = false;
        if (!sink(batch)) {
            return false;
        }
        batch.clear();
        while (next < changes.size() && changes[next].time_ms <= simulator.time()) {
            simulator.apply(changes[next].setup);
            ++next;
        }
        progress = end > 0.0 ? simulator.time() / end : 1.0;
    }
    progress = 1.0;
    return true;
}

}  // namespace lif::ui

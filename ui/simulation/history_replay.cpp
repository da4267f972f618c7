#include "ui/simulation/history_replay.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/model/numbers.h"

namespace lif::ui {

namespace {

/// Simulated time per replay chunk, ms: small enough to cancel promptly and keep a chunk's samples small.
constexpr double kReplayChunk_ms = 2000.0;

}  // namespace

bool replayHistory(const RunHistory& history, double until_ms, double dt_ms, const ReplaySink& sink,
                   const std::atomic<bool>& cancel, std::atomic<double>& progress) {
    progress = 0.0;
    if (!history.complete()) {
        throw std::runtime_error("the run has had more parameter changes than are kept; it is known only from t = " +
                                 formatRoundTrip(history.replayableFrom()) +
                                 " ms on and cannot be replayed from t = 0 (reset, or export the visible window)");
    }
    // Only the times: the setup in force at each is looked up when it is reached (a change may be one field).
    std::vector<double> changes;
    history.forEachChange([&changes](double time_ms, const ModelSetup& /*before*/, const ModelSetup& /*after*/) {
        changes.push_back(time_ms);
    });
    const double end = std::min(until_ms, history.endTime());
    RunSetup setup;
    setup.model() = history.initial();
    setup.dt_ms = dt_ms;
    Simulator simulator(setup);
    Batch batch;
    std::size_t next = 0;
    bool first = true;
    while (first || simulator.time() < end) {
        if (cancel.load()) {
            return false;
        }
        double target = std::min(end, simulator.time() + kReplayChunk_ms);
        if (next < changes.size()) {
            target = std::min(target, changes[next]);
        }
        simulator.advanceTo(target, batch);
        first = false;
        if (!sink(batch)) {
            return false;
        }
        batch.clear();
        bool changed = false;
        while (next < changes.size() && changes[next] <= simulator.time()) {
            ++next;
            changed = true;
        }
        if (changed) {
            simulator.apply(history.setupAt(changes[next - 1]));
        }
        progress = end > 0.0 ? simulator.time() / end : 1.0;
    }
    progress = 1.0;
    return true;
}

}  // namespace lif::ui

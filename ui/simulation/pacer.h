#pragma once
// Pacer ties simulated time to the wall clock for a live run: at a requested speed (simulated ms per wall ms) it
// says how far the simulation should have got by now, never more than kMaxDebt_ms of wall time ahead of where it
// is (if the simulator cannot keep up, simulated time lags instead of bursting later to catch up). It measures
// the speed actually achieved over the last second, and it chooses the size of the next sub-chunk (simulated time
// per advanceTo() call) from the cost of the calls so far, so that one call costs about kTargetCallCost_ms.
//
// The clock is injected (wall ms, monotonic), so tests drive it by hand without waiting. Nothing here knows Qt
// or the simulator.
//
// Units: ms (wall or simulated, as named). Threading: one thread (the worker's); not thread-safe.
#include <deque>
#include <functional>
#include <utility>

namespace lif::ui {

class Pacer {
public:
    /// Wall time now, ms, from any fixed origin; must never decrease.
    using Clock = std::function<double()>;

    /// The most wall time of work the simulation may owe: beyond it simulated time lags instead.
    static constexpr double kMaxDebt_ms = 40.0;
    /// Wall time one advanceTo() call should cost; the sub-chunk size is adapted towards it.
    static constexpr double kTargetCallCost_ms = 0.5;
    /// Sub-chunk bounds, simulated ms. After a change the size starts small again (restartSubChunk()), so extreme
    /// new parameters can never make one call take longer than a frame.
    static constexpr double kMinSubChunk_ms = 1e-3;
    static constexpr double kMaxSubChunk_ms = 1e5;
    static constexpr double kInitialSubChunk_ms = 0.1;
    /// Span of wall time over which the achieved speed is measured, and the shortest span that tells it.
    static constexpr double kSpeedSpan_ms = 1000.0;
    static constexpr double kShortestSpeedSpan_ms = 100.0;

    /// A steady clock (std::chrono::steady_clock), ms since the first call in this process.
    static Clock steadyClock();

    explicit Pacer(Clock clock = steadyClock());

    double now() const { return clock_(); }

    // ---- wall time to simulated time ----
    /// Simulated time `sim_ms` is where the run is now at `speed`; the achieved speed starts afresh.
    void anchor(double sim_ms, double speed);
    /// Where the run should be by now, given it is at `sim_ms` and the requested speed is `speed` (a new speed
    /// re-anchors first). If that is more than kMaxDebt_ms of work ahead, the anchor moves up so that it is
    /// exactly that much ahead: the debt is forgotten, not paid later.
    double target(double sim_ms, double speed);
    /// The speed the anchor was set for.
    double anchoredSpeed() const { return anchorSpeed_; }

    // ---- achieved speed ----
    /// The run is at `sim_ms` at wall time `wall_ms` (call at the end of each tick).
    void noteProgress(double wall_ms, double sim_ms);
    /// Simulated ms per wall ms over the last kSpeedSpan_ms; the anchored speed until kShortestSpeedSpan_ms of
    /// progress have been noted.
    double achievedSpeed() const;

    // ---- call cost ----
    /// Simulated time for the next advanceTo() call, ms.
    double subChunk() const { return subChunk_ms_; }
    /// Back to kInitialSubChunk_ms (after a change of setup, whose cost is unknown).
    void restartSubChunk() { subChunk_ms_ = kInitialSubChunk_ms; }
    /// One advanceTo() call took `cost_ms` of wall time and advanced `advanced_ms` of simulated time;
    /// `wholeSubChunk`: it was asked for a whole sub-chunk (not cut short by the target); `stoppedShort`: it
    /// ended before the time asked for (its work budget ran out). Adapts the sub-chunk and the recent pace.
    void noteCall(double cost_ms, double advanced_ms, bool wholeSubChunk, bool stoppedShort);
    /// Simulated ms per wall ms of the recent calls (a moving average); 0 while unknown.
    double pace() const { return pace_; }
    /// Forgets the recent pace (a new simulator).
    void forgetPace() { pace_ = 0.0; }

private:
    Clock clock_;
    double anchorWall_ms_ = 0.0;  ///< wall time at which simulated time was anchorSim_ms_
    double anchorSim_ms_ = 0.0;
    double anchorSpeed_ = 1.0;
    double subChunk_ms_ = kInitialSubChunk_ms;
    double pace_ = 0.0;
    std::deque<std::pair<double, double>> progress_;  ///< (wall ms, simulated ms) over the last kSpeedSpan_ms
};

}  // namespace lif::ui

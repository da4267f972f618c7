#pragma once
// VisibleSampling is the live run's policy for trace samples: they are taken at an interval matched to the
// visible window (two per plot bucket, re-chosen when the window changes), and only where they can still be on
// screen when the tick's chunk is drawn. At high speed most of a tick's simulated time scrolls out of the window
// before the next frame, so it is computed without samples (spikes are always kept), and a gap is drawn where
// sampling resumes so the trace does not run straight across the time computed without them. The prediction can
// be wrong (the thread was descheduled, the pace fell): a tick that reaches its deadline before the last window
// of its time was sampled goes on, sampled, until it is (windowSampled()), so no frame shows a sliver of trace.
//
// It decides only; the worker applies the decisions to its simulator and trace packer.
// Units: ms. Threading: worker thread only (owned by SimulationWorker).
#include <limits>

#include "ui/simulation/trace_packer.h"

namespace lif::ui {

class VisibleSampling {
public:
    /// Trace samples per visible window (two per TracePacker bucket): the sampling interval is window / this.
    static constexpr double kSamplesPerWindow = 2.0 * TracePacker::kBucketsPerWindow;
    /// Sampling interval before any window is known, and its bounds.
    static constexpr double kDefaultInterval_ms = 0.1;
    static constexpr double kMinInterval_ms = 1e-3;
    static constexpr double kMaxInterval_ms = 100.0;
    /// Sampling starts this many windows before the predicted end of a tick: what lies further back scrolls out
    /// of sight before the chunk is drawn. More than one, as the prediction is only an estimate.
    static constexpr double kSampledWindows = 1.5;
    /// Most trace samples one advanceTo() call may emit: the simulator's work budget counts steps and events,
    /// not samples, and a sub-chunk grown large while unsampled would otherwise emit tens of thousands at once.
    static constexpr double kMaxSamplesPerCall = 2000.0;

    /// The sampling interval for a visible window of `window_ms`.
    static double intervalFor(double window_ms);

    /// A new run seen through a window of `window_ms`: sampling on, no gap pending.
    void restart(double window_ms);
    /// True if `window_ms` differs from the window the interval was chosen for (see follow()).
    bool windowChanged(double window_ms) const { return window_ms != window_ms_; }
    /// Chooses the interval for `window_ms`.
    void follow(double window_ms);

    double window() const { return window_ms_; }
    double interval() const { return interval_ms_; }
    bool sampling() const { return sampling_; }
    /// The trace interval the simulator should use now (0: no samples).
    double simulatorInterval() const { return sampling_ ? interval_ms_ : 0.0; }

    /// The next advanceTo() call, from `previous_ms` towards `target_ms` by at most `subChunk_ms`, in a tick that
    /// will probably end at `reach_ms`: where it should stop and whether it should take samples. Once a tick has
    /// begun to sample it goes on (`sampledThisTick`): a pace estimate that rises again must not stop sampling
    /// after a few samples and leave them alone at the start of the window.
    struct Step {
        double until_ms = 0.0;
        bool sample = true;
    };
    Step plan(double previous_ms, double target_ms, double reach_ms, double subChunk_ms,
              bool sampledThisTick = false) const;
    /// Turns sampling on or off at simulated time `at_ms`; turning it on leaves a gap pending.
    void turn(bool on, double at_ms);
    /// True if the trace was sampled over the whole window before `time_ms` (or since the run began).
    bool windowSampled(double time_ms) const { return sampling_ && time_ms - sampledSince_ms_ >= window_ms_; }
    /// True after sampling resumed until gapDrawn(): a gap goes before the next sample.
    bool gapPending() const { return gapPending_; }
    void gapDrawn() { gapPending_ = false; }

private:
    double window_ms_ = 0.0;
    double interval_ms_ = kDefaultInterval_ms;
    bool sampling_ = true;
    bool gapPending_ = false;
    double sampledSince_ms_ = -std::numeric_limits<double>::infinity();  ///< where sampling last resumed
};

}  // namespace lif::ui

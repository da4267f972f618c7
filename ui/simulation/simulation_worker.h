#pragma once
// SimulationWorker owns the core lif::Simulator and runs it paced against the wall clock: on every tick of its
// timer it advances simulated time to (wall time since the anchor) x (requested speed), in sub-chunks whose size
// adapts so that each advanceTo() call costs well under a millisecond, and stops when the tick's time budget is
// spent. If the simulator cannot keep up, simulated time lags (the debt is capped, it never bursts to catch up)
// and the achieved speed is reported with every chunk. A submitted setup change is picked up between
// sub-chunks (an atomic flag, then a short lock only to copy the setup out), applied at Simulator::time(), and
// the chunks after it carry its generation number. Solver failures are caught, reported and pause the run; the
// diverged simulator is never advanced again (its state is meaningless and stepping it may never end): a
// reset, which the controller also issues on the next change, starts a fresh one at t = 0 and resumes.
//
// The trace is sampled at an interval matched to the visible window (two samples per plot bucket, re-set when
// the window changes), and only where it can still be on screen when the tick's chunk is drawn: at high speed
// most of a tick's simulated time scrolls out of the window before the next frame, so it is computed without
// samples (spikes are always kept). Each advanceTo() call has a work budget (solver steps plus events), so one
// call stays short whatever the parameters. The worker stops computing while too many of its chunks wait
// unread in the outbox, and a burst of submissions rings the inbox doorbell once: neither queue grows
// without bound however fast the GUI submits or however slow it draws.
//
// Threading: constructed on the GUI thread and moved to the worker thread before start(); deleted by its owner
// after the thread has ended (see finishOnWorkerThread()). Everything that crosses threads goes through the
// members marked thread-safe: commands and setups into a mutex-guarded inbox, results (chunks, run state,
// failures) out through a mutex-guarded outbox, in the order they happened. The only Qt signals between the
// threads carry no data; they are doorbells that say "look in the box" and are rung at most once until the box
// is emptied. So no value ever travels inside a Qt event, whose hand-over happens in (uninstrumented) Qt code
// that ThreadSanitizer cannot see, and neither queue can grow without bound.
#include <QObject>
#include <QString>

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include "core/engine/simulator.h"
#include "ui/simulation/simulation_types.h"
#include "ui/simulation/trace_packer.h"

class QElapsedTimer;
class QTimer;

namespace lif::ui {

/// What the worker measured about its own work, for tests and the benchmark (a snapshot; thread-safe).
struct WorkerStats {
    static constexpr int kHistogramBins = 24;
    quint64 calls = 0;           ///< advanceTo() calls
    double maxCall_ms = 0.0;     ///< longest advanceTo() call, wall ms
    double maxCallCpu_ms = 0.0;  ///< most CPU time of the worker thread in one advanceTo() call, ms
    double maxTick_ms = 0.0;     ///< longest uninterrupted stretch of work (one tick or inbox service), wall ms
    quint64 chunksEmitted = 0;   ///< chunks handed to the GUI thread
    int maxChunksInFlight = 0;   ///< most chunks emitted but not yet consumed at any time
    quint64 wakes = 0;           ///< inbox services run (one per burst of requests)
    quint64 throttledTicks = 0;  ///< ticks that computed nothing because the GUI had not read enough chunks
    quint64 changesApplied = 0;  ///< submitted setups applied to the simulator
    /// callHistogram[k]: advanceTo() calls that took [2^(k-1), 2^k) microseconds (k = 0: under 1 us).
    std::array<quint64, kHistogramBins> callHistogram{};
};

/// The simulation started or stopped running; simTime_ms is the simulated time it stopped or starts at.
struct RunningChange {
    bool running = false;
    double simTime_ms = 0.0;
};

/// A solver error (`diverged`: the simulator's state is lost and only a reset can continue) or a refused setup
/// (`diverged` false), in words for the status bar.
struct WorkerFailure {
    QString message;
    bool diverged = false;
};

/// One thing the worker reports to the GUI thread.
using WorkerEvent = std::variant<SimulationChunk, RunningChange, WorkerFailure>;

class SimulationWorker final : public QObject {
    Q_OBJECT

public:
    /// Trace samples per visible window (two per TracePacker bucket): the sampling interval is window / this.
    static constexpr double kSamplesPerWindow = 2.0 * TracePacker::kBucketsPerWindow;
    /// Sampling interval before any window is known and its bounds, ms.
    static constexpr double kMinSampleInterval_ms = 1e-3;
    static constexpr double kMaxSampleInterval_ms = 100.0;
    /// Most solver steps plus events in one advanceTo() call (Simulator's work budget).
    static constexpr std::uint64_t kMaxWorkPerCall = 1024;
    /// Chunks emitted but not yet consumed by the GUI thread beyond which the worker stops computing.
    static constexpr int kMaxChunksInFlight = 6;
    /// The sampling interval for a visible window of `window_ms`.
    static double sampleIntervalFor(double window_ms);
    /// Timer period of the paced loop, wall ms.
    static constexpr int kTickInterval_ms = 10;
    /// Longest a tick may compute before it hands its chunk over, wall ms (less than a 60 Hz frame).
    static constexpr double kTickBudget_ms = 7.0;

    SimulationWorker(const ModelSetup& initial, quint64 generation, double speed, double window_ms);
    ~SimulationWorker() override;
    SimulationWorker(const SimulationWorker&) = delete;
    SimulationWorker& operator=(const SimulationWorker&) = delete;

    // ---- thread-safe ----
    // The three requests return true when the caller must ring the inbox doorbell (emit the signal connected
    // to serviceInbox()): none is pending yet. A burst of requests is served once, as its latest values.
    /// The latest submission wins; it takes effect at the next chunk boundary.
    bool submit(const ModelSetup& setup, quint64 generation);
    bool requestRunning(bool running);
    /// A fresh simulator from the latest setup at t = 0; chunks after it carry `epoch`.
    bool requestReset(quint64 epoch);
    /// Everything reported since the last call, oldest first; rings nothing until the next report.
    std::vector<WorkerEvent> takeEvents();
    WorkerStats stats() const;
    void setSpeed(double speed);
    void setWindow(double window_ms);
    /// Makes a running tick return at its next sub-chunk boundary; used before the thread quits.
    void requestStop();
    /// True once finishOnWorkerThread() ran; reading it orders everything the worker thread did before it
    /// (for the owner, before deleting the worker on another thread).
    bool finishedOnWorkerThread() const;

    // ---- worker thread only ----
    /// Creates the simulator and the pacing timer, emits the first chunk (t = 0) and starts running.
    void start();
    /// Serves the inbox: a reset first (it takes the latest setup), then run or pause, then a setup change.
    void serviceInbox();
    /// The last thing the worker thread does (connected directly to QThread::finished): stops the timer in
    /// its own thread and publishes that the worker is done with every member.
    void finishOnWorkerThread();

Q_SIGNALS:
    /// The outbox went from empty to holding events: call takeEvents() on the GUI thread.
    void eventsPosted();

private:
    void tick();
    /// Resumes pacing (ignored after a divergence: only a reset continues then).
    void run();
    void pause();
    /// A fresh simulator from the latest setup at t = 0; chunks after it carry `epoch`. Resumes the run if it
    /// was paused by an error.
    void reset(quint64 epoch);
    void setRunning(bool running);
    void post(WorkerEvent event);
    void createSimulator();
    bool applyPendingChange();
    void reanchor();
    double wallNow_ms() const;
    double achievedSpeed() const;
    /// Packs batch_ into chunk_; `closeBucket` also ends the open bucket (before a generation change or pause).
    void packBatch(bool closeBucket);
    void flushChunk();
    void startChunk();
    void fail(const QString& message, bool diverged);
    /// Follows a change of the visible window: a new sampling interval from now on.
    void syncSampleInterval();
    /// Turns sampling on or off (off for simulated time that scrolls out of sight before it is drawn).
    void setSampling(bool on);
    void recordCall(double cost_ms, double cpu_ms);
    void recordWork(double cost_ms);
    bool throttled() const;

    // Shared with other threads.
    std::atomic<double> speed_;
    std::atomic<double> window_ms_;
    std::atomic<bool> stopRequested_{false};
    std::atomic<bool> finished_{false};
    std::atomic<bool> changePending_{false};  ///< a cheap hint for the tick loop; the inbox holds the setup
    std::mutex inboxMutex_;                   ///< guards the inbox fields below; held only to copy them
    ModelSetup pendingSetup_;
    quint64 pendingGeneration_ = 0;
    std::optional<bool> requestedRunning_;
    std::optional<quint64> requestedReset_;
    bool inboxDoorbellRung_ = false;
    std::mutex outboxMutex_;  ///< guards the outbox fields below
    std::vector<WorkerEvent> outbox_;
    bool outboxDoorbellRung_ = false;
    std::atomic<int> chunksInFlight_{0};  ///< chunks posted but not yet taken by the GUI thread
    // Statistics, written by the worker thread, read by any.
    std::atomic<quint64> calls_{0};
    std::atomic<double> maxCall_ms_{0.0};
    std::atomic<double> maxCallCpu_ms_{0.0};
    std::atomic<double> maxTick_ms_{0.0};
    std::atomic<quint64> chunksEmitted_{0};
    std::atomic<int> maxChunksInFlight_{0};
    std::atomic<quint64> wakes_{0};
    std::atomic<quint64> throttledTicks_{0};
    std::atomic<quint64> changesApplied_{0};
    std::array<std::atomic<quint64>, WorkerStats::kHistogramBins> callHistogram_{};

    // Worker thread only.
    ModelSetup applied_;
    quint64 appliedGeneration_ = 0;
    quint64 epoch_ = 0;
    std::unique_ptr<Simulator> simulator_;
    Batch batch_;
    SimulationChunk chunk_;
    TracePacker packer_;
    QTimer* timer_ = nullptr;
    std::unique_ptr<QElapsedTimer> clock_;
    bool running_ = false;
    bool pausedByError_ = false;
    bool diverged_ = false;       ///< the simulator threw: its state is meaningless until reset()
    double anchorWall_ms_ = 0.0;  ///< wall time at which simulated time was anchorSim_ms_
    double anchorSim_ms_ = 0.0;
    double anchorSpeed_ = 1.0;        ///< the speed the anchor was set for
    double subChunk_ms_ = 0.1;        ///< simulated time per advanceTo() call, adapted to its cost
    double sampleInterval_ms_ = 0.1;  ///< the trace interval for the current window
    double sampledWindow_ms_ = 0.0;   ///< the window sampleInterval_ms_ was chosen for
    bool sampling_ = true;            ///< false while computing time that is never shown
    bool gapPending_ = false;         ///< sampling resumed: a gap goes before the next sample
    double rate_ = 0.0;               ///< simulated ms per wall ms of the recent advanceTo() calls (0: unknown)
    std::deque<std::pair<double, double>> progress_;  ///< (wall ms, simulated ms) over the last second
};

}  // namespace lif::ui

#pragma once
// SimulationWorker owns the core lif::Simulator of the live run and advances it paced against the wall clock:
// on every tick of its timer it advances simulated time to where the Pacer says it should be by now, in
// sub-chunks whose size the Pacer adapts so that each advanceTo() call costs well under a millisecond, and
// stops when the tick's time budget is spent. If the simulator cannot keep up, simulated time lags (the debt is
// capped) and the achieved speed is reported with every chunk. Where the trace is sampled, and where not, is
// VisibleSampling's decision. A submitted setup change is picked up between sub-chunks, applied at
// Simulator::time(), and the chunks after it carry its generation number (and the first one its time).
// Solver failures are caught, reported and stop the run: the diverged simulator is never advanced again (its
// state is meaningless and stepping it may never end); a reset, which the controller also issues on the next
// change, starts a fresh one at t = 0. Each advanceTo() call has a work budget (solver steps plus events), so
// one call stays short whatever the parameters. The worker stops computing while too many of its chunks wait
// unread, so neither box of its Mailbox grows without bound however fast the GUI submits or slow it draws.
//
// Threading: constructed on the GUI thread and moved to the worker thread before start(); deleted by its owner
// after the thread has ended (see finishOnWorkerThread()). Everything that crosses threads goes through the
// members marked thread-safe, which use the Mailbox (ui/simulation/mailbox.h): commands into its inbox, results
// (chunks, run state, failures) out of its outbox in the order they happened. The two signals carry no data;
// they are its doorbells.
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include "core/engine/simulator.h"
#include "ui/simulation/mailbox.h"
#include "ui/simulation/pacer.h"
#include "ui/simulation/simulation_types.h"
#include "ui/simulation/trace_packer.h"
#include "ui/simulation/visible_sampling.h"
#include "ui/simulation/worker_statistics.h"

class QTimer;

namespace lif::ui {

/// The simulation started or stopped running; simTime_ms is the simulated time it stopped or starts at.
struct RunningChange {
    bool running = false;
    double simTime_ms = 0.0;
};

/// A solver error (`diverged`: the simulator is lost and only a reset can continue) or a refused setup
/// (`diverged` false), in words for the status bar.
struct WorkerFailure {
    QString message;
    bool diverged = false;
};

/// One thing the worker reports to the GUI thread.
using WorkerEvent = std::variant<SimulationChunk, RunningChange, WorkerFailure>;

/// A setup and the generation number the controller gave it.
struct Submission {
    ModelSetup setup;
    quint64 generation = 0;
};

/// What the GUI thread asks of the worker; each slot keeps only the latest request.
struct WorkerCommands {
    std::optional<Submission> submission;
    std::optional<bool> running;
    std::optional<quint64> resetEpoch;
};

class SimulationWorker final : public QObject {
    Q_OBJECT

public:
    /// Where the run is. Only Running and Paused have a simulator that may be advanced.
    enum class RunState {
        NotStarted,     ///< before start()
        Running,        ///< paced by the timer
        Paused,         ///< by request; Run continues where it stopped
        PausedByError,  ///< the simulator failed (or could not be made) while running: a reset resumes the run
        Failed,         ///< the simulator failed and the run was paused since (or it failed while paused): a
                        ///< reset starts afresh, paused
    };

    /// Most solver steps plus events in one advanceTo() call (Simulator's work budget).
    static constexpr std::uint64_t kMaxWorkPerCall = 1024;
    /// Chunks emitted but not yet consumed by the GUI thread beyond which the worker stops computing.
    static constexpr int kMaxChunksInFlight = 6;
    /// Timer period of the paced loop, wall ms.
    static constexpr int kTickInterval_ms = 10;
    /// Longest a tick may compute before it hands its chunk over, wall ms (less than a 60 Hz frame).
    static constexpr double kTickBudget_ms = 7.0;
    /// Wall time spent computing after a change before the first chunk with it is handed over.
    static constexpr double kFirstAfterChange_ms = 1.0;
    /// Most work a tick does past its deadline to sample the last window of its time (VisibleSampling): the
    /// worker thread's CPU ms from the first look past the deadline. CPU time, not wall time: a thread that
    /// lost the processor for longer than this did no work in it, and ending the tick there would hand over a
    /// chunk whose last window was computed without samples.
    static constexpr double kMostOvertime_ms = kTickBudget_ms;

    SimulationWorker(const ModelSetup& initial, quint64 generation, double speed, double window_ms,
                     Pacer::Clock wallClock = Pacer::steadyClock());
    ~SimulationWorker() override;
    SimulationWorker(const SimulationWorker&) = delete;
    SimulationWorker& operator=(const SimulationWorker&) = delete;

    // ---- thread-safe ----
    // A burst of requests rings the inbox doorbell once and is served as its latest values.
    /// The latest submission wins; it takes effect at the next chunk boundary. Returns the generation this one
    /// replaced unread, if any: that one will never take effect.
    std::optional<quint64> submit(const ModelSetup& setup, quint64 generation);
    void requestRunning(bool running);
    /// A fresh simulator from the latest setup at t = 0; chunks after it carry `epoch`.
    void requestReset(quint64 epoch);
    /// Everything reported since the last call, oldest first.
    std::vector<WorkerEvent> takeEvents();
    WorkerStats stats() const { return statistics_.snapshot(); }
    void setSpeed(double speed) { speed_.store(speed); }
    void setWindow(double window_ms) { window_ms_.store(window_ms); }
    /// Makes a running tick return at its next sub-chunk boundary; used before the thread quits.
    void requestStop() { stopRequested_.store(true); }
    /// True once finishOnWorkerThread() ran; reading it orders everything the worker thread did before it
    /// (for the owner, before deleting the worker on another thread).
    bool finishedOnWorkerThread() const { return finished_.load(std::memory_order_acquire); }

    // ---- worker thread only ----
    /// Creates the simulator and the pacing timer, emits the first chunk (t = 0) and starts running.
    void start();
    /// Serves the inbox: a reset first (it takes the latest setup), then run or pause, then a setup change.
    void serviceInbox();
    /// The last thing the worker thread does (connected directly to QThread::finished): stops the timer in
    /// its own thread and publishes that the worker is done with every member.
    void finishOnWorkerThread();

Q_SIGNALS:
    /// The inbox went from empty to holding requests: call serviceInbox() on the worker thread (queued).
    void inboxRung();
    /// The outbox went from empty to holding events: call takeEvents() on the GUI thread (queued).
    void eventsPosted();

private:
    void tick();
    /// Advances towards `target_ms` until `deadline_ms` (wall), serving changes between sub-chunks. False if
    /// the simulator failed.
    bool advanceUntil(double target_ms, double deadline_ms);
    /// One advanceTo() call towards `target_ms`, started at wall time `callStart` and thread CPU time
    /// `cpuStart` (both read once by advanceUntil(), which needs them too); false if the simulator failed.
    bool advanceOnce(double target_ms, double deadline_ms, double callStart, double cpuStart);
    void run();
    void pause();
    void reset(quint64 epoch);
    void setState(RunState state);
    bool advanceable() const { return state_ == RunState::Running || state_ == RunState::Paused; }
    bool running() const { return state_ == RunState::Running; }
    /// The submission waiting in the inbox, if any, taken out of it.
    std::optional<Submission> takeSubmission();
    bool applyPendingChange();
    /// Packs batch_ into chunk_; `closeBucket` also ends the open bucket (before a generation change or pause).
    void packBatch(bool closeBucket);
    void flushChunk();
    void startChunk();
    /// The simulator failed; `lost`: its state is meaningless (or it could not be made) and only a reset helps.
    void fail(const QString& message, bool lost);
    /// Follows a change of the visible window: a new sampling interval from now on.
    void followWindow();
    /// Turns sampling on or off (off for simulated time that scrolls out of sight before it is drawn).
    void setSampling(bool on);
    bool throttled() const { return statistics_.chunksInFlight() >= kMaxChunksInFlight; }
    double simTime() const { return simulator_ != nullptr ? simulator_->time() : 0.0; }

    // Shared with other threads.
    std::atomic<double> speed_;
    std::atomic<double> window_ms_;
    std::atomic<bool> stopRequested_{false};
    std::atomic<bool> finished_{false};
    std::atomic<bool> submissionWaiting_{false};  ///< a cheap hint for the tick loop; the inbox holds it
    Mailbox<WorkerCommands, WorkerEvent> mailbox_;
    WorkerStatistics statistics_;

    // Worker thread only.
    RunState state_ = RunState::NotStarted;
    ModelSetup applied_;
    quint64 appliedGeneration_ = 0;
    quint64 epoch_ = 0;
    std::unique_ptr<Simulator> simulator_;
    Batch batch_;
    SimulationChunk chunk_;
    TracePacker packer_;
    VisibleSampling sampling_;
    Pacer pacer_;
    bool sampledThisTick_ = false;  ///< this tick has taken samples (VisibleSampling::plan())
    QTimer* timer_ = nullptr;
};

}  // namespace lif::ui

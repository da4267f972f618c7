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
// Threading: constructed on the GUI thread and moved to the worker thread before start(). submit(),
// setSpeed(), setWindow() and requestStop() are thread-safe and may be called from any thread; every other
// member function runs on the worker thread only (invoke them through queued calls).
#include <QObject>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <utility>

#include "core/simulator.h"
#include "ui/simulation_types.h"
#include "ui/trace_packer.h"

class QElapsedTimer;
class QTimer;

namespace lif::ui {

class SimulationWorker final : public QObject {
    Q_OBJECT

public:
    /// Trace sampling interval of the live simulator, ms.
    static constexpr double kSampleInterval_ms = 0.1;
    /// Timer period of the paced loop, wall ms.
    static constexpr int kTickInterval_ms = 10;
    /// Longest a tick may compute before it hands its chunk over, wall ms (less than a 60 Hz frame).
    static constexpr double kTickBudget_ms = 7.0;

    SimulationWorker(const ModelSetup& initial, quint64 generation, double speed, double window_ms);
    ~SimulationWorker() override;
    SimulationWorker(const SimulationWorker&) = delete;
    SimulationWorker& operator=(const SimulationWorker&) = delete;

    // ---- thread-safe ----
    /// The latest submission wins; it takes effect at the next chunk boundary.
    void submit(const ModelSetup& setup, quint64 generation);
    void setSpeed(double speed);
    void setWindow(double window_ms);
    /// Makes a running tick return at its next sub-chunk boundary; used before the thread quits.
    void requestStop();

    // ---- worker thread only ----
    /// Creates the simulator and the pacing timer, emits the first chunk (t = 0) and starts running.
    void start();
    /// Resumes pacing (ignored after a divergence: only reset() continues then).
    void run();
    void pause();
    /// A fresh simulator from the latest setup at t = 0; chunks after it carry `epoch`. Resumes the run if it
    /// was paused by an error.
    void reset(quint64 epoch);
    /// Applies a submitted change now (used when paused, or to avoid waiting for the next tick).
    void wake();

Q_SIGNALS:
    void chunkReady(const lif::ui::SimulationChunk& chunk);
    /// After the last chunk of a run phase (false) or before the first (true).
    void runningChanged(bool running, double simTime_ms);
    /// A solver error (`diverged`: the simulator's state is lost and only a reset can continue) or a refused
    /// setup (`diverged` false), in words for the status bar.
    void failed(const QString& message, bool diverged);

private:
    void tick();
    void setRunning(bool running);
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

    // Shared with other threads.
    std::atomic<double> speed_;
    std::atomic<double> window_ms_;
    std::atomic<bool> stopRequested_{false};
    std::atomic<bool> changePending_{false};
    std::mutex pendingMutex_;  ///< guards the two fields below; held only to copy them
    ModelSetup pendingSetup_;
    quint64 pendingGeneration_ = 0;

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
    double anchorSpeed_ = 1.0;                        ///< the speed the anchor was set for
    double subChunk_ms_ = 0.1;                        ///< simulated time per advanceTo() call, adapted to its cost
    std::deque<std::pair<double, double>> progress_;  ///< (wall ms, simulated ms) over the last second
};

}  // namespace lif::ui

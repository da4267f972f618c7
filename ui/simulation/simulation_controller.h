#pragma once
// SimulationController is the GUI's handle on the simulation: it owns the worker thread and the
// SimulationWorker living in it, forwards commands (run, pause, reset, speed, window, setup changes) to it and
// re-emits what it produces. Every submitted setup gets a generation number and the time it was submitted, so
// the first replot that shows samples of that generation can report the change-to-screen latency. Chunks from
// before the latest reset are dropped here, so the plots never see a stale run. After the solver diverged, the
// next change (or Run) restarts the run at t = 0 with the latest setup: the diverged state cannot be continued. The
// destructor asks the worker to stop (an atomic flag), quits the thread's event loop and waits for it: closing the
// window mid-run is clean.
//
// Threading: GUI thread only. It talks to the worker through its thread-safe inbox and outbox only; the signals
// between them carry no data (see simulation_worker.h).
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>

#include "ui/simulation/simulation_types.h"

namespace lif::ui {

class SimulationWorker;
struct WorkerStats;

class SimulationController final : public QObject {
    Q_OBJECT

public:
    /// Most submitted generations whose submission time is remembered for the latency measurement.
    static constexpr quint64 kTrackedGenerations = 64;

    /// Starts the worker thread; the simulation starts running at once with `initial`.
    SimulationController(const ModelSetup& initial, double speed, double window_ms, QObject* parent = nullptr);
    ~SimulationController() override;
    SimulationController(const SimulationController&) = delete;
    SimulationController& operator=(const SimulationController&) = delete;

    /// Sends a (valid) setup to the worker; returns its generation number. After a divergence it also restarts.
    quint64 submit(const ModelSetup& setup);
    void run();
    void pause();
    void setRunning(bool running);
    /// Restarts at t = 0 from the latest submitted setup; chunks of the old run are dropped from now on.
    void reset();
    void setSpeed(double speed);
    void setWindow(double window_ms);

    bool isRunning() const { return running_; }
    quint64 latestGeneration() const { return generation_; }
    /// The setup most recently submitted (what the next reset starts from).
    const ModelSetup& latestSetup() const { return latest_; }
    /// For tests: the thread the worker lives in.
    QThread* workerThread() { return &thread_; }

    /// The worker's own measurements (call costs, chunks emitted, the most chunks queued at once).
    WorkerStats workerStats() const;
    /// Chunks received from the worker, and how many of them belonged to an earlier run and were dropped.
    quint64 chunksReceived() const { return chunksReceived_; }
    quint64 staleChunks() const { return staleChunks_; }
    /// Generations submitted but not yet shown (bounded: superseded ones are forgotten when a newer is shown).
    int unshownGenerations() const { return static_cast<int>(submittedAt_ns_.size()); }

    /// Called by whoever draws the chunks after a replot that showed samples up to `generation`.
    void noteGenerationShown(quint64 generation);

Q_SIGNALS:
    void chunkReady(const lif::ui::SimulationChunk& chunk);
    void runningChanged(bool running);
    void solverFailed(const QString& message);
    /// The run starts again at t = 0 (after reset(), or a change or Run following a divergence): clear plots.
    void runRestarted();
    /// Wall time from submitting `generation` to the first replot showing its samples.
    void changeLatencyMeasured(quint64 generation, double latency_ms);

private:
    void takeWorkerEvents();
    void onChunk(const SimulationChunk& chunk);
    void onRunningChanged(bool running);
    void onFailed(const QString& message, bool diverged);
    void restart();

    QThread thread_;
    SimulationWorker* worker_ = nullptr;  ///< lives in thread_; deleted here after the thread has ended
    ModelSetup latest_;
    quint64 generation_ = 1;
    quint64 epoch_ = 0;
    quint64 lastShownGeneration_ = 0;
    quint64 chunksReceived_ = 0;
    quint64 staleChunks_ = 0;
    bool running_ = true;
    bool needsRestart_ = false;  ///< the solver diverged; the next change or Run restarts at t = 0
    QElapsedTimer clock_;
    QHash<quint64, qint64> submittedAt_ns_;  ///< generations not yet shown
};

}  // namespace lif::ui

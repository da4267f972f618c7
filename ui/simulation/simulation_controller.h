#pragma once
// SimulationController is the GUI's handle on the simulation: it owns the worker thread and the
// SimulationWorker living in it, forwards commands (run, pause, reset, speed, window, setup changes) to it and
// re-emits what it produces. Every submitted setup gets a generation number and the time it was submitted, so
// the first replot that shows samples of that generation can report the change-to-screen latency. It owns the
// run's one RunHistory (core/model/run_history.h): the worker's chunks say only which generation they were
// computed with and when it took effect, and the controller, which knows the setup of every generation it
// submitted, records it; the plots' level lines and change marks, the session's duration and the export read
// it. The setups of submitted generations are kept only while the worker may still report them. Chunks from
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

#include <map>
#include <memory>

#include "core/model/run_history.h"
#include "ui/simulation/pacer.h"
#include "ui/simulation/simulation_types.h"

namespace lif::ui {

class SimulationWorker;
struct WorkerStats;

class SimulationController final : public QObject {
    Q_OBJECT

public:
    /// Most submitted generations whose submission time is remembered for the latency measurement.
    static constexpr quint64 kTrackedGenerations = 64;

    /// Starts the worker thread; the simulation starts running at once with `initial`. `wallClock` paces the
    /// worker (read on the worker thread only); tests inject one that jumps, as a descheduled thread sees it.
    SimulationController(const ModelSetup& initial, double speed, double window_ms,
                         Pacer::Clock wallClock = Pacer::steadyClock(), QObject* parent = nullptr);
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
    /// How the current run came about: its setups and the times they took effect. Updated before each
    /// chunkReady(); restarted (with the latest setup) by every restart. Shared so that it outlives the
    /// controller for whoever still reads it (the window after close).
    std::shared_ptr<const RunHistory> history() const { return history_; }
    /// Submitted generations whose setups are kept because the worker may still report them (a few).
    int keptSubmissions() const { return static_cast<int>(submitted_.size()); }
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
    /// Records in the history what `chunk` of the current run says about its setup.
    void record(const SimulationChunk& chunk);

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
    std::shared_ptr<RunHistory> history_;
    /// The setups of the generations the worker may still report: the last one it reported and any later
    /// one it may have taken or may take (one replaced unread never takes effect and is dropped at once).
    std::map<quint64, ModelSetup> submitted_;
    bool historyStarted_ = false;  ///< the current run's first chunk has been recorded
};

}  // namespace lif::ui

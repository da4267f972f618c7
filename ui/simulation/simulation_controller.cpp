#include "ui/simulation/simulation_controller.h"

#include <iterator>
#include <utility>

#include "ui/simulation/simulation_worker.h"

namespace lif::ui {

SimulationController::SimulationController(const ModelSetup& initial, double speed, double window_ms,
                                           Pacer::Clock wallClock, QObject* parent)
    : QObject(parent), latest_(initial), history_(std::make_shared<RunHistory>(initial)) {
    clock_.start();
    thread_.setObjectName(QStringLiteral("lifscope-simulation"));
    worker_ = new SimulationWorker(initial, generation_, speed, window_ms, std::move(wallClock));
    worker_->moveToThread(&thread_);
    // Every connection is made before the thread starts; the doorbells carry no data (see simulation_worker.h).
    connect(&thread_, &QThread::started, worker_, &SimulationWorker::start);
    connect(&thread_, &QThread::finished, worker_, &SimulationWorker::finishOnWorkerThread, Qt::DirectConnection);
    connect(worker_, &SimulationWorker::inboxRung, worker_, &SimulationWorker::serviceInbox, Qt::QueuedConnection);
    connect(worker_, &SimulationWorker::eventsPosted, this, &SimulationController::takeWorkerEvents,
            Qt::QueuedConnection);
    submittedAt_ns_.insert(generation_, clock_.nsecsElapsed());
    submitted_.emplace(generation_, initial);
    thread_.start();
}

SimulationController::~SimulationController() {
    worker_->requestStop();
    thread_.quit();
    thread_.wait();
    // The worker is deleted here, on the GUI thread, once its thread has ended: deleting it in its own thread
    // (deleteLater) would tear down its connections there while this thread may still be using them. The
    // acquire read orders everything the worker thread did before this deletion.
    if (!worker_->finishedOnWorkerThread()) {
        qWarning("LIFscope: the simulation thread ended without finishing its worker");
    }
    delete worker_;
}

quint64 SimulationController::submit(const ModelSetup& setup) {
    latest_ = setup;
    ++generation_;
    submittedAt_ns_.insert(generation_, clock_.nsecsElapsed());
    // Only the latest few submissions can still be shown first; older ones are superseded: forget them, so a
    // burst of edits between two replots cannot grow this table.
    if (generation_ > kTrackedGenerations) {
        submittedAt_ns_.remove(generation_ - kTrackedGenerations);
    }
    submitted_.insert_or_assign(generation_, setup);
    // At most one doorbell is pending: a burst of submissions is applied as its latest, not replayed.
    if (const auto replaced = worker_->submit(setup, generation_)) {
        submitted_.erase(*replaced);
    }
    if (needsRestart_) {
        restart();
    }
    return generation_;
}

void SimulationController::run() {
    setRunning(true);
}

void SimulationController::pause() {
    setRunning(false);
}

void SimulationController::setRunning(bool running) {
    if (running && needsRestart_) {
        restart();
    } else {
        worker_->requestRunning(running);
    }
}

void SimulationController::reset() {
    restart();
}

void SimulationController::onFailed(const QString& message, bool diverged) {
    needsRestart_ = needsRestart_ || diverged;
    Q_EMIT solverFailed(message);
}

void SimulationController::restart() {
    needsRestart_ = false;
    ++epoch_;
    history_->restart(latest_);  // what readers see until the new run's first chunk says what it started with
    historyStarted_ = false;
    worker_->requestReset(epoch_);
    Q_EMIT runRestarted();
}

void SimulationController::setSpeed(double speed) {
    worker_->setSpeed(speed);
}

void SimulationController::setWindow(double window_ms) {
    worker_->setWindow(window_ms);
}

WorkerStats SimulationController::workerStats() const {
    return worker_->stats();
}

void SimulationController::takeWorkerEvents() {
    for (WorkerEvent& event : worker_->takeEvents()) {
        if (auto* chunk = std::get_if<SimulationChunk>(&event)) {
            onChunk(*chunk);
        } else if (auto* change = std::get_if<RunningChange>(&event)) {
            onRunningChanged(change->running);
        } else if (auto* failure = std::get_if<WorkerFailure>(&event)) {
            onFailed(failure->message, failure->diverged);
        }
    }
}

void SimulationController::onChunk(const SimulationChunk& chunk) {
    ++chunksReceived_;
    // The worker applies generations in order, stale runs included: older ones will never be reported again.
    submitted_.erase(submitted_.begin(), submitted_.lower_bound(chunk.generation));
    if (chunk.epoch != epoch_) {
        ++staleChunks_;
        return;  // queued before the latest reset
    }
    record(chunk);
    Q_EMIT chunkReady(chunk);
}

void SimulationController::record(const SimulationChunk& chunk) {
    if (chunk.changeTime_ms.has_value()) {
        const auto submission = submitted_.find(chunk.generation);
        if (submission == submitted_.end()) {
            qWarning("LIFscope: the worker reported generation %llu, which was never submitted or was forgotten",
                     static_cast<unsigned long long>(chunk.generation));
        } else if (!historyStarted_) {
            history_->restart(submission->second);  // the first chunk of a run: its start at t = 0
            historyStarted_ = true;
        } else {
            // The same rule as the simulator's apply(): a protocol applied anew starts where it took effect.
            ModelSetup setup = submission->second;
            setup.stimulus = appliedAt(history_->latest().stimulus, setup.stimulus, *chunk.changeTime_ms);
            history_->record(*chunk.changeTime_ms, setup);
        }
    }
    if (historyStarted_) {
        history_->reach(chunk.simTime_ms);
    }
}

void SimulationController::onRunningChanged(bool running) {
    running_ = running;
    Q_EMIT runningChanged(running);
}

void SimulationController::noteGenerationShown(quint64 generation) {
    if (generation <= lastShownGeneration_) {
        return;
    }
    lastShownGeneration_ = generation;
    const auto it = submittedAt_ns_.find(generation);
    if (it != submittedAt_ns_.end()) {
        const double latency_ms = static_cast<double>(clock_.nsecsElapsed() - it.value()) * 1e-6;
        Q_EMIT changeLatencyMeasured(generation, latency_ms);
    }
    // Generations up to this one are either shown now or were superseded before the worker applied them.
    for (auto entry = submittedAt_ns_.begin(); entry != submittedAt_ns_.end();) {
        entry = entry.key() <= generation ? submittedAt_ns_.erase(entry) : std::next(entry);
    }
}

}  // namespace lif::ui

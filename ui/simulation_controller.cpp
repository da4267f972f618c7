#include "ui/simulation_controller.h"

#include <QMetaObject>

#include <iterator>

#include "ui/simulation_worker.h"

namespace lif::ui {

SimulationController::SimulationController(const ModelSetup& initial, double speed, double window_ms, QObject* parent)
    : QObject(parent), latest_(initial) {
    qRegisterMetaType<lif::ui::SimulationChunk>();
    qRegisterMetaType<lif::ui::ModelSetup>();
    clock_.start();
    thread_.setObjectName(QStringLiteral("lifscope-simulation"));
    worker_ = new SimulationWorker(initial, generation_, speed, window_ms);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::started, worker_, &SimulationWorker::start);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &SimulationWorker::chunkReady, this, &SimulationController::onChunk);
    connect(worker_, &SimulationWorker::runningChanged, this, &SimulationController::onRunningChanged);
    connect(worker_, &SimulationWorker::failed, this, &SimulationController::onFailed);
    submittedAt_ns_.insert(generation_, clock_.nsecsElapsed());
    thread_.start();
}

SimulationController::~SimulationController() {
    worker_->requestStop();
    thread_.quit();
    thread_.wait();
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
    worker_->submit(setup, generation_);
    if (needsRestart_) {
        restart();
    } else if (worker_->claimWake()) {
        // At most one wake is queued: a burst of submissions is applied as its latest, not replayed.
        QMetaObject::invokeMethod(worker_, &SimulationWorker::wake, Qt::QueuedConnection);
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
    } else if (running) {
        QMetaObject::invokeMethod(worker_, &SimulationWorker::run, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(worker_, &SimulationWorker::pause, Qt::QueuedConnection);
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
    const quint64 epoch = epoch_;
    SimulationWorker* worker = worker_;
    QMetaObject::invokeMethod(
        worker_, [worker, epoch] { worker->reset(epoch); }, Qt::QueuedConnection);
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

void SimulationController::onChunk(const SimulationChunk& chunk) {
    worker_->chunkConsumed();
    ++chunksReceived_;
    if (chunk.epoch != epoch_) {
        ++staleChunks_;
        return;  // queued before the latest reset
    }
    Q_EMIT chunkReady(chunk);
}

void SimulationController::onRunningChanged(bool running, double /*simTime_ms*/) {
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

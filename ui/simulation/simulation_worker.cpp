#include "ui/simulation/simulation_worker.h"

#include <QTimer>

#include <algorithm>
#include <exception>
#include <utility>

namespace lif::ui {

SimulationWorker::SimulationWorker(const ModelSetup& initial, quint64 generation, double speed, double window_ms,
                                   Pacer::Clock wallClock)
    : speed_(speed),
      window_ms_(window_ms),
      mailbox_([this] { Q_EMIT inboxRung(); }, [this] { Q_EMIT eventsPosted(); }),
      applied_(initial),
      appliedGeneration_(generation),
      pacer_(std::move(wallClock)) {}

SimulationWorker::~SimulationWorker() = default;

std::optional<quint64> SimulationWorker::submit(const ModelSetup& setup, quint64 generation) {
    std::optional<quint64> replaced;
    mailbox_.send([&](WorkerCommands& commands) {
        if (commands.submission.has_value()) {
            replaced = commands.submission->generation;
        }
        commands.submission = Submission{setup, generation};
        submissionWaiting_.store(true);
    });
    return replaced;
}

void SimulationWorker::requestRunning(bool running) {
    mailbox_.send([&](WorkerCommands& commands) { commands.running = running; });
}

void SimulationWorker::requestReset(quint64 epoch) {
    mailbox_.send([&](WorkerCommands& commands) { commands.resetEpoch = epoch; });
}

std::vector<WorkerEvent> SimulationWorker::takeEvents() {
    std::vector<WorkerEvent> events = mailbox_.takeEvents();
    const auto chunks = std::count_if(events.begin(), events.end(), [](const WorkerEvent& event) {
        return std::holds_alternative<SimulationChunk>(event);
    });
    statistics_.noteChunksTaken(static_cast<int>(chunks));
    return events;
}

void SimulationWorker::finishOnWorkerThread() {
    if (timer_ != nullptr) {
        timer_->stop();
    }
    finished_.store(true, std::memory_order_release);
}

void SimulationWorker::start() {
    timer_ = new QTimer(this);
    timer_->setTimerType(Qt::PreciseTimer);
    timer_->setInterval(kTickInterval_ms);
    connect(timer_, &QTimer::timeout, this, &SimulationWorker::tick);
    reset(epoch_);
    run();
}

void SimulationWorker::serviceInbox() {
    // The submission stays in the inbox until the worker can apply it (takeSubmission()): one taken and then
    // superseded unapplied would be a generation the controller keeps for a report that never comes.
    const WorkerCommands commands = mailbox_.takeSome([](WorkerCommands& inbox) {
        WorkerCommands requests;
        requests.running = std::exchange(inbox.running, std::nullopt);
        requests.resetEpoch = std::exchange(inbox.resetEpoch, std::nullopt);
        return requests;
    });
    statistics_.noteWake();
    // A reset first: it only resumes a run paused by an error, which an explicit Run or Pause then overrides,
    // the same outcome as serving the requests one by one in the order they were made.
    if (commands.resetEpoch.has_value()) {
        reset(*commands.resetEpoch);
    }
    if (commands.running.has_value()) {
        *commands.running ? run() : pause();
    }
    if (running()) {
        tick();  // applies a change and computes its first samples now, not at the next timer tick
    } else if (applyPendingChange()) {
        flushChunk();
    }
}

// ---- run state ----

void SimulationWorker::setState(RunState state) {
    if (stopRequested_.load()) {
        return;
    }
    const bool wasRunning = running();
    state_ = state;
    if (running() == wasRunning) {
        return;
    }
    if (running()) {
        pacer_.anchor(simTime(), speed_.load());
        timer_->start();
    } else {
        timer_->stop();
    }
    mailbox_.post(RunningChange{running(), simTime()});
}

void SimulationWorker::run() {
    if (state_ == RunState::Paused) {
        setState(RunState::Running);
    }
}

void SimulationWorker::pause() {
    if (state_ == RunState::Running) {
        packBatch(true);
        flushChunk();
        setState(RunState::Paused);
    } else if (state_ == RunState::PausedByError) {
        state_ = RunState::Failed;
    }
}

void SimulationWorker::reset(quint64 epoch) {
    if (stopRequested_.load()) {
        return;
    }
    epoch_ = epoch;
    if (const std::optional<Submission> submission = takeSubmission()) {
        applied_ = submission->setup;
        appliedGeneration_ = submission->generation;
    }
    try {
        RunSetup setup;
        setup.model() = applied_;
        sampling_.restart(window_ms_.load());
        setup.dt_ms = sampling_.interval();
        simulator_ = std::make_unique<Simulator>(setup);
        pacer_.forgetPace();
    } catch (const std::exception& error) {
        // The panel only submits valid setups; this is a defect, reported rather than fatal.
        simulator_.reset();
        fail(QString::fromStdString(error.what()), true);
        return;
    }
    const bool resume = state_ == RunState::Running || state_ == RunState::PausedByError;
    state_ = state_ == RunState::Running ? RunState::Running : RunState::Paused;
    batch_.clear();
    startChunk();
    chunk_.changeTime_ms = 0.0;
    pacer_.restartSubChunk();
    packer_.discard();
    simulator_->advanceTo(0.0, batch_);  // the sample at t = 0
    packBatch(true);
    flushChunk();
    pacer_.anchor(0.0, speed_.load());
    if (resume) {
        setState(RunState::Running);
    }
}

void SimulationWorker::fail(const QString& message, bool lost) {
    if (lost) {
        const bool wantedRunning =
            state_ == RunState::Running || state_ == RunState::PausedByError || state_ == RunState::NotStarted;
        if (state_ == RunState::NotStarted) {
            mailbox_.post(RunningChange{false, simTime()});  // the controller takes a new run to be running
        }
        setState(wantedRunning ? RunState::PausedByError : RunState::Failed);
    }
    mailbox_.post(WorkerFailure{message, lost});
}

// ---- setup changes ----

std::optional<Submission> SimulationWorker::takeSubmission() {
    if (!submissionWaiting_.load()) {
        return std::nullopt;
    }
    return mailbox_.peek([this](WorkerCommands& inbox) {
        submissionWaiting_.store(false);
        return std::exchange(inbox.submission, std::nullopt);
    });
}

bool SimulationWorker::applyPendingChange() {
    if (!advanceable()) {
        return false;  // after a failure the change waits in the inbox for the reset, which takes it
    }
    const std::optional<Submission> submission = takeSubmission();
    if (!submission.has_value()) {
        return false;
    }
    const Submission& next = *submission;
    if (next.generation == appliedGeneration_) {
        return false;
    }
    packBatch(true);
    flushChunk();  // the samples so far belong to the previous generation
    try {
        simulator_->apply(next.setup);  // validates the whole setup before it changes anything
    } catch (const std::exception& error) {
        fail(tr("Change not applied: %1").arg(QString::fromStdString(error.what())), false);
        return false;
    }
    applied_ = next.setup;
    appliedGeneration_ = next.generation;
    statistics_.noteChangeApplied();
    startChunk();
    chunk_.changeTime_ms = simulator_->time();
    pacer_.restartSubChunk();
    return true;
}

// ---- the paced loop ----

void SimulationWorker::tick() {
    if (stopRequested_.load() || !advanceable()) {
        return;
    }
    if (throttled()) {
        // The GUI has not read the chunks already sent: computing more would only queue more. Simulated time
        // lags instead (the Pacer caps the debt) and the achieved speed says so.
        statistics_.noteThrottledTick();
        return;
    }
    const double workStart = pacer_.now();
    const bool changedNow = applyPendingChange();
    if (!running()) {
        flushChunk();
        return;
    }
    followWindow();
    const double now = pacer_.now();
    const double target = pacer_.target(simulator_->time(), speed_.load());
    sampledThisTick_ = false;
    // Right after a change, hand over the first samples computed with it quickly instead of using the whole
    // budget: that is what the person moving the slider is waiting to see.
    if (!advanceUntil(target, now + (changedNow ? kFirstAfterChange_ms : kTickBudget_ms))) {
        return;
    }
    const double end = pacer_.now();
    statistics_.noteWork(end - workStart);
    pacer_.noteProgress(end, simulator_->time());
    packBatch(false);
    flushChunk();
}

bool SimulationWorker::advanceUntil(double target_ms, double deadline_ms) {
    double overtimeFromCpu_ms = -1.0;  // the thread's CPU time at the first look past the deadline
    while (simulator_->time() < target_ms && !stopRequested_.load()) {
        if (submissionWaiting_.load() && !throttled()) {
            if (applyPendingChange()) {
                deadline_ms = pacer_.now() + kFirstAfterChange_ms;
                overtimeFromCpu_ms = -1.0;
            }
            if (!running()) {
                break;
            }
        }
        const double callStart = pacer_.now();
        const double callCpuStart = WorkerStatistics::threadCpu_ms();
        // Past the deadline a tick ends once the window before its time is sampled: the pace may have fallen
        // (the thread descheduled) after sampling was planned to start, and a chunk that ends with a sliver of
        // trace after time computed unsampled would show an almost empty window. The next call samples (plan()
        // sees no time left), so at least one sampled call follows however late this look comes.
        if (callStart >= deadline_ms) {
            if (sampling_.windowSampled(simulator_->time())) {
                break;
            }
            if (overtimeFromCpu_ms < 0.0) {
                overtimeFromCpu_ms = callCpuStart;
            } else if (callCpuStart - overtimeFromCpu_ms >= kMostOvertime_ms) {
                break;
            }
        }
        if (!advanceOnce(target_ms, deadline_ms, callStart, callCpuStart)) {
            return false;
        }
    }
    return true;
}

bool SimulationWorker::advanceOnce(double target_ms, double deadline_ms, double callStart, double cpuStart) {
    const double previous = simulator_->time();
    // Where this tick will probably end: the target, or as far as the recent pace reaches by the deadline.
    // Half the recent pace, so that sampling rather starts too early than too late.
    const double pace = pacer_.pace();
    // Past the deadline (see advanceUntil()) the tick ends here.
    const double left_ms = deadline_ms - callStart;
    const double reach = left_ms <= 0.0 ? previous : pace > 0.0 ? previous + 0.5 * pace * left_ms : target_ms;
    const VisibleSampling::Step step = sampling_.plan(previous, target_ms, reach, pacer_.subChunk(), sampledThisTick_);
    sampledThisTick_ = sampledThisTick_ || step.sample;
    const bool wholeSubChunk = previous + pacer_.subChunk() <= target_ms;
    setSampling(step.sample);
    try {
        simulator_->advanceTo(step.until_ms, batch_, kMaxWorkPerCall);
    } catch (const std::exception& error) {  // SolverError, or anything else the numerics throw
        packBatch(true);
        flushChunk();
        fail(QString::fromStdString(error.what()), true);
        return false;
    }
    const double cost = pacer_.now() - callStart;
    statistics_.noteCall(cost, WorkerStatistics::threadCpu_ms() - cpuStart);
    // Too long, or the work budget ran out first (the call ended early): the Pacer makes sub-chunks smaller.
    pacer_.noteCall(cost, simulator_->time() - previous, wholeSubChunk, simulator_->time() < step.until_ms);
    return true;
}

// ---- sampling and chunks ----

void SimulationWorker::followWindow() {
    const double window = window_ms_.load();
    if (!sampling_.windowChanged(window)) {
        return;
    }
    packBatch(true);  // the samples so far were taken at the old interval
    sampling_.follow(window);
    if (sampling_.sampling()) {
        simulator_->setSampleInterval(sampling_.interval());
    }
}

void SimulationWorker::setSampling(bool on) {
    if (on == sampling_.sampling()) {
        return;
    }
    packBatch(true);
    sampling_.turn(on, simulator_->time());
    simulator_->setSampleInterval(sampling_.simulatorInterval());
}

void SimulationWorker::startChunk() {
    chunk_ = SimulationChunk{};
    chunk_.epoch = epoch_;
    chunk_.generation = appliedGeneration_;
}

void SimulationWorker::packBatch(bool closeBucket) {
    if (simulator_ == nullptr) {
        return;
    }
    const double window = sampling_.window();
    packer_.configure(window, sampling_.interval(), chunk_);
    if (sampling_.gapPending() && !batch_.samples.empty()) {
        packer_.breakTrace(batch_.samples.front().t_ms, chunk_);
        sampling_.gapDrawn();
    }
    if (!batch_.samples.empty() || !batch_.spikeTimes_ms.empty()) {
        packer_.pack(batch_, simulator_->time() - window, applied_.parameters, chunk_);
        batch_.clear();
    }
    if (closeBucket) {
        packer_.close(chunk_);
    }
}

void SimulationWorker::flushChunk() {
    if (chunk_.t_ms.isEmpty() && chunk_.spikes_ms.isEmpty() && !chunk_.changeTime_ms.has_value()) {
        return;
    }
    chunk_.simTime_ms = simTime();
    chunk_.requestedSpeed = speed_.load();
    chunk_.achievedSpeed = pacer_.achievedSpeed();
    statistics_.noteChunkPosted();
    mailbox_.post(std::move(chunk_));
    startChunk();
}

}  // namespace lif::ui

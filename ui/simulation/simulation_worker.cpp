#include "ui/simulation/simulation_worker.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <exception>

namespace lif::ui {

namespace {

/// The most wall time of work the worker may owe: beyond it simulated time lags instead of bursting later.
constexpr double kMaxDebt_ms = 40.0;
/// Wall time one advanceTo() call should cost; the sub-chunk size is adapted towards it.
constexpr double kTargetCallCost_ms = 0.5;
/// Sub-chunk bounds, simulated ms. After every change the size starts small again, so extreme new
/// parameters (C = 10 pF, gL = 200 nS, tref = 0) can never make one call take longer than a frame.
constexpr double kMinSubChunk_ms = 1e-3;
constexpr double kMaxSubChunk_ms = 1e5;
constexpr double kInitialSubChunk_ms = 0.1;
/// Wall time spent computing after a change before the first chunk with it is handed over.
constexpr double kFirstAfterChange_ms = 1.0;
/// Span of wall time over which the achieved speed is measured.
constexpr double kSpeedSpan_ms = 1000.0;
/// Sampling starts this many windows before the predicted end of a tick: what lies further back scrolls out
/// of sight before the chunk is drawn. More than one, as the prediction is only an estimate.
constexpr double kSampledWindows = 1.5;
/// Most trace samples one advanceTo() call may emit.
constexpr double kMaxSamplesPerCall = 2000.0;

/// CPU time of the calling thread, ms (wall time includes the time the thread was not scheduled).
double threadCpu_ms() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) * 1e-6;
}

void raiseTo(std::atomic<double>& maximum, double value) {
    double seen = maximum.load(std::memory_order_relaxed);
    while (value > seen && !maximum.compare_exchange_weak(seen, value, std::memory_order_relaxed)) {
    }
}

}  // namespace

SimulationWorker::SimulationWorker(const ModelSetup& initial, quint64 generation, double speed, double window_ms)
    : speed_(speed),
      window_ms_(window_ms),
      pendingSetup_(initial),
      pendingGeneration_(generation),
      applied_(initial),
      appliedGeneration_(generation) {}

SimulationWorker::~SimulationWorker() = default;

bool SimulationWorker::submit(const ModelSetup& setup, quint64 generation) {
    const std::lock_guard<std::mutex> lock(inboxMutex_);
    pendingSetup_ = setup;
    pendingGeneration_ = generation;
    changePending_.store(true);
    return !std::exchange(inboxDoorbellRung_, true);
}

bool SimulationWorker::requestRunning(bool running) {
    const std::lock_guard<std::mutex> lock(inboxMutex_);
    requestedRunning_ = running;
    return !std::exchange(inboxDoorbellRung_, true);
}

bool SimulationWorker::requestReset(quint64 epoch) {
    const std::lock_guard<std::mutex> lock(inboxMutex_);
    requestedReset_ = epoch;
    return !std::exchange(inboxDoorbellRung_, true);
}

std::vector<WorkerEvent> SimulationWorker::takeEvents() {
    std::vector<WorkerEvent> events;
    {
        const std::lock_guard<std::mutex> lock(outboxMutex_);
        events.swap(outbox_);
        outboxDoorbellRung_ = false;
    }
    const auto chunks = std::count_if(events.begin(), events.end(), [](const WorkerEvent& event) {
        return std::holds_alternative<SimulationChunk>(event);
    });
    chunksInFlight_.fetch_sub(static_cast<int>(chunks));
    return events;
}

void SimulationWorker::post(WorkerEvent event) {
    bool ring = false;
    {
        const std::lock_guard<std::mutex> lock(outboxMutex_);
        outbox_.push_back(std::move(event));
        ring = !std::exchange(outboxDoorbellRung_, true);
    }
    if (ring) {
        Q_EMIT eventsPosted();
    }
}

bool SimulationWorker::finishedOnWorkerThread() const {
    return finished_.load(std::memory_order_acquire);
}

void SimulationWorker::finishOnWorkerThread() {
    if (timer_ != nullptr) {
        timer_->stop();
    }
    finished_.store(true, std::memory_order_release);
}

WorkerStats SimulationWorker::stats() const {
    WorkerStats result;
    result.calls = calls_.load();
    result.maxCall_ms = maxCall_ms_.load();
    result.maxCallCpu_ms = maxCallCpu_ms_.load();
    result.maxTick_ms = maxTick_ms_.load();
    result.chunksEmitted = chunksEmitted_.load();
    result.maxChunksInFlight = maxChunksInFlight_.load();
    result.wakes = wakes_.load();
    result.throttledTicks = throttledTicks_.load();
    result.changesApplied = changesApplied_.load();
    for (int k = 0; k < WorkerStats::kHistogramBins; ++k) {
        result.callHistogram[static_cast<std::size_t>(k)] = callHistogram_[static_cast<std::size_t>(k)].load();
    }
    return result;
}

double SimulationWorker::sampleIntervalFor(double window_ms) {
    if (!(window_ms > 0.0)) {
        return 0.1;
    }
    return std::clamp(window_ms / kSamplesPerWindow, kMinSampleInterval_ms, kMaxSampleInterval_ms);
}

void SimulationWorker::recordCall(double cost_ms, double cpu_ms) {
    calls_.fetch_add(1, std::memory_order_relaxed);
    raiseTo(maxCall_ms_, cost_ms);
    raiseTo(maxCallCpu_ms_, cpu_ms);
    const double us = cost_ms * 1e3;
    const int bin = us < 1.0 ? 0 : std::min(WorkerStats::kHistogramBins - 1, 1 + static_cast<int>(std::log2(us)));
    callHistogram_[static_cast<std::size_t>(bin)].fetch_add(1, std::memory_order_relaxed);
}

void SimulationWorker::recordWork(double cost_ms) {
    raiseTo(maxTick_ms_, cost_ms);
}

bool SimulationWorker::throttled() const {
    return chunksInFlight_.load() >= kMaxChunksInFlight;
}

void SimulationWorker::setSpeed(double speed) {
    speed_.store(speed);
}

void SimulationWorker::setWindow(double window_ms) {
    window_ms_.store(window_ms);
}

void SimulationWorker::requestStop() {
    stopRequested_.store(true);
}

double SimulationWorker::wallNow_ms() const {
    return static_cast<double>(clock_->nsecsElapsed()) * 1e-6;
}

void SimulationWorker::start() {
    clock_ = std::make_unique<QElapsedTimer>();
    clock_->start();
    timer_ = new QTimer(this);
    timer_->setTimerType(Qt::PreciseTimer);
    timer_->setInterval(kTickInterval_ms);
    connect(timer_, &QTimer::timeout, this, &SimulationWorker::tick);
    reset(epoch_);
    setRunning(true);
}

void SimulationWorker::createSimulator() {
    RunSetup setup;
    setup.model() = applied_;
    sampledWindow_ms_ = window_ms_.load();
    sampleInterval_ms_ = sampleIntervalFor(sampledWindow_ms_);
    setup.dt_ms = sampleInterval_ms_;
    simulator_ = std::make_unique<Simulator>(setup);
    sampling_ = true;
    gapPending_ = false;
    rate_ = 0.0;
}

void SimulationWorker::startChunk() {
    chunk_ = SimulationChunk{};
    chunk_.epoch = epoch_;
    chunk_.generation = appliedGeneration_;
    chunk_.setup = applied_;
}

void SimulationWorker::reset(quint64 epoch) {
    if (stopRequested_.load()) {
        return;
    }
    epoch_ = epoch;
    {
        const std::lock_guard<std::mutex> lock(inboxMutex_);
        if (changePending_.exchange(false)) {
            applied_ = pendingSetup_;
            appliedGeneration_ = pendingGeneration_;
        }
    }
    try {
        createSimulator();
    } catch (const std::exception& error) {
        // The panel only submits valid setups; this is a defect, reported rather than fatal.
        simulator_.reset();
        fail(QString::fromStdString(error.what()), false);
        return;
    }
    diverged_ = false;
    batch_.clear();
    startChunk();
    chunk_.setupChanged = true;
    chunk_.changeTime_ms = 0.0;
    subChunk_ms_ = kInitialSubChunk_ms;
    packer_.discard();
    simulator_->advanceTo(0.0, batch_);  // the sample at t = 0
    packBatch(true);
    flushChunk();
    reanchor();
    if (pausedByError_) {
        pausedByError_ = false;
        setRunning(true);
    }
}

void SimulationWorker::run() {
    if (simulator_ != nullptr && !diverged_) {
        pausedByError_ = false;
        setRunning(true);
    }
}

void SimulationWorker::pause() {
    pausedByError_ = false;
    setRunning(false);
}

void SimulationWorker::serviceInbox() {
    std::optional<quint64> resetEpoch;
    std::optional<bool> running;
    {
        const std::lock_guard<std::mutex> lock(inboxMutex_);
        resetEpoch = std::exchange(requestedReset_, std::nullopt);
        running = std::exchange(requestedRunning_, std::nullopt);
        inboxDoorbellRung_ = false;
    }
    wakes_.fetch_add(1, std::memory_order_relaxed);
    // A reset first: it only resumes a run paused by an error, which an explicit Run or Pause then overrides,
    // the same outcome as serving the requests one by one in the order they were made.
    if (resetEpoch.has_value()) {
        reset(*resetEpoch);
    }
    if (running.has_value()) {
        *running ? run() : pause();
    }
    if (running_) {
        tick();  // applies a change and computes its first samples now, not at the next timer tick
    } else if (applyPendingChange()) {
        flushChunk();
    }
}

void SimulationWorker::setRunning(bool running) {
    if (running == running_ || stopRequested_.load()) {
        return;
    }
    running_ = running;
    if (running) {
        reanchor();
        timer_->start();
    } else {
        timer_->stop();
        packBatch(true);
        flushChunk();
    }
    post(RunningChange{running, simulator_ != nullptr ? simulator_->time() : 0.0});
}

void SimulationWorker::reanchor() {
    anchorWall_ms_ = wallNow_ms();
    anchorSim_ms_ = simulator_ != nullptr ? simulator_->time() : 0.0;
    anchorSpeed_ = speed_.load();
    progress_.clear();
    progress_.emplace_back(anchorWall_ms_, anchorSim_ms_);
}

double SimulationWorker::achievedSpeed() const {
    if (progress_.size() < 2) {
        return anchorSpeed_;
    }
    const double wall = progress_.back().first - progress_.front().first;
    if (wall < 100.0) {
        return anchorSpeed_;  // too short to tell
    }
    return (progress_.back().second - progress_.front().second) / wall;
}

bool SimulationWorker::applyPendingChange() {
    if (diverged_ || !changePending_.load() || simulator_ == nullptr) {
        return false;  // after a divergence the change waits for the reset, which takes it from pendingSetup_
    }
    ModelSetup next;
    quint64 generation = 0;
    {
        const std::lock_guard<std::mutex> lock(inboxMutex_);
        changePending_.store(false);
        next = pendingSetup_;
        generation = pendingGeneration_;
    }
    if (generation == appliedGeneration_) {
        return false;
    }
    packBatch(true);
    flushChunk();  // the samples so far belong to the previous generation
    try {
        simulator_->apply(next);  // validates the whole setup before it changes anything
    } catch (const std::exception& error) {
        fail(QStringLiteral("Change not applied: %1").arg(QString::fromStdString(error.what())), false);
        return false;
    }
    applied_ = next;
    appliedGeneration_ = generation;
    changesApplied_.fetch_add(1, std::memory_order_relaxed);
    startChunk();
    chunk_.setupChanged = true;
    chunk_.changeTime_ms = simulator_->time();
    subChunk_ms_ = kInitialSubChunk_ms;
    return true;
}

void SimulationWorker::syncSampleInterval() {
    const double window = window_ms_.load();
    if (window == sampledWindow_ms_) {
        return;
    }
    packBatch(true);  // the samples so far were taken at the old interval
    sampledWindow_ms_ = window;
    sampleInterval_ms_ = sampleIntervalFor(window);
    if (sampling_) {
        simulator_->setSampleInterval(sampleInterval_ms_);
    }
}

void SimulationWorker::setSampling(bool on) {
    if (on == sampling_) {
        return;
    }
    packBatch(true);
    sampling_ = on;
    simulator_->setSampleInterval(on ? sampleInterval_ms_ : 0.0);
    // A gap before the next sample: the trace does not run straight across the time computed without samples.
    gapPending_ = gapPending_ || on;
}

void SimulationWorker::tick() {
    if (stopRequested_.load() || simulator_ == nullptr || diverged_) {
        return;
    }
    if (throttled()) {
        // The GUI has not read the chunks already sent: computing more would only queue more. Simulated time
        // lags instead (the debt is capped below) and the achieved speed says so.
        throttledTicks_.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    const double workStart = wallNow_ms();
    const bool changedNow = applyPendingChange();
    if (!running_) {
        flushChunk();
        return;
    }
    syncSampleInterval();
    const double now = wallNow_ms();
    if (speed_.load() != anchorSpeed_) {
        reanchor();
    }
    double target = anchorSim_ms_ + (now - anchorWall_ms_) * anchorSpeed_;
    if (target - simulator_->time() > anchorSpeed_ * kMaxDebt_ms) {
        // Behind: let simulated time lag rather than owe more work than fits in a few frames.
        anchorSim_ms_ = simulator_->time();
        anchorWall_ms_ = now - kMaxDebt_ms;
        target = anchorSim_ms_ + kMaxDebt_ms * anchorSpeed_;
    }
    // Right after a change, hand over the first samples computed with it quickly instead of using the whole
    // budget: that is what the person moving the slider is waiting to see.
    double deadline = now + (changedNow ? kFirstAfterChange_ms : kTickBudget_ms);
    while (simulator_->time() < target && !stopRequested_.load()) {
        if (changePending_.load() && !throttled()) {
            if (applyPendingChange()) {
                deadline = wallNow_ms() + kFirstAfterChange_ms;
            }
            if (!running_) {
                break;
            }
        }
        const double callStart = wallNow_ms();
        if (callStart >= deadline) {
            break;
        }
        const double cpuStart = threadCpu_ms();
        const double previous = simulator_->time();
        // Where this tick will probably end: the target, or as far as the recent pace reaches by the deadline.
        // Half the recent pace, so that sampling rather starts too early than too late.
        const double reach = rate_ > 0.0 ? previous + 0.5 * rate_ * (deadline - callStart) : target;
        const double sampleFrom = std::min(target, reach) - kSampledWindows * sampledWindow_ms_;
        const bool wholeSubChunk = previous + subChunk_ms_ <= target;
        double next = std::min(target, previous + subChunk_ms_);
        if (previous < sampleFrom) {
            setSampling(false);
            next = std::min(next, sampleFrom);
        } else {
            setSampling(true);
            // The work budget counts steps and events, not samples: bound those per call too (a sub-chunk grown
            // large while unsampled would otherwise emit tens of thousands of samples in one call).
            next = std::min(next, previous + kMaxSamplesPerCall * sampleInterval_ms_);
        }
        try {
            simulator_->advanceTo(next, batch_, kMaxWorkPerCall);
        } catch (const std::exception& error) {  // SolverError, or anything else the numerics throw
            packBatch(true);
            flushChunk();
            diverged_ = true;
            fail(QString::fromStdString(error.what()), true);
            return;
        }
        const double cost = wallNow_ms() - callStart;
        recordCall(cost, threadCpu_ms() - cpuStart);
        const double advanced = simulator_->time() - previous;
        if (cost > 0.0 && advanced > 0.0) {
            const double pace = advanced / cost;
            rate_ = rate_ > 0.0 ? 0.7 * rate_ + 0.3 * pace : pace;
        }
        if (cost > 2.0 * kTargetCallCost_ms || simulator_->time() < next) {
            // Too long, or the work budget ran out first: smaller sub-chunks.
            subChunk_ms_ = std::max(kMinSubChunk_ms, subChunk_ms_ * 0.5);
        } else if (cost < 0.5 * kTargetCallCost_ms && wholeSubChunk) {
            subChunk_ms_ = std::min(kMaxSubChunk_ms, subChunk_ms_ * 2.0);
        }
    }
    const double end = wallNow_ms();
    recordWork(end - workStart);
    progress_.emplace_back(end, simulator_->time());
    while (progress_.size() > 2 && end - progress_[1].first >= kSpeedSpan_ms) {
        progress_.pop_front();
    }
    packBatch(false);
    flushChunk();
}

void SimulationWorker::packBatch(bool closeBucket) {
    if (simulator_ == nullptr) {
        return;
    }
    const double window = sampledWindow_ms_;
    packer_.configure(window, sampleInterval_ms_, chunk_);
    if (gapPending_ && !batch_.samples.empty()) {
        packer_.breakTrace(batch_.samples.front().t_ms, chunk_);
        gapPending_ = false;
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
    if (chunk_.t_ms.isEmpty() && chunk_.spikes_ms.isEmpty() && !chunk_.setupChanged) {
        return;
    }
    chunk_.simTime_ms = simulator_ != nullptr ? simulator_->time() : 0.0;
    chunk_.requestedSpeed = speed_.load();
    chunk_.achievedSpeed = achievedSpeed();
    const int inFlight = chunksInFlight_.fetch_add(1) + 1;
    if (inFlight > maxChunksInFlight_.load(std::memory_order_relaxed)) {
        maxChunksInFlight_.store(inFlight, std::memory_order_relaxed);
    }
    chunksEmitted_.fetch_add(1, std::memory_order_relaxed);
    post(std::move(chunk_));
    startChunk();
}

void SimulationWorker::fail(const QString& message, bool diverged) {
    if (running_ && diverged) {
        pausedByError_ = true;
        running_ = false;
        if (timer_ != nullptr) {
            timer_->stop();
        }
        post(RunningChange{false, simulator_ != nullptr ? simulator_->time() : 0.0});
    }
    post(WorkerFailure{message, diverged});
}

}  // namespace lif::ui

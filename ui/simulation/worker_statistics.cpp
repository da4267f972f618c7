#include "ui/simulation/worker_statistics.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <ctime>

namespace lif::ui {

namespace {

void raiseTo(std::atomic<double>& maximum, double value) {
    double seen = maximum.load(std::memory_order_relaxed);
    while (value > seen && !maximum.compare_exchange_weak(seen, value, std::memory_order_relaxed)) {
    }
}

}  // namespace

double WorkerStatistics::threadCpu_ms() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) * 1e-6;
}

void WorkerStatistics::noteCall(double wall_ms, double cpu_ms) {
    calls_.fetch_add(1, std::memory_order_relaxed);
    raiseTo(maxCall_ms_, wall_ms);
    raiseTo(maxCallCpu_ms_, cpu_ms);
    const double us = wall_ms * 1e3;
    const int bin = us < 1.0 ? 0 : std::min(WorkerStats::kHistogramBins - 1, 1 + static_cast<int>(std::log2(us)));
    callHistogram_[static_cast<std::size_t>(bin)].fetch_add(1, std::memory_order_relaxed);
}

void WorkerStatistics::noteWork(double wall_ms) {
    raiseTo(maxTick_ms_, wall_ms);
}

void WorkerStatistics::noteChunkPosted() {
    const int inFlight = chunksInFlight_.fetch_add(1) + 1;
    if (inFlight > maxChunksInFlight_.load(std::memory_order_relaxed)) {
        maxChunksInFlight_.store(inFlight, std::memory_order_relaxed);
    }
    chunksEmitted_.fetch_add(1, std::memory_order_relaxed);
}

WorkerStats WorkerStatistics::snapshot() const {
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
    for (std::size_t k = 0; k < callHistogram_.size(); ++k) {
        result.callHistogram[k] = callHistogram_[k].load();
    }
    return result;
}

}  // namespace lif::ui

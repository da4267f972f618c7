#pragma once
// What the simulation worker measures about its own work, for the tests and the benchmark: the cost of every
// advanceTo() call (wall and thread CPU time, a histogram), the longest stretch of uninterrupted work, and the
// chunks in flight between the worker and the GUI thread. WorkerStatistics is written by the worker thread
// (and, for chunksTaken(), the GUI thread) and read by any as a WorkerStats snapshot.
//
// Units: wall ms unless named otherwise. Threading: every member of WorkerStatistics is thread-safe (relaxed
// atomics: each figure is exact, a snapshot of several need not be from one instant).
#include <QtGlobal>

#include <array>
#include <atomic>

namespace lif::ui {

/// A snapshot of WorkerStatistics.
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

class WorkerStatistics {
public:
    /// CPU time of the calling thread, ms (wall time includes the time the thread was not scheduled).
    static double threadCpu_ms();

    void noteCall(double wall_ms, double cpu_ms);
    void noteWork(double wall_ms);
    void noteWake() { wakes_.fetch_add(1, std::memory_order_relaxed); }
    void noteThrottledTick() { throttledTicks_.fetch_add(1, std::memory_order_relaxed); }
    void noteChangeApplied() { changesApplied_.fetch_add(1, std::memory_order_relaxed); }
    /// A chunk was posted to the GUI thread.
    void noteChunkPosted();
    /// The GUI thread took `count` chunks.
    void noteChunksTaken(int count) { chunksInFlight_.fetch_sub(count); }
    /// Chunks posted and not yet taken.
    int chunksInFlight() const { return chunksInFlight_.load(); }

    WorkerStats snapshot() const;

private:
    std::atomic<quint64> calls_{0};
    std::atomic<double> maxCall_ms_{0.0};
    std::atomic<double> maxCallCpu_ms_{0.0};
    std::atomic<double> maxTick_ms_{0.0};
    std::atomic<quint64> chunksEmitted_{0};
    std::atomic<int> chunksInFlight_{0};
    std::atomic<int> maxChunksInFlight_{0};
    std::atomic<quint64> wakes_{0};
    std::atomic<quint64> throttledTicks_{0};
    std::atomic<quint64> changesApplied_{0};
    std::array<std::atomic<quint64>, WorkerStats::kHistogramBins> callHistogram_{};
};

}  // namespace lif::ui

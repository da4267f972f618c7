#pragma once
// IsiStatistics: running statistics of a spike train's inter-spike intervals (ISIs), for the ISI view: count,
// mean ISI, rate (1000 / mean ISI), standard deviation and coefficient of variation (SD / mean), a histogram and
// the return map (ISI n+1 against ISI n). Over the last N intervals or the whole run.
//
// The whole run is summarised by Welford's running mean and variance (exact in count, stable in floating point,
// O(1) memory however long the run); the intervals themselves are kept for the last kMaxKeptIntervals only, which
// is what the histogram and the return map of the whole run draw (they say so through keptIntervals()).
//
// Units: ms, Hz. Threading: a plain value; one thread at a time.
#include <cstddef>
#include <deque>
#include <utility>
#include <vector>

namespace lif {

class IsiStatistics {
public:
    static constexpr std::size_t kMaxKeptIntervals = 100'000;
    static constexpr std::size_t kWholeRun = 0;

    /// `lastIntervals` = kWholeRun summarises every interval since the last reset.
    explicit IsiStatistics(std::size_t lastIntervals = kWholeRun);

    /// A new run: forgets every spike.
    void reset();
    /// Summarise the last N intervals (kWholeRun: all). Intervals already seen count again at once.
    void setLastIntervals(std::size_t lastIntervals);
    std::size_t lastIntervals() const { return lastIntervals_; }

    /// Spike times must not decrease; an earlier time is ignored.
    void addSpike(double t_ms);

    struct Summary {
        std::size_t spikes = 0;     ///< spikes seen since the reset
        std::size_t intervals = 0;  ///< intervals summarised
        double meanIsi_ms = 0.0;    ///< 0 without intervals
        double sdIsi_ms = 0.0;      ///< sample standard deviation (n - 1); 0 with fewer than two intervals
        double cv = 0.0;            ///< sdIsi / meanIsi; 0 with fewer than two intervals
        double rate_Hz = 0.0;       ///< 1000 / meanIsi; 0 without intervals
    };
    Summary summary() const;

    struct Histogram {
        double start_ms = 0.0;
        double binWidth_ms = 0.0;
        std::vector<std::size_t> counts;
    };
    /// `bins` equal bins from the shortest to the longest summarised interval (kept ones for the whole run).
    Histogram histogram(std::size_t bins) const;
    /// (ISI n, ISI n+1) for consecutive summarised intervals.
    std::vector<std::pair<double, double>> returnMap() const;
    /// The intervals the histogram and the return map draw, oldest first.
    std::vector<double> keptIntervals() const;

private:
    /// The intervals a summary of the last N covers (all kept ones for the whole run).
    std::pair<std::size_t, std::size_t> summarisedRange() const;

    std::size_t lastIntervals_;
    std::deque<double> intervals_;
    std::size_t spikes_ = 0;
    double lastSpike_ms_ = 0.0;
    // Welford over every interval since the reset.
    std::size_t count_ = 0;
    double mean_ = 0.0;
    double m2_ = 0.0;
};

}  // namespace lif

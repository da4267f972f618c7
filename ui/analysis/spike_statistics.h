#pragma once
// SpikeStatistics keeps the spike times streamed back from the worker that fall inside the visible window and
// summarises them for the theory panel: measured firing rate, mean inter-spike interval and its coefficient of
// variation (standard deviation / mean). It is a display summary of what the plot shows, bounded in memory.
// It knows since when it holds every spike (the start of the run, or the oldest time it forgot spikes before):
// a rate is spikes per time actually covered, so widening the window does not dilute it with time it never saw.
//
// Threading: GUI thread only.
#include <cstddef>
#include <deque>

#include <QVector>

namespace lif::ui {

class SpikeStatistics {
public:
    /// At most this many recent spikes are kept (far more than a window at any sane rate).
    static constexpr std::size_t kMaxSpikes = 20000;

    struct Summary {
        std::size_t spikeCount = 0;  ///< spikes in the time covered
        double span_ms = 0.0;        ///< time covered: the window, clipped to what is held (and to t = 0)
        double rate_Hz = 0.0;        ///< spikes per second over span_ms (0 while span_ms is 0)
        double meanIsi_ms = 0.0;     ///< NaN with fewer than two spikes
        double cvIsi = 0.0;          ///< NaN with fewer than three spikes
    };

    /// Forgets every spike; a run starts (again) at `start_ms`.
    void clear(double start_ms = 0.0) {
        spikes_.clear();
        coveredFrom_ms_ = start_ms;
    }
    /// Appends spike times (non-decreasing, later than those already held).
    void add(const QVector<double>& spikes_ms);
    /// Forgets spikes before t_ms.
    void removeBefore(double t_ms);
    /// Every spike since this time is held, ms.
    double coveredFrom() const { return coveredFrom_ms_; }

    /// Summary over [now - window, now], clipped to the time covered.
    Summary summarise(double now_ms, double window_ms) const;

private:
    std::deque<double> spikes_;
    double coveredFrom_ms_ = 0.0;
};

}  // namespace lif::ui

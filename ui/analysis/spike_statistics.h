#pragma once
// SpikeStatistics keeps the spike times streamed back from the worker that fall inside the visible window and
// summarises them for the theory panel: measured firing rate, mean inter-spike interval and its coefficient of
// variation (standard deviation / mean). It is a display summary of what the plot shows, bounded in memory.
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
        std::size_t spikeCount = 0;  ///< spikes in the window
        double rate_Hz = 0.0;        ///< spikes per second over the window (or since t = 0)
        double meanIsi_ms = 0.0;     ///< NaN with fewer than two spikes
        double cvIsi = 0.0;          ///< NaN with fewer than three spikes
    };

    void clear() { spikes_.clear(); }
    /// Appends spike times (non-decreasing, later than those already held).
    void add(const QVector<double>& spikes_ms);
    /// Forgets spikes before t_ms.
    void removeBefore(double t_ms);

    /// Summary over [now - window, now], clipped at t = 0 (the start of the run).
    Summary summarise(double now_ms, double window_ms) const;

private:
    std::deque<double> spikes_;
};

}  // namespace lif::ui

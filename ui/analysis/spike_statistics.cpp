#include "ui/analysis/spike_statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lif::ui {

void SpikeStatistics::add(const QVector<double>& spikes_ms) {
    for (const double t : spikes_ms) {
        if (spikes_.empty() || t >= spikes_.back()) {
            spikes_.push_back(t);
        }
    }
    while (spikes_.size() > kMaxSpikes) {
        coveredFrom_ms_ = std::max(coveredFrom_ms_, spikes_.front());  // spikes after it are all still held
        spikes_.pop_front();
    }
}

void SpikeStatistics::removeBefore(double t_ms) {
    coveredFrom_ms_ = std::max(coveredFrom_ms_, t_ms);
    while (!spikes_.empty() && spikes_.front() < t_ms) {
        spikes_.pop_front();
    }
}

SpikeStatistics::Summary SpikeStatistics::summarise(double now_ms, double window_ms) const {
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    Summary summary;
    summary.meanIsi_ms = kNaN;
    summary.cvIsi = kNaN;
    const double start = std::max({0.0, coveredFrom_ms_, now_ms - window_ms});
    summary.span_ms = std::max(0.0, now_ms - start);
    const auto first = std::lower_bound(spikes_.begin(), spikes_.end(), start);
    const auto last = std::upper_bound(first, spikes_.end(), now_ms);
    summary.spikeCount = static_cast<std::size_t>(std::distance(first, last));
    if (summary.span_ms > 0.0) {
        summary.rate_Hz = 1000.0 * static_cast<double>(summary.spikeCount) / summary.span_ms;
    }
    if (summary.spikeCount < 2) {
        return summary;
    }
    // Two passes (mean, then squared deviations): no cancellation when the firing is regular (CV near 0).
    const double intervals = static_cast<double>(summary.spikeCount - 1);
    summary.meanIsi_ms = (*(last - 1) - *first) / intervals;
    if (summary.spikeCount < 3) {
        return summary;
    }
    double squares = 0.0;
    for (auto it = first + 1; it != last; ++it) {
        const double deviation = (*it - *(it - 1)) - summary.meanIsi_ms;
        squares += deviation * deviation;
    }
    summary.cvIsi = std::sqrt(squares / (intervals - 1.0)) / summary.meanIsi_ms;
    return summary;
}

}  // namespace lif::ui

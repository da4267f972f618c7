#include "core/model/isi_statistics.h"

#include <algorithm>
#include <cmath>

namespace lif {

IsiStatistics::IsiStatistics(std::size_t lastIntervals) : lastIntervals_(lastIntervals) {}

void IsiStatistics::reset() {
    intervals_.clear();
    spikes_ = 0;
    lastSpike_ms_ = 0.0;
    count_ = 0;
    mean_ = 0.0;
    m2_ = 0.0;
}

void IsiStatistics::setLastIntervals(std::size_t lastIntervals) {
    lastIntervals_ = std::min(lastIntervals, kMaxKeptIntervals);
}

void IsiStatistics::addSpike(double t_ms) {
    if (spikes_ > 0 && t_ms < lastSpike_ms_) {
        return;
    }
    if (spikes_ > 0) {
        const double isi = t_ms - lastSpike_ms_;
        intervals_.push_back(isi);
        if (intervals_.size() > kMaxKeptIntervals) {
            intervals_.pop_front();
        }
        ++count_;
        const double delta = isi - mean_;
        mean_ += delta / static_cast<double>(count_);
        m2_ += delta * (isi - mean_);
    }
    lastSpike_ms_ = t_ms;
    ++spikes_;
}

std::pair<std::size_t, std::size_t> IsiStatistics::summarisedRange() const {
    const std::size_t n = intervals_.size();
    if (lastIntervals_ == kWholeRun || lastIntervals_ >= n) {
        return {0, n};
    }
    return {n - lastIntervals_, n};
}

IsiStatistics::Summary IsiStatistics::summary() const {
    Summary result;
    result.spikes = spikes_;
    double mean = 0.0;
    double variance = 0.0;
    std::size_t n = 0;
    if (lastIntervals_ == kWholeRun) {
        n = count_;
        mean = mean_;
        variance = n > 1 ? m2_ / static_cast<double>(n - 1) : 0.0;
    } else {
        const auto [first, last] = summarisedRange();
        n = last - first;
        for (std::size_t i = first; i < last; ++i) {  // Welford again: the window slides, sums would drift
            const double delta = intervals_[i] - mean;
            mean += delta / static_cast<double>(i - first + 1);
            variance += delta * (intervals_[i] - mean);
        }
        variance = n > 1 ? variance / static_cast<double>(n - 1) : 0.0;
    }
    result.intervals = n;
    if (n == 0) {
        return result;
    }
    result.meanIsi_ms = mean;
    result.rate_Hz = mean > 0.0 ? 1000.0 / mean : 0.0;
    if (n > 1) {
        result.sdIsi_ms = std::sqrt(std::max(0.0, variance));
        result.cv = mean > 0.0 ? result.sdIsi_ms / mean : 0.0;
    }
    return result;
}

std::vector<double> IsiStatistics::keptIntervals() const {
    const auto [first, last] = summarisedRange();
    return {intervals_.begin() + static_cast<std::ptrdiff_t>(first),
            intervals_.begin() + static_cast<std::ptrdiff_t>(last)};
}

IsiStatistics::Histogram IsiStatistics::histogram(std::size_t bins) const {
    Histogram result;
    const std::vector<double> kept = keptIntervals();
    if (kept.empty() || bins == 0) {
        return result;
    }
    const auto [lo, hi] = std::minmax_element(kept.begin(), kept.end());
    // A regular train has one ISI: give its bin a width so that it is drawn, centred on the value.
    // Intervals that differ only by rounding (a regular train: 1e-13 ms apart) are one value, not 40 bins of noise.
    const double span = *hi - *lo > 1e-9 * std::fabs(*hi) ? *hi - *lo : 0.0;
    const double width = span > 0.0 ? span / static_cast<double>(bins) : std::max(1e-3, 0.05 * *lo);
    result.start_ms = span > 0.0 ? *lo : *lo - 0.5 * width;
    result.binWidth_ms = width;
    result.counts.assign(span > 0.0 ? bins : 1, 0);
    for (const double isi : kept) {
        auto bin = static_cast<std::size_t>((isi - result.start_ms) / width);
        bin = std::min(bin, result.counts.size() - 1);  // the longest interval closes the last bin
        ++result.counts[bin];
    }
    return result;
}

std::vector<std::pair<double, double>> IsiStatistics::returnMap() const {
    const std::vector<double> kept = keptIntervals();
    std::vector<std::pair<double, double>> pairs;
    for (std::size_t i = 1; i < kept.size(); ++i) {
        pairs.emplace_back(kept[i - 1], kept[i]);
    }
    return pairs;
}

}  // namespace lif

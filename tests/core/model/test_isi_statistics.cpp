#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/model/isi_statistics.h"

namespace lif {
namespace {

IsiStatistics from(const std::vector<double>& spikes, std::size_t last = IsiStatistics::kWholeRun) {
    IsiStatistics statistics(last);
    for (const double t : spikes) {
        statistics.addSpike(t);
    }
    return statistics;
}

TEST(IsiStatistics, MatchesHandComputedValues) {
    // Intervals 10, 20, 30: mean 20, sample SD 10, CV 0.5, rate 50 Hz.
    const auto summary = from({5.0, 15.0, 35.0, 65.0}).summary();
    EXPECT_EQ(summary.spikes, 4u);
    EXPECT_EQ(summary.intervals, 3u);
    EXPECT_DOUBLE_EQ(summary.meanIsi_ms, 20.0);
    EXPECT_DOUBLE_EQ(summary.sdIsi_ms, 10.0);
    EXPECT_DOUBLE_EQ(summary.cv, 0.5);
    EXPECT_DOUBLE_EQ(summary.rate_Hz, 50.0);
}

TEST(IsiStatistics, LastNIntervalsOnly) {
    // Intervals 10, 20, 30, 40; the last two are 30 and 40: mean 35, SD sqrt(50).
    IsiStatistics statistics = from({0.0, 10.0, 30.0, 60.0, 100.0}, 2);
    auto summary = statistics.summary();
    EXPECT_EQ(summary.intervals, 2u);
    EXPECT_DOUBLE_EQ(summary.meanIsi_ms, 35.0);
    EXPECT_NEAR(summary.sdIsi_ms, std::sqrt(50.0), 1e-12);
    statistics.setLastIntervals(IsiStatistics::kWholeRun);
    summary = statistics.summary();
    EXPECT_EQ(summary.intervals, 4u);
    EXPECT_DOUBLE_EQ(summary.meanIsi_ms, 25.0);
}

TEST(IsiStatistics, FewSpikesGiveZerosNotNaN) {
    EXPECT_EQ(from({}).summary().intervals, 0u);
    const auto one = from({3.0}).summary();
    EXPECT_EQ(one.spikes, 1u);
    EXPECT_EQ(one.rate_Hz, 0.0);
    const auto two = from({3.0, 8.0}).summary();
    EXPECT_DOUBLE_EQ(two.meanIsi_ms, 5.0);
    EXPECT_EQ(two.cv, 0.0);
}

TEST(IsiStatistics, ResetForgetsTheRun) {
    IsiStatistics statistics = from({0.0, 10.0, 20.0});
    statistics.reset();
    EXPECT_EQ(statistics.summary().spikes, 0u);
    statistics.addSpike(100.0);
    statistics.addSpike(104.0);
    EXPECT_DOUBLE_EQ(statistics.summary().meanIsi_ms, 4.0) << "no interval across the reset";
}

TEST(IsiStatistics, HistogramAndReturnMap) {
    const IsiStatistics statistics = from({0.0, 10.0, 30.0, 40.0, 60.0});  // intervals 10, 20, 10, 20
    const auto histogram = statistics.histogram(2);
    EXPECT_DOUBLE_EQ(histogram.start_ms, 10.0);
    EXPECT_DOUBLE_EQ(histogram.binWidth_ms, 5.0);
    EXPECT_EQ(histogram.counts, (std::vector<std::size_t>{2, 2}));
    const auto map = statistics.returnMap();
    ASSERT_EQ(map.size(), 3u);
    EXPECT_EQ(map[0], std::make_pair(10.0, 20.0));
    EXPECT_EQ(map[1], std::make_pair(20.0, 10.0));
    // A perfectly regular train: one bin, centred on its interval.
    const auto regular = from({0.0, 15.0, 30.0, 45.0}).histogram(20);
    ASSERT_EQ(regular.counts.size(), 1u);
    EXPECT_EQ(regular.counts[0], 3u);
    EXPECT_NEAR(regular.start_ms + 0.5 * regular.binWidth_ms, 15.0, 1e-12);
    // Intervals that differ only by rounding are one value too.
    const auto rounded = from({0.0, 15.862930000000001, 31.72586, 47.588790000000003}).histogram(20);
    EXPECT_EQ(rounded.counts.size(), 1u);
}

TEST(IsiStatistics, WholeRunStaysExactBeyondTheKeptIntervals) {
    IsiStatistics statistics;
    const std::size_t n = IsiStatistics::kMaxKeptIntervals + 5000;
    for (std::size_t i = 0; i <= n; ++i) {
        statistics.addSpike(static_cast<double>(i) * 2.0 + (i % 2 == 0 ? 0.0 : 0.5));  // ISIs 2.5, 1.5, ...
    }
    const auto summary = statistics.summary();
    EXPECT_EQ(summary.intervals, n);
    EXPECT_NEAR(summary.meanIsi_ms, 2.0, 1e-9);
    EXPECT_EQ(statistics.keptIntervals().size(), IsiStatistics::kMaxKeptIntervals);
}

}  // namespace
}  // namespace lif

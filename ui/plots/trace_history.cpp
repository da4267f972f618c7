#include "ui/plots/trace_history.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/io/session.h"
#include "ui/simulation/visible_sampling.h"

namespace lif::ui {

namespace {

long long bucketOf(double t_ms) {
    return static_cast<long long>(std::floor(t_ms / TraceHistory::kBucket_ms));
}

}  // namespace

void TraceHistory::Extremes::start(double value) {
    low = high = value;
    lowAt = highAt = 0;
}

void TraceHistory::Extremes::add(double value, int index) {
    if (value < low) {
        low = value;
        lowAt = index;
    }
    if (value > high) {
        high = value;
        highAt = index;
    }
}

void TraceHistory::append(const QVector<double>& t_ms, const QVector<double>& V_mV, const QVector<double>& Iext_pA,
                          const QVector<double>& Isyn_pA) {
    const auto n = std::min({t_ms.size(), V_mV.size(), Iext_pA.size(), Isyn_pA.size()});
    for (qsizetype i = 0; i < n; ++i) {
        add(Point{t_ms[i], V_mV[i], Iext_pA[i], Isyn_pA[i]});
    }
}

double TraceHistory::longestStep_ms() {
    // The packer keeps the first and the last sample of each bucket of two samples: points are at most two
    // sampling intervals apart.
    static const double longest = 3.0 * 2.0 * VisibleSampling::intervalFor(windowSetting().maxValue);
    return longest;
}

void TraceHistory::add(const Point& point) {
    constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
    if (std::isnan(point.V_mV)) {
        breakTrace(point);  // the currents of a spike's separator go on, as in the live plot
        return;
    }
    if (point.t_ms - lastSeen_ms_ > longestStep_ms()) {
        breakTrace(Point{point.t_ms, kGap, kGap, kGap});
    }
    lastSeen_ms_ = point.t_ms;
    const long long bucket = bucketOf(point.t_ms);
    if (count_ > 0 && bucket != bucket_) {
        closeBucket();
    }
    if (count_ == 0) {
        bucket_ = bucket;
        firstT_ = point.t_ms;
        V_.start(point.V_mV);
        Iext_.start(point.Iext_pA);
        Isyn_.start(point.Isyn_pA);
    } else {
        V_.add(point.V_mV, count_);
        Iext_.add(point.Iext_pA, count_);
        Isyn_.add(point.Isyn_pA, count_);
    }
    lastT_ = point.t_ms;
    ++count_;
}

void TraceHistory::closeBucket() {
    if (count_ == 0) {
        return;
    }
    push(Point{firstT_, V_.first(), Iext_.first(), Isyn_.first()});
    if (count_ > 1) {
        push(Point{lastT_, V_.second(), Iext_.second(), Isyn_.second()});
    }
    count_ = 0;
}

void TraceHistory::breakTrace(const Point& gap) {
    closeBucket();
    if (points_.empty()) {
        return;
    }
    Point& last = points_.back();
    if (!std::isnan(last.V_mV)) {
        push(gap);
    } else if (std::isnan(gap.Iext_pA)) {  // a stroke's gap followed by time without samples: the currents stop too
        last.Iext_pA = gap.Iext_pA;
        last.Isyn_pA = gap.Isyn_pA;
    }
}

void TraceHistory::push(const Point& point) {
    points_.push_back(point);
    while (static_cast<int>(points_.size()) > kMaxPoints) {
        points_.pop_front();
    }
}

void TraceHistory::appendSpike(double t_ms, double peak_mV) {
    const long long bucket = bucketOf(t_ms);
    if (bucket == lastSpikeBucket_) {
        return;  // denser than buckets: one marker per bucket is all the envelope shows
    }
    lastSpikeBucket_ = bucket;
    spikes_.push_back(Spike{t_ms, peak_mV});
    while (static_cast<int>(spikes_.size()) > kMaxSpikes) {
        spikes_.pop_front();
    }
}

void TraceHistory::reach(double t_ms) {
    const double keepFrom = t_ms - kSpan_ms;
    while (!points_.empty() && points_.front().t_ms < keepFrom) {
        points_.pop_front();
    }
    while (!spikes_.empty() && spikes_.front().t_ms < keepFrom) {
        spikes_.pop_front();
    }
}

void TraceHistory::clear() {
    points_.clear();
    spikes_.clear();
    count_ = 0;
    lastSeen_ms_ = -1e300;
    lastSpikeBucket_ = -1;
}

double TraceHistory::begin() const {
    double begin = std::numeric_limits<double>::infinity();
    if (!points_.empty()) {
        begin = points_.front().t_ms;
    }
    if (!spikes_.empty()) {
        begin = std::min(begin, spikes_.front().t_ms);
    }
    return begin;
}

void TraceHistory::prependTo(double before_ms, QCPGraph* V, QCPGraph* Iext, QCPGraph* Isyn, QCPGraph* markers,
                             QCPGraph* raster) const {
    const auto pointsEnd = std::lower_bound(points_.begin(), points_.end(), before_ms,
                                            [](const Point& point, double t) { return point.t_ms < t; });
    QVector<QCPGraphData> voltage;
    QVector<QCPGraphData> injected;
    QVector<QCPGraphData> synaptic;
    const auto count = static_cast<qsizetype>(pointsEnd - points_.begin());
    voltage.reserve(count);
    injected.reserve(count);
    synaptic.reserve(count);
    for (auto point = points_.begin(); point != pointsEnd; ++point) {
        voltage.push_back(QCPGraphData(point->t_ms, point->V_mV));
        injected.push_back(QCPGraphData(point->t_ms, point->Iext_pA));
        synaptic.push_back(QCPGraphData(point->t_ms, point->Isyn_pA));
    }
    V->data()->add(voltage, true);
    Iext->data()->add(injected, true);
    Isyn->data()->add(synaptic, true);

    const auto spikesEnd = std::lower_bound(spikes_.begin(), spikes_.end(), before_ms,
                                            [](const Spike& spike, double t) { return spike.t_ms < t; });
    QVector<QCPGraphData> peaks;
    QVector<QCPGraphData> ticks;
    for (auto spike = spikes_.begin(); spike != spikesEnd; ++spike) {
        peaks.push_back(QCPGraphData(spike->t_ms, spike->peak_mV));
        ticks.push_back(QCPGraphData(spike->t_ms, 1.0));
    }
    markers->data()->add(peaks, true);
    raster->data()->add(ticks, true);
}

}  // namespace lif::ui

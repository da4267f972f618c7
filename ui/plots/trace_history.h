#pragma once
// TraceHistory keeps the recent past of the live run, so that a paused plot can be dragged back beyond the
// visible window: the last kSpan_ms (60 s) of neuron time of the voltage and both currents, and the spikes in it.
//  - The trace is reduced to the first- and the second-occurring extreme of each signal per kBucket_ms (2 ms) of
//    neuron time, keyed by the first and last time in the bucket, so the envelope survives: a spike is its bucket's
//    reset-to-peak extreme and stays visible at any zoom. Data that came coarser than a bucket (a 10 s window is
//    packed at 6.7 ms) is kept as it came.
//  - Gaps stay gaps: every NaN in V closes the bucket and is kept (once), whether it marks time the worker computed
//    without samples or sets a spike stroke off from the trace as the live plot draws it (ui/simulation/
//    trace_packer.h). So is a step between two points longer than sampled data ever has (longestStep_ms()): the
//    worker draws spikes that fall in time it did not sample, and their strokes must not be joined to the trace.
//  - Spikes: at most one per bucket, with the height of its marker.
// Bounded whatever the run's length, speed or window: at most kMaxPoints trace points (32 bytes each, 4.8 MB) and
// kMaxSpikes spikes; past that the oldest go first (above some 150 Hz the strokes' gaps fill it before 60 s). It holds
// only what it was given: at speeds where the worker samples only what can still be on screen
// (ui/simulation/visible_sampling.h) the history has gaps there.
//
// Units: ms, mV, pA. Threading: GUI thread only (owned by PlotArea); plain data, no Qt objects.
#include <QVector>

#include <deque>

class QCPGraph;

namespace lif::ui {

class TraceHistory {
public:
    /// Neuron time kept, back from the newest data (the visible window included), ms.
    static constexpr double kSpan_ms = 60000.0;
    /// Neuron time reduced to one pair of extremes, ms.
    static constexpr double kBucket_ms = 2.0;
    /// Most trace points held: two per bucket, and room for the gaps and strokes of spikes.
    static constexpr int kMaxPoints = static_cast<int>(5.0 * kSpan_ms / kBucket_ms);
    /// Most spikes held: one per bucket.
    static constexpr int kMaxSpikes = static_cast<int>(kSpan_ms / kBucket_ms);

    struct Point {
        double t_ms;
        double V_mV;
        double Iext_pA;
        double Isyn_pA;
    };
    struct Spike {
        double t_ms;
        double peak_mV;  ///< where its marker is drawn
    };

    /// The longest step between two trace points of sampled data, ms (3 times what the packer gives the widest
    /// window allowed); a longer one is time computed without samples.
    static double longestStep_ms();

    /// Adds trace points in time order (the chunk's keys and values; NaN as described above).
    void append(const QVector<double>& t_ms, const QVector<double>& V_mV, const QVector<double>& Iext_pA,
                const QVector<double>& Isyn_pA);
    /// Adds a spike at `t_ms` (not before the last one) with its marker at `peak_mV`.
    void appendSpike(double t_ms, double peak_mV);
    /// The newest data reached `t_ms`: what is older than kSpan_ms before it goes.
    void reach(double t_ms);
    void clear();

    /// The reduced trace held (the open bucket, the newest, not yet included), oldest first.
    const std::deque<Point>& points() const { return points_; }
    const std::deque<Spike>& spikes() const { return spikes_; }
    /// Time of the oldest point or spike held; +inf when empty.
    double begin() const;
    int pointCount() const { return static_cast<int>(points_.size() + spikes_.size()); }

    /// Prepends what is held before `before_ms` to the graphs (whose own data all lie at or after it).
    void prependTo(double before_ms, QCPGraph* V, QCPGraph* Iext, QCPGraph* Isyn, QCPGraph* markers,
                   QCPGraph* raster) const;

private:
    /// Running extremes of one signal in the open bucket, remembering which came first.
    struct Extremes {
        double low = 0.0;
        double high = 0.0;
        int lowAt = 0;
        int highAt = 0;
        void start(double value);
        void add(double value, int index);
        double first() const { return lowAt <= highAt ? low : high; }
        double second() const { return lowAt <= highAt ? high : low; }
    };

    void add(const Point& point);
    void closeBucket();
    void push(const Point& point);
    /// Closes the bucket and keeps `gap` (V NaN), unless the last point kept is a gap (which then takes the
    /// currents' gap from it).
    void breakTrace(const Point& gap);

    std::deque<Point> points_;
    std::deque<Spike> spikes_;
    // The open bucket.
    long long bucket_ = 0;  ///< its index, floor(t / kBucket_ms)
    int count_ = 0;         ///< points in it
    double firstT_ = 0.0;
    double lastT_ = 0.0;
    double lastSeen_ms_ = -1e300;  ///< time of the last point that was a number
    Extremes V_;
    Extremes Iext_;
    Extremes Isyn_;
    long long lastSpikeBucket_ = -1;
};

}  // namespace lif::ui

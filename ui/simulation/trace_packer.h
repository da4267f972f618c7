#pragma once
// TracePacker turns the simulator's raw output (lif::Batch: samples every dt and exact spike times) into what the
// plots draw: only the part inside the visible window, reduced to at most two points per bucket of samples (the
// first- and the second-occurring extreme of each signal, so the envelope survives), with every spike drawn at
// its exact time: the trace up to threshold, then one stroke from reset to peak set off by gaps (NaN values; at
// most one spike shape per bucket; all spike times are kept for the markers and the statistics). A bucket that is not
// complete at the end of a batch stays open for the next one, so the number of points per window does not depend on how
// often the worker hands chunks over; close() ends it (before a change of generation, a pause, or a new bucket size).
// It computes nothing but min/max: the trace itself comes from the core.
//
// Threading: worker thread only (owned by SimulationWorker).
#include <cstddef>

#include "core/engine/simulator.h"
#include "core/model/parameters.h"
#include "ui/simulation/simulation_types.h"

namespace lif::ui {

class TracePacker {
public:
    /// Buckets per visible window.
    static constexpr int kBucketsPerWindow = 1500;
    /// Most trace points per window: two per bucket, plus, in a bucket with a spike, five for the spike and
    /// two for the samples before it.
    static constexpr int kMaxPointsPerWindow = 9 * kBucketsPerWindow;

    /// Chooses the bucket size for a window of `window_ms` sampled every `dt_ms`; closes the open bucket into
    /// `chunk` first if the size changes.
    void configure(double window_ms, double dt_ms, SimulationChunk& chunk);
    int samplesPerBucket() const { return samplesPerBucket_; }

    /// Appends the completed buckets and the spikes of `batch` with t >= from_ms to `chunk`; spikes are drawn with
    /// the Vth, Vpeak and Vreset of `parameters`.
    void pack(const Batch& batch, double from_ms, const Parameters& parameters, SimulationChunk& chunk);
    /// Appends the open bucket, if any, to `chunk`.
    void close(SimulationChunk& chunk);
    /// Appends a gap at `t_ms` (NaN in every signal), so the trace is not drawn straight across time that was
    /// computed without samples. Call with no bucket open (after close()).
    void breakTrace(double t_ms, SimulationChunk& chunk);
    /// Forgets the open bucket (a new run).
    void discard();

private:
    /// Running extremes of one signal, remembering which came first.
    struct Extremes {
        double minValue = 0.0;
        double maxValue = 0.0;
        std::size_t minIndex = 0;
        std::size_t maxIndex = 0;
        void start(double value);
        void add(double value, std::size_t index);
        double first() const { return minIndex <= maxIndex ? minValue : maxValue; }
        double second() const { return minIndex <= maxIndex ? maxValue : minValue; }
    };

    void addSample(const Sample& sample);
    void flushRun(SimulationChunk& chunk);
    void drawSpike(double t, const Parameters& parameters, SimulationChunk& chunk);

    int samplesPerBucket_ = 1;
    // The open run of samples (part of a bucket, ended early by a spike shape).
    std::size_t runCount_ = 0;
    double runFirstT_ = 0.0;
    double runLastT_ = 0.0;
    Extremes V_;
    Extremes Iext_;
    Extremes Isyn_;
    // The open bucket.
    int inBucket_ = 0;
    bool shapeInBucket_ = false;
    double lastIext_ = 0.0;  ///< input currents drawn at a spike: those of the latest sample
    double lastIsyn_ = 0.0;
};

}  // namespace lif::ui

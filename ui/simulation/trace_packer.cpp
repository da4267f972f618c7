#include "ui/simulation/trace_packer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lif::ui {

namespace {

void append(SimulationChunk& chunk, double t, double V, double Iext, double Isyn) {
    chunk.t_ms.push_back(t);
    chunk.V_mV.push_back(V);
    chunk.Iext_pA.push_back(Iext);
    chunk.Isyn_pA.push_back(Isyn);
}

}  // namespace

void TracePacker::Extremes::start(double value) {
    minValue = maxValue = value;
    minIndex = maxIndex = 0;
}

void TracePacker::Extremes::add(double value, std::size_t index) {
    if (value < minValue) {
        minValue = value;
        minIndex = index;
    }
    if (value > maxValue) {
        maxValue = value;
        maxIndex = index;
    }
}

void TracePacker::configure(double window_ms, double dt_ms, SimulationChunk& chunk) {
    int perBucket = 1;
    if (dt_ms > 0.0 && window_ms > 0.0) {
        perBucket = static_cast<int>(std::clamp(std::floor(window_ms / dt_ms / kBucketsPerWindow), 1.0, 1.0e6));
    }
    if (perBucket != samplesPerBucket_) {
        close(chunk);
        samplesPerBucket_ = perBucket;
    }
}

void TracePacker::addSample(const Sample& sample) {
    if (runCount_ == 0) {
        runFirstT_ = sample.t_ms;
        V_.start(sample.V_mV);
        Iext_.start(sample.Iext_pA);
        Isyn_.start(sample.Isyn_pA);
    } else {
        V_.add(sample.V_mV, runCount_);
        Iext_.add(sample.Iext_pA, runCount_);
        Isyn_.add(sample.Isyn_pA, runCount_);
    }
    runLastT_ = sample.t_ms;
    ++runCount_;
    lastIext_ = sample.Iext_pA;
    lastIsyn_ = sample.Isyn_pA;
}

void TracePacker::flushRun(SimulationChunk& chunk) {
    if (runCount_ == 0) {
        return;
    }
    append(chunk, runFirstT_, V_.first(), Iext_.first(), Isyn_.first());
    if (runCount_ > 1) {
        append(chunk, runLastT_, V_.second(), Iext_.second(), Isyn_.second());
    }
    runCount_ = 0;
}

void TracePacker::drawSpike(double t, const Parameters& parameters, SimulationChunk& chunk) {
    chunk.spikes_ms.push_back(t);
    if (shapeInBucket_) {
        return;  // spikes denser than buckets: one shape per bucket is all the screen can show
    }
    flushRun(chunk);
    // The trace reaches threshold, then the spike is one upward stroke from the reset to the peak, cut off from
    // the trace by gaps (NaN): a polyline going up and back down the same column is rasterised into two
    // columns by the non-antialiased painter, which draws some spikes twice as thick as others.
    constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
    append(chunk, t, parameters.Vth, lastIext_, lastIsyn_);
    append(chunk, t, kGap, lastIext_, lastIsyn_);
    append(chunk, t, parameters.Vreset, lastIext_, lastIsyn_);
    append(chunk, t, parameters.Vpeak, lastIext_, lastIsyn_);
    append(chunk, t, kGap, lastIext_, lastIsyn_);
    shapeInBucket_ = true;
}

void TracePacker::breakTrace(double t_ms, SimulationChunk& chunk) {
    constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
    append(chunk, t_ms, kGap, kGap, kGap);
}

void TracePacker::pack(const Batch& batch, double from_ms, const Parameters& parameters, SimulationChunk& chunk) {
    const auto& samples = batch.samples;
    const auto& spikes = batch.spikeTimes_ms;
    const auto firstSample =
        std::lower_bound(samples.begin(), samples.end(), from_ms, [](const Sample& s, double t) { return s.t_ms < t; });
    auto spike = std::lower_bound(spikes.begin(), spikes.end(), from_ms);
    if (runCount_ == 0 && firstSample != samples.end()) {
        lastIext_ = firstSample->Iext_pA;
        lastIsyn_ = firstSample->Isyn_pA;
    }
    for (auto sample = firstSample; sample != samples.end(); ++sample) {
        // A sample that falls exactly on a spike shows the state just after it (the reset): the spike comes first.
        for (; spike != spikes.end() && *spike <= sample->t_ms; ++spike) {
            drawSpike(*spike, parameters, chunk);
        }
        addSample(*sample);
        if (++inBucket_ >= samplesPerBucket_) {
            flushRun(chunk);
            inBucket_ = 0;
            shapeInBucket_ = false;
        }
    }
    for (; spike != spikes.end(); ++spike) {
        drawSpike(*spike, parameters, chunk);
    }
}

void TracePacker::close(SimulationChunk& chunk) {
    flushRun(chunk);
    inBucket_ = 0;
    shapeInBucket_ = false;
}

void TracePacker::discard() {
    runCount_ = 0;
    inBucket_ = 0;
    shapeInBucket_ = false;
}

}  // namespace lif::ui

#include "ui/simulation/visible_sampling.h"

#include <algorithm>

namespace lif::ui {

double VisibleSampling::intervalFor(double window_ms) {
    if (!(window_ms > 0.0)) {
        return kDefaultInterval_ms;
    }
    return std::clamp(window_ms / kSamplesPerWindow, kMinInterval_ms, kMaxInterval_ms);
}

void VisibleSampling::restart(double window_ms) {
    follow(window_ms);
    sampling_ = true;
    gapPending_ = false;
    sampledSince_ms_ = -std::numeric_limits<double>::infinity();  // nothing before the run's start to show
}

void VisibleSampling::follow(double window_ms) {
    window_ms_ = window_ms;
    interval_ms_ = intervalFor(window_ms);
}

VisibleSampling::Step VisibleSampling::plan(double previous_ms, double target_ms, double reach_ms, double subChunk_ms,
                                            bool sampledThisTick) const {
    const double sampleFrom = std::min(target_ms, reach_ms) - kSampledWindows * window_ms_;
    Step step;
    step.until_ms = std::min(target_ms, previous_ms + subChunk_ms);
    step.sample = sampledThisTick || previous_ms >= sampleFrom;
    if (step.sample) {
        step.until_ms = std::min(step.until_ms, previous_ms + kMaxSamplesPerCall * interval_ms_);
    } else {
        step.until_ms = std::min(step.until_ms, sampleFrom);
    }
    return step;
}

void VisibleSampling::turn(bool on, double at_ms) {
    // A gap before the next sample once sampling resumes.
    const bool resumes = on && !sampling_;
    gapPending_ = gapPending_ || resumes;
    if (resumes) {
        sampledSince_ms_ = at_ms;
    }
    sampling_ = on;
}

}  // namespace lif::ui

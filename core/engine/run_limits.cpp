#include "core/engine/run_limits.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/model/analytic.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {

/// The largest value Iext takes over the whole run, pA.
double largestStimulus(const StimulusSpec& spec) {
    const auto& v = spec.values;
    switch (spec.kind) {
        case StimulusKind::Constant:
        case StimulusKind::Step:
        case StimulusKind::Pulses:
            return v[0];
        case StimulusKind::Ramp:
            return std::max(v[0], v[1]);
        case StimulusKind::Sine:
            return v[0] + std::fabs(v[1]);
        case StimulusKind::Noise:
            return v[0] + 4.0 * v[1];
    }
    return v[0];
}

}  // namespace

double peakFiringRate_Hz(const ModelSetup& model) {
    const Parameters& p = model.parameters;
    // Shot noise of rate r and jump w decaying with tau: mean r w tau, variance r w^2 tau / 2 (rates in 1/ms).
    const double rate_per_ms = p.rateE / 1000.0;
    const double synapticMean = rate_per_ms * p.wE * p.tauE;
    const double synapticSd = std::sqrt(rate_per_ms * p.wE * p.wE * p.tauE / 2.0);
    const double current = largestStimulus(model.stimulus) + synapticMean + 4.0 * synapticSd;
    return analytic::firingRate_Hz(p, current);
}

void checkRunLimits(const RunSetup& setup, double duration_ms) {
    const double rate = peakFiringRate_Hz(setup);
    const double spikes = rate * duration_ms / 1000.0;
    if (spikes > static_cast<double>(kMaxSpikesPerRun)) {
        throw InputError("duration = " + formatShort(duration_ms) + " ms at up to " + formatShort(rate, 3) +
                             " Hz would produce about " + formatShort(spikes, 3) + " spikes, more than the limit of " +
                             formatShort(static_cast<double>(kMaxSpikesPerRun)) +
                             " (memory and output grow with every spike); shorten the duration, raise tref, lower "
                             "Vreset or reduce the input",
                         {"duration", "tref", "Vreset", "stimulus"});
    }
}

}  // namespace lif

#include "core/model/inputs.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lif {

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();
}  // namespace

void InputSchedule::PoissonTrain::restart(double rate, double from_ms) {
    rate_Hz = rate;
    next_ms = rate > 0.0 ? from_ms + random.exponential(1000.0 / rate) : kInfinity;
}

InputSchedule::InputSchedule(std::vector<InputSpike> given, double rateE_Hz, double rateI_Hz, std::uint64_t seed)
    : given_(std::move(given)),
      excitatory_{RandomStream(seed, kStreamExcitatory)},
      inhibitory_{RandomStream(seed, kStreamInhibitory)} {
    excitatory_.restart(rateE_Hz, 0.0);
    inhibitory_.restart(rateI_Hz, 0.0);
}

InputSpike InputSchedule::pop() {
    const double fromFile = givenIndex_ < given_.size() ? given_[givenIndex_].time_ms : kInfinity;
    if (fromFile <= excitatory_.next_ms && fromFile <= inhibitory_.next_ms && fromFile < kInfinity) {
        return given_[givenIndex_++];
    }
    if (excitatory_.next_ms <= inhibitory_.next_ms) {
        const InputSpike spike{excitatory_.next_ms, Channel::Excitatory};
        excitatory_.next_ms += excitatory_.random.exponential(1000.0 / excitatory_.rate_Hz);
        return spike;
    }
    const InputSpike spike{inhibitory_.next_ms, Channel::Inhibitory};
    inhibitory_.next_ms += inhibitory_.random.exponential(1000.0 / inhibitory_.rate_Hz);
    return spike;
}

void InputSchedule::setRates(double rateE_Hz, double rateI_Hz, double t) {
    if (rateE_Hz != excitatory_.rate_Hz) {
        excitatory_.restart(rateE_Hz, t);
    }
    if (rateI_Hz != inhibitory_.rate_Hz) {
        inhibitory_.restart(rateI_Hz, t);
    }
}

void InputSchedule::reseed(std::uint64_t seed, double t) {
    excitatory_.random = RandomStream(seed, kStreamExcitatory);
    inhibitory_.random = RandomStream(seed, kStreamInhibitory);
    excitatory_.restart(excitatory_.rate_Hz, t);
    inhibitory_.restart(inhibitory_.rate_Hz, t);
}

}  // namespace lif

#pragma once
// Synaptic input spike trains: Poisson trains drawn from the seed, and given spike times (read from a file by
// core/io/input_spikes_csv.h). The simulator asks an InputSchedule for the next input spike, applies it exactly
// at its time and asks again.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/model/random.h"

namespace lif {

enum class Channel { Excitatory, Inhibitory };

struct InputSpike {
    double time_ms;
    Channel channel;
    bool operator==(const InputSpike& other) const { return time_ms == other.time_ms && channel == other.channel; }
};

/// Merges the given spikes with two Poisson trains. Times are absolute, ms. Not thread-safe.
class InputSchedule {
public:
    InputSchedule(std::vector<InputSpike> given, double rateE_Hz, double rateI_Hz, std::uint64_t seed);

    /// Time of the next input spike at or after the current position (infinity when none). Inline: the simulator
    /// asks at every segment start.
    double nextTime() const {
        const double fromFile =
            givenIndex_ < given_.size() ? given_[givenIndex_].time_ms : std::numeric_limits<double>::infinity();
        return std::min({fromFile, excitatory_.next_ms, inhibitory_.next_ms});
    }
    /// Removes and returns the next input spike.
    InputSpike pop();
    /// New Poisson rates from time t on. By memorylessness the next Poisson spikes are redrawn from t.
    void setRates(double rateE_Hz, double rateI_Hz, double t);
    /// Starts fresh Poisson streams from a new seed at time t (given spikes are unaffected).
    void reseed(std::uint64_t seed, double t);

private:
    struct PoissonTrain {
        RandomStream random;
        double rate_Hz = 0.0;
        double next_ms = 0.0;
        void restart(double rate, double from_ms);
    };

    std::vector<InputSpike> given_;
    std::size_t givenIndex_ = 0;
    PoissonTrain excitatory_;
    PoissonTrain inhibitory_;
};

}  // namespace lif

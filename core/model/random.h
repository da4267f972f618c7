#pragma once
// A small, fully specified random source so that a seed gives the same run on every platform and standard
// library (std::*_distribution algorithms are implementation-defined). Generator: xoshiro256** (Blackman and
// Vigna, 2018), seeded through SplitMix64; uniform doubles from the top 53 bits.
#include <array>
#include <cmath>
#include <cstdint>

namespace lif {

class RandomStream {
public:
    /// Distinct `streamId`s give independent streams from one user seed (E inputs, I inputs, noise).
    RandomStream(std::uint64_t seed, std::uint64_t streamId) {
        std::uint64_t mix = seed ^ (0x9E3779B97F4A7C15ULL * (streamId + 1));
        for (auto& word : state_) {
            word = splitMix64(mix);
        }
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    /// Uniform in (0, 1]: never 0, so log() is always finite.
    double uniformOpenClosed() { return (static_cast<double>(next() >> 11) + 1.0) * 0x1.0p-53; }

    /// Exponential waiting time with the given mean.
    double exponential(double mean) { return -mean * std::log(uniformOpenClosed()); }

    /// Standard normal deviate (Box-Muller, one value per call; the pair's second value is kept).
    double normal() {
        if (hasSpare_) {
            hasSpare_ = false;
            return spare_;
        }
        constexpr double kTwoPi = 6.283185307179586476925286766559;
        const double radius = std::sqrt(-2.0 * std::log(uniformOpenClosed()));
        const double angle = kTwoPi * uniformOpenClosed();
        spare_ = radius * std::sin(angle);
        hasSpare_ = true;
        return radius * std::cos(angle);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix64(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::array<std::uint64_t, 4> state_{};
    double spare_ = 0.0;
    bool hasSpare_ = false;
};

enum RandomStreamId : std::uint64_t { kStreamExcitatory = 1, kStreamInhibitory = 2, kStreamNoise = 3 };

}  // namespace lif

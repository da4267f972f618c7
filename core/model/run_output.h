#pragma once
// What a run produces, as plain values: trace samples on the grid t = k dt and the exact spike times.
// Units: ms, mV, pA.
#include <vector>

namespace lif {

/// One trace point at t = k dt.
struct Sample {
    double t_ms;
    double V_mV;
    double Iext_pA;
    double Isyn_pA;  ///< Ie + Ii
};

/// What one Simulator::advanceTo() produced. Reused by callers to avoid allocations.
struct Batch {
    std::vector<Sample> samples;
    std::vector<double> spikeTimes_ms;  ///< exact threshold-crossing times
    void clear() {
        samples.clear();
        spikeTimes_ms.clear();
    }
};

}  // namespace lif

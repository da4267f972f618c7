#pragma once
// The right-hand side of the LIF model between events, as a tiny functor for Boost.Odeint:
//     dV/dt  = (-gL (V - EL) + Ie + Ii + Iext(s)) / C      mV/ms
//     dIe/dt = -Ie / tauE                                   pA/ms
//     dIi/dt = -Ii / tauI                                   pA/ms  (Ii <= 0: inhibition is a negative current)
// s is local time (ms) since the start of the current segment; Iext is the segment's fixed SegmentDrive.
#include <array>

#include "core/model/parameters.h"
#include "core/model/stimulus.h"

namespace lif {

/// x[0] = V (mV), x[1] = Ie (pA), x[2] = Ii (pA).
using State = std::array<double, 3>;
enum StateIndex : std::size_t { kV = 0, kIe = 1, kIi = 2 };

struct LifRhs {
    double gL = 25.0;
    double EL = -65.0;
    double invC = 1.0 / 250.0;
    double invTauE = 1.0 / 5.0;
    double invTauI = 1.0 / 10.0;
    SegmentDrive drive;

    LifRhs() = default;
    LifRhs(const Parameters& parameters, const SegmentDrive& segmentDrive)
        : gL(parameters.gL),
          EL(parameters.EL),
          invC(1.0 / parameters.C),
          invTauE(1.0 / parameters.tauE),
          invTauI(1.0 / parameters.tauI),
          drive(segmentDrive) {}

    void operator()(const State& x, State& dxdt, double s) const {
        dxdt[kV] = dVdt(x, s);
        dxdt[kIe] = -x[kIe] * invTauE;
        dxdt[kIi] = -x[kIi] * invTauI;
    }

    double dVdt(const State& x, double s) const { return (-gL * (x[kV] - EL) + x[kIe] + x[kIi] + drive.at(s)) * invC; }
};

}  // namespace lif

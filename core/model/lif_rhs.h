#pragma once
// The right-hand side of the LIF model between events, as a tiny functor for Boost.Odeint:
//     dV/dt  = (-gL (V - EL) + Ie + Ii + Iext(s)) / C      mV/ms
//     dIe/dt = -Ie / tauE                                   pA/ms
//     dIi/dt = -Ii / tauI                                   pA/ms  (Ii <= 0: inhibition is a negative current)
// s is local time (ms) since the start of the current segment; Iext is the segment's fixed SegmentDrive.
//
// It also bounds V over an interval, rigorously, from the structure of the model rather than from any solver:
// with u = V - EL and J(s) = Ie(s) + Ii(s) + Iext(s) the total current,
//     u(a + t) = u(a) e^{-kt} + (1/C) integral_0^t e^{-k(t - r)} J(a + r) dr,       k = gL / C,
// so if J <= Jmax on [a, b] then u(a + t) <= u(a) + max(0, Jmax/gL - u(a)) (1 - e^{-kt}) for t in [0, b - a]:
// V is a weighted mean of its start and of the steady states of the currents it sees. Ie and Ii are exact
// exponentials and the drive a line plus a sine, so Jmax has a closed form. The crossing search
// (core/engine/simulator.cpp) prunes every interval whose bound stays below Vth and splits the others; this is
// what makes it unable to miss a crossing, however many extrema of V one step holds.
#include <algorithm>
#include <array>
#include <cmath>

#include "core/model/parameters.h"
#include "core/model/stimulus.h"

namespace lif {

/// x[0] = V (mV), x[1] = Ie (pA), x[2] = Ii (pA).
using State = std::array<double, 3>;
enum StateIndex : std::size_t { kV = 0, kIe = 1, kIi = 2 };

/// Lower and upper bounds of a quantity over an interval.
struct Range {
    double lo;
    double hi;
};

/// The range of Iext = constant + slope s + sineAmp sin(omega s + phase) over local times [a, b], exact up to
/// rounding (the sine's extrema are located, not sampled).
inline Range driveRange(const SegmentDrive& d, double a, double b) {
    const double lineA = d.constant + d.slope * a;
    const double lineB = d.constant + d.slope * b;
    Range r{std::min(lineA, lineB), std::max(lineA, lineB)};
    if (d.sineAmp != 0.0) {
        constexpr double kPi = 3.141592653589793238462643383279502884;
        constexpr double kTwoPi = 2.0 * kPi;
        const double thetaA = d.omega * a + d.phase;
        const double thetaB = d.omega * b + d.phase;
        const double sinA = std::sin(thetaA);
        const double sinB = std::sin(thetaB);
        // sin reaches +1 at pi/2 + 2 pi n and -1 at -pi/2 + 2 pi n: is one of them inside [thetaA, thetaB]?
        const auto contains = [&](double peak) {
            const double n = std::ceil((thetaA - peak) / kTwoPi);
            return peak + kTwoPi * n <= thetaB;
        };
        const double sinMax = contains(0.5 * kPi) ? 1.0 : std::max(sinA, sinB);
        const double sinMin = contains(-0.5 * kPi) ? -1.0 : std::min(sinA, sinB);
        if (d.sineAmp > 0.0) {
            r.lo += d.sineAmp * sinMin;
            r.hi += d.sineAmp * sinMax;
        } else {
            r.lo += d.sineAmp * sinMax;
            r.hi += d.sineAmp * sinMin;
        }
    }
    return r;
}

struct LifRhs {
    double gL = 25.0;
    double EL = -65.0;
    double C = 250.0;
    double invC = 1.0 / 250.0;
    double tauM = 250.0 / 25.0;  ///< C / gL, ms (computed once: the closed form's step length needs it every step)
    double invTauE = 1.0 / 5.0;
    double invTauI = 1.0 / 10.0;
    SegmentDrive drive;

    LifRhs() = default;
    LifRhs(const Parameters& parameters, const SegmentDrive& segmentDrive)
        : gL(parameters.gL),
          EL(parameters.EL),
          C(parameters.C),
          invC(1.0 / parameters.C),
          tauM(parameters.C / parameters.gL),
          invTauE(1.0 / parameters.tauE),
          invTauI(1.0 / parameters.tauI),
          drive(segmentDrive) {}

    void operator()(const State& x, State& dxdt, double s) const {
        dxdt[kV] = dVdt(x, s);
        dxdt[kIe] = -x[kIe] * invTauE;
        dxdt[kIi] = -x[kIi] * invTauI;
    }

    /// Iext(s): a constant drive costs one load, no slope or sine term.
    double current(double s) const {
        double value = drive.constant;
        if (drive.slope != 0.0) value += drive.slope * s;
        if (drive.sineAmp != 0.0) value += drive.sineAmp * std::sin(drive.omega * s + drive.phase);
        return value;
    }

    double dVdt(const State& x, double s) const { return (-gL * (x[kV] - EL) + x[kIe] + x[kIi] + current(s)) * invC; }

    /// An upper bound of V over [a, b] from xa at a without any transcendental function (Ie and Ii only decay
    /// towards 0, |sin| <= 1, 1 - e^{-x} <= x): the cheap first test of every step.
    double quickVoltageBound(const State& xa, double a, double b) const {
        const double jMax = drive.constant + std::max(drive.slope * a, drive.slope * b) + std::fabs(drive.sineAmp) +
                            std::max(xa[kIe], 0.0) + std::max(xa[kIi], 0.0);
        const double ua = xa[kV] - EL;
        const double excess = jMax / gL - ua;
        return excess <= 0.0 ? xa[kV] : xa[kV] + excess * std::min(1.0, (b - a) * gL * invC);
    }

    /// Rigorous bounds over local times [a, b] of the exact solution from xa at a.
    struct Bounds {
        Range current;    ///< J = Ie + Ii + Iext, pA
        double vMax;      ///< upper bound of V, mV
        double slopeMin;  ///< lower bound of dV/dt, mV/ms; > 0 means V rises strictly on [a, b]
    };
    Bounds bounds(const State& xa, double a, double b) const {
        const double h = b - a;
        const double k = gL * invC;
        const Range iext = driveRange(drive, a, b);
        const double ieB = xa[kIe] == 0.0 ? 0.0 : xa[kIe] * std::exp(-h * invTauE);
        const double iiB = xa[kIi] == 0.0 ? 0.0 : xa[kIi] * std::exp(-h * invTauI);
        const Range j{iext.lo + std::min(xa[kIe], ieB) + std::min(xa[kIi], iiB),
                      iext.hi + std::max(xa[kIe], ieB) + std::max(xa[kIi], iiB)};
        // First order: V is a weighted mean of V(a) and the steady states Jmax/gL it is driven towards.
        const double ua = xa[kV] - EL;
        const double excess = j.hi / gL - ua;
        double vMax = excess <= 0.0 ? xa[kV] : xa[kV] + excess * -std::expm1(-h * k);
        const double slopeFirst = (j.lo - gL * (vMax - EL)) * invC;
        // Second order: V(a + t) <= V(a) + V'(a) t + M t^2 / 2 with M >= V'' = (J' - gL V') / C on [a, b]. It is
        // tight near a maximum, where the first-order bound is not, so a near miss costs a few splits, not
        // thousands.
        SegmentDrive derivative;  // Iext' = slope + A w cos(w s + phase)
        derivative.constant = drive.slope;
        derivative.sineAmp = drive.sineAmp * drive.omega;
        derivative.omega = drive.omega;
        derivative.phase = drive.phase + 1.5707963267948966192313216916397514;
        const double jPrimeMax =
            driveRange(derivative, a, b).hi - std::min(xa[kIe], ieB) * invTauE - std::min(xa[kIi], iiB) * invTauI;
        const double m = (jPrimeMax - gL * slopeFirst) * invC;
        const double slopeA = dVdt(xa, a);
        double rise = std::max(0.0, slopeA * h + 0.5 * m * h * h);  // the larger end of the parabola on [0, h]
        if (m < 0.0 && slopeA > 0.0 && -slopeA / m < h) rise = -0.5 * slopeA * slopeA / m;  // its vertex inside
        vMax = std::min(vMax, xa[kV] + rise);
        return Bounds{j, vMax, (j.lo - gL * (vMax - EL)) * invC};
    }
};

}  // namespace lif

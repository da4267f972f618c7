#include "core/model/analytic.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lif::analytic {

double membraneTimeConstant_ms(const Parameters& p) {
    return p.C / p.gL;
}

double rheobase_pA(const Parameters& p) {
    return p.gL * (p.Vth - p.EL);
}

double steadyStateVoltage_mV(const Parameters& p, double current_pA) {
    return p.EL + current_pA / p.gL;
}

double interSpikeInterval_ms(const Parameters& p, double current_pA) {
    const double fromReset = current_pA - p.gL * (p.Vreset - p.EL);
    const double atThreshold = current_pA - rheobase_pA(p);
    if (atThreshold <= 0.0) {
        return std::numeric_limits<double>::infinity();
    }
    return p.tref + membraneTimeConstant_ms(p) * std::log(fromReset / atThreshold);
}

double firingRate_Hz(const Parameters& p, double current_pA) {
    const double isi = interSpikeInterval_ms(p, current_pA);
    return std::isinf(isi) ? 0.0 : 1000.0 / isi;
}

namespace {

/// (e^{-a s} - e^{-k s}) / (k - a), the membrane's response to a decaying current. Evaluated otherwise than the
/// simulator's steppers do (core/engine/steppers.cpp), so that this reference shares no code with what it checks:
/// as e^{-m s} sinh(d s / 2) / (d / 2) with m = (a + k) / 2, d = k - a while d s is small (no cancellation,
/// and s e^{-k s} in the limit a = k), as the plain difference once the two exponentials differ by e^2 or more.
long double exponentialResponse(long double a, long double k, long double s) {
    const long double half = 0.5L * (k - a);
    if (std::fabs(half * s) < 1.0L) {
        const long double x = half * s;
        const long double sinhOverX = x == 0.0L ? 1.0L : std::sinh(x) / x;
        return std::exp(-0.5L * (a + k) * s) * s * sinhOverX;
    }
    return (std::exp(-a * s) - std::exp(-k * s)) / (k - a);
}

}  // namespace

ExactState evolve(const Parameters& p, const ExactState& x0, const SegmentDrive& drive, long double s) {
    const long double C = p.C;
    const long double gL = p.gL;
    const long double k = gL / C;
    const long double decay = std::exp(-k * s);
    const long double growth = -std::expm1(-k * s);  // 1 - e^{-ks}
    const long double aE = 1.0L / p.tauE;
    const long double aI = 1.0L / p.tauI;
    long double u = (x0.V - p.EL) * decay;
    u += drive.constant / gL * growth;
    u += drive.slope / C * (s / k - growth / (k * k));
    u += x0.Ie / C * exponentialResponse(aE, k, s);
    u += x0.Ii / C * exponentialResponse(aI, k, s);
    if (drive.sineAmp != 0.0) {
        const long double w = drive.omega;
        const auto particular = [&](long double at) {
            return (k * std::sin(w * at + drive.phase) - w * std::cos(w * at + drive.phase)) / (k * k + w * w);
        };
        u += drive.sineAmp / C * (particular(s) - particular(0.0L) * decay);
    }
    return ExactState{p.EL + u, x0.Ie * std::exp(-aE * s), x0.Ii * std::exp(-aI * s)};
}

std::vector<long double> referenceSpikeTimes(const Parameters& p, const StimulusSpec& stimulus,
                                             const std::vector<InputSpike>& inputs, double duration_ms) {
    std::vector<long double> spikes;
    StimulusProcess process(stimulus, seedOf(p));
    InputSchedule schedule(inputs, p.rateE, p.rateI, seedOf(p));
    const long double end = duration_ms;
    // Grid fine enough that V cannot rise above threshold and fall back between two grid points unnoticed.
    long double grid = std::min({static_cast<long double>(p.C / p.gL), static_cast<long double>(p.tauE),
                                 static_cast<long double>(p.tauI)}) /
                       200.0L;
    if (stimulus.kind == StimulusKind::Sine && stimulus.values[2] > 0.0) {
        grid = std::min(grid, 1000.0L / stimulus.values[2] / 200.0L);
    }
    ExactState x{p.EL, 0.0L, 0.0L};
    long double t = 0.0L;
    long double refractoryEnd = -1.0L;
    const long double vth = p.Vth;
    while (t < end) {
        while (schedule.nextTime() <= t) {
            const InputSpike spike = schedule.pop();
            (spike.channel == Channel::Excitatory ? x.Ie : x.Ii) += spike.channel == Channel::Excitatory ? p.wE : -p.wI;
        }
        const SegmentDrive drive = process.driveFrom(t);
        long double stop = std::min({static_cast<long double>(schedule.nextTime()), process.nextBreakAfter(t), end});
        if (t < refractoryEnd) {
            stop = std::min(stop, refractoryEnd);
            const ExactState after = evolve(p, x, SegmentDrive{}, stop - t);
            x = ExactState{p.Vreset, after.Ie, after.Ii};
            t = stop;
            continue;
        }
        // Walk the grid looking for the first point at or above threshold, then bisect.
        const ExactState start = x;
        long double s0 = 0.0L;
        long double crossing = -1.0L;
        const long double length = stop - t;
        const auto slope = [&](long double s) {
            const ExactState at = evolve(p, start, drive, s);
            return -static_cast<long double>(p.gL) * (at.V - p.EL) + at.Ie + at.Ii + drive.at(static_cast<double>(s));
        };
        while (s0 < length) {
            long double s1 = std::min(s0 + grid, length);
            if (evolve(p, start, drive, s1).V < vth && slope(s0) > 0.0L && slope(s1) < 0.0L) {
                // V turns around inside this grid cell: find its maximum, which may graze the threshold.
                long double a = s0;
                long double b = s1;
                for (int i = 0; i < 200 && b - a > 1e-18L; ++i) {
                    const long double mid = 0.5L * (a + b);
                    (slope(mid) > 0.0L ? a : b) = mid;
                }
                if (evolve(p, start, drive, a).V >= vth) {
                    s1 = a;
                }
            }
            if (evolve(p, start, drive, s1).V >= vth) {
                long double lo = s0;
                long double hi = s1;
                for (int i = 0; i < 200 && hi - lo > 1e-16L * (1.0L + t); ++i) {
                    const long double mid = 0.5L * (lo + hi);
                    (evolve(p, start, drive, mid).V >= vth ? hi : lo) = mid;
                }
                crossing = hi;
                break;
            }
            s0 = s1;
        }
        if (crossing >= 0.0L) {
            const ExactState at = evolve(p, start, drive, crossing);
            t += crossing;
            spikes.push_back(t);
            refractoryEnd = t + p.tref;
            x = ExactState{p.Vreset, at.Ie, at.Ii};
        } else {
            x = evolve(p, start, drive, length);
            t = stop;
        }
    }
    return spikes;
}

}  // namespace lif::analytic

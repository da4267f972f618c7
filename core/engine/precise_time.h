#pragma once
// Time as an unevaluated sum hi + lo of two doubles (a "double-double", about 106 bits), advanced with Knuth's
// error-free TwoSum: every addition keeps its rounding error in lo instead of dropping it. A run adds each spike's
// local crossing time and tref to the time of the previous event, two additions per spike; in plain long double
// one hour at 500 pA (226,944 spikes) drifted by 5.9e-9 ms, with the pair the drift is below 1e-20 ms and the spike
// times are exact to the rounding of the local crossing times.
// Doubles rather than long doubles: SSE arithmetic, no x87 loads and stores of 80-bit values (a long double written
// by the x87 unit and copied as 16 bytes stalls store forwarding, several times per spike).
// Plain value; needs IEEE round-to-nearest and no -ffast-math (the build uses neither reassociation nor FTZ).
#include <cmath>

namespace lif {

struct PreciseTime {
    double hi = 0.0;  ///< ms; the nearest double to the sum (the pair is kept renormalised)
    double lo = 0.0;  ///< ms; the rest, |lo| <= half an ulp of hi

    PreciseTime() = default;
    explicit PreciseTime(double t) : hi(t) {}

    /// The pair equal to t (exact: the 11 bits a long double has beyond a double fit in lo). Infinite t gives
    /// (t, 0).
    static PreciseTime of(long double t) {
        PreciseTime result;
        result.hi = static_cast<double>(t);
        result.lo = std::isfinite(result.hi) ? static_cast<double>(t - result.hi) : 0.0;
        return result;
    }

    /// *this + t, exactly up to the last bits of lo. *this must be finite (an infinite time, "no next event", is
    /// never added to).
    PreciseTime plus(double t) const { return plus(PreciseTime(t)); }
    /// *this + t for a pair t.
    PreciseTime plus(const PreciseTime& t) const {
        const double sum = hi + t.hi;
        const double virtualT = sum - hi;
        const double error = (hi - (sum - virtualT)) + (t.hi - virtualT);
        return renormalised(sum, error + (lo + t.lo));
    }
    /// The value rounded to one double: hi, since the pair is renormalised.
    double value() const { return hi; }
    /// The value rounded to one long double, for the stimulus's long-double times.
    long double valueLong() const { return static_cast<long double>(hi) + lo; }
    /// t - *this, for local times inside a segment.
    double since(double t) const { return (t - hi) - lo; }
    /// t - *this, for local times inside a segment, from a pair.
    double since(const PreciseTime& t) const { return (t.hi - hi) + (t.lo - lo); }

    /// Order of the values. Renormalised pairs order as (hi, lo) lexicographically: a larger hi is at least half
    /// an ulp larger, and lo stays within half an ulp.
    friend bool operator<(const PreciseTime& a, const PreciseTime& b) {
        return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
    }
    friend bool operator<=(const PreciseTime& a, const PreciseTime& b) { return !(b < a); }

private:
    /// The pair (sum, rest) with |rest| small against sum, rounded so that hi is the nearest double (Fast2Sum).
    static PreciseTime renormalised(double sum, double rest) {
        PreciseTime result;
        result.hi = sum + rest;
        result.lo = rest - (result.hi - sum);
        return result;
    }
};

}  // namespace lif

#include "core/engine/crossing_search.h"

#include <boost/math/tools/toms748_solve.hpp>
#include <cmath>
#include <cstdint>
#include <limits>

namespace lif {

namespace {

constexpr int kMaxRootIterations = 100;
/// Splits below this depth are below the resolution of a double local time (2^-60 of a step).
constexpr int kMaxDepth = 60;

struct Search {
    const SegmentStepper& stepper;
    const LifRhs& rhs;
    double vth;
    double reach;  ///< a bound must exceed this to count as possibly reaching vth (vth plus a few ulps)
    int parts = 0;

    double first(double a, const State& xa, double b, const State& xb, int depth) {
        if (++parts > kMaxSearchParts) return -1.0;
        const bool endsAbove = xb[kV] >= vth;
        if (!endsAbove && rhs.quickVoltageBound(xa, a, b) <= reach) return -1.0;
        const LifRhs::Bounds bound = rhs.bounds(xa, a, b);
        if (endsAbove) {
            if (bound.slopeMin > 0.0 || depth >= kMaxDepth) return locateCrossing(stepper, vth, a, b);
        } else if (bound.vMax <= reach || depth >= kMaxDepth) {
            return -1.0;
        }
        const double mid = 0.5 * (a + b);
        if (!(mid > a && mid < b)) {
            return endsAbove ? b : -1.0;
        }
        State xm{};
        stepper.stateAt(mid, xm);
        const double left = first(a, xa, mid, xm, depth + 1);
        if (left >= 0.0 || xm[kV] >= vth) return left;
        return first(mid, xm, b, xb, depth + 1);
    }
};

}  // namespace

double locateCrossing(const SegmentStepper& stepper, double vth, double sa, double sb) {
    State x{};
    const auto distance = [&](double s) {
        stepper.stateAt(s, x);
        return x[kV] - vth;
    };
    const double fa = distance(sa);
    const double fb = distance(sb);
    if (fb == 0.0) return sb;
    if (fa >= 0.0) return sa;
    std::uintmax_t iterations = kMaxRootIterations;
    const auto bracket = boost::math::tools::toms748_solve(distance, sa, sb, fa, fb,
                                                           boost::math::tools::eps_tolerance<double>(52), iterations);
    return 0.5 * (bracket.first + bracket.second);
}

PreciseTime firstCrossing(const SegmentStepper& stepper, const LifRhs& rhs, double vth, double sa, const State& xa,
                          double sb) {
    PreciseTime known(-1.0);
    if (stepper.knownCrossing(vth, sa, sb, known)) return known;
    const State& xb = stepper.currentState();
    const double ulp = std::fabs(vth) * std::numeric_limits<double>::epsilon();
    Search search{stepper, rhs, vth, vth + 4.0 * std::max(ulp, std::numeric_limits<double>::min())};
    return PreciseTime(search.first(sa, xa, sb, xb, 0));
}

}  // namespace lif

#include "core/model/theory_diffusion.h"

#include <algorithm>
#include <boost/math/quadrature/gauss.hpp>
#include <cmath>
#include <limits>

namespace lif::theory {

namespace {

constexpr double kSqrtPi = 1.7724538509055160273;
// Beyond this |u| the integrand erfcx(|u|) is integrated from its asymptotic series in closed form.
constexpr double kTailStart = 1000.0;
// Largest exponent whose e^x is a finite double (with a margin).
constexpr double kLargestExponent = 700.0;

template <class F>
double gaussLegendre(F f, double from, double to) {
    return boost::math::quadrature::gauss<double, 20>::integrate(f, from, to);
}

/// Integral of erfcx(x) over [x0, x1], 0 <= x0 <= x1. The integrand decays like 1/(sqrt(pi) x), so the
/// interval is cut where x doubles (each piece is then polynomial-like to 20-point Gauss-Legendre), and beyond
/// kTailStart the series erfcx(x) = (1 - 1/(2x^2) + 3/(4x^4) - ...) / (sqrt(pi) x) is integrated exactly
/// (its first dropped term is below 2e-18 relative there).
double integralOfErfcx(double x0, double x1) {
    if (!(x1 > x0)) {
        return 0.0;
    }
    double sum = 0.0;
    double from = x0;
    const double numericEnd = std::min(x1, kTailStart);
    while (from < numericEnd) {
        const double to = std::min(numericEnd, from < 1.0 ? 1.0 : 2.0 * from);
        sum += gaussLegendre([](double x) { return erfcxNonNegative(x); }, from, to);
        from = to;
    }
    if (x1 > kTailStart) {
        const double lo = std::max(x0, kTailStart);
        const auto tail = [](double x) {
            const double inverseSquare = 1.0 / (x * x);
            return inverseSquare / 4.0 - 3.0 * inverseSquare * inverseSquare / 16.0;
        };
        sum += (std::log(x1 / lo) + tail(x1) - tail(lo)) / kSqrtPi;
    }
    return sum;
}

/// e^{-b^2} times the integral of e^{u^2} over [c, b], 0 <= c < b, without forming e^{u^2}. In v = b - u the
/// integrand is e^{-E(v)}, E(v) = v (2b - v); the pieces are cut where E doubles (E = 1, 2, 4, ...), so each
/// piece changes by at most a fixed factor, and pieces far enough down to be negligible are left out.
double scaledIntegralOfGaussianGrowth(double c, double b) {
    const double endE = b * b - c * c;  // E at u = c
    const auto vOf = [b](double energy) { return energy / (b + std::sqrt(std::max(0.0, b * b - energy))); };
    const auto integrand = [b](double v) { return std::exp(-v * (2.0 * b - v)); };
    // e^{-E} times the widest remaining piece (at most b) is negligible against the first piece (~ min(b, 1/b)).
    const double negligibleE = 80.0 + 2.0 * std::log1p(b);
    double sum = 0.0;
    double fromE = 0.0;
    double toE = std::min(endE, 1.0);
    while (true) {
        sum += gaussLegendre(integrand, vOf(fromE), toE >= endE ? b - c : vOf(toE));
        if (toE >= endE || toE > negligibleE) {
            break;
        }
        fromE = toE;
        toE = std::min(endE, 2.0 * toE);
    }
    return sum;
}

}  // namespace

double erfcxNonNegative(double x) {
    if (x < 10.0) {
        // erfc is accurate to a few ulp in relative terms down to ~1e-300, and e^{x^2} <= e^100 is finite.
        return std::exp(x * x) * std::erfc(x);
    }
    // Asymptotic series; at x >= 10 the 12th term is below 1e-16.
    const double s = 1.0 / (2.0 * x * x);
    double term = 1.0;
    double sum = 1.0;
    for (int n = 1; n <= 12; ++n) {
        term *= -(2.0 * n - 1.0) * s;
        sum += term;
    }
    return sum / (x * kSqrtPi);
}

double ScaledIntegral::value() const {
    if (mantissa <= 0.0) {
        return mantissa;
    }
    const double logValue = std::log(mantissa) + exponent;
    return logValue > kLargestExponent + 9.0 ? std::numeric_limits<double>::infinity() : mantissa * std::exp(exponent);
}

ScaledIntegral siegertIntegral(double a, double b) {
    if (!(b > a)) {
        return {};
    }
    // u <= 0: the integrand erfcx(-u) is integrated in x = -u over [max(-b, 0), -a].
    const double negativePart = a < 0.0 ? integralOfErfcx(std::max(-b, 0.0), -a) : 0.0;
    if (b <= 0.0) {
        return {negativePart, 0.0};
    }
    // u > 0: erfcx(-u) = 2 e^{u^2} - erfcx(u); the e^{u^2} part carries the factor e^{b^2}.
    const double c = std::max(a, 0.0);
    const double bounded = negativePart - integralOfErfcx(c, b);
    const double exponent = b * b;
    const double mantissa = 2.0 * scaledIntegralOfGaussianGrowth(c, b) + bounded * std::exp(-exponent);
    return {mantissa, exponent};
}

double fourcaudBrunelShift(double tauS_ms, double tauM_ms) {
    if (!(tauS_ms > 0.0) || !(tauM_ms > 0.0)) {
        return 0.0;
    }
    return 0.5 * kFourcaudBrunelAlpha * std::sqrt(tauS_ms / tauM_ms);
}

DiffusionRate siegertRate(const DiffusionInput& input, double boundShift) {
    const double mu = input.mu_mV;
    if (!(input.sigma_mV > 0.0)) {
        // The sigma -> 0 limit: the deterministic LIF driven to mu.
        if (!(mu > input.vth_mV)) {
            return {0.0, RateRegime::NoNoise};
        }
        const double isi = input.tref_ms + input.tauM_ms * std::log((mu - input.vreset_mV) / (mu - input.vth_mV));
        return {1000.0 / isi, RateRegime::NoNoise};
    }
    const double a = (input.vreset_mV - mu) / input.sigma_mV + boundShift;
    const double b = (input.vth_mV - mu) / input.sigma_mV + boundShift;
    const ScaledIntegral integral = siegertIntegral(a, b);
    // Mean time to threshold tau_m sqrt(pi) I, in log form so that a far threshold cannot overflow.
    const double logPassage = std::log(input.tauM_ms * kSqrtPi * integral.mantissa) + integral.exponent;
    if (logPassage > kLargestExponent) {
        // The passage time dwarfs tref; 1000 e^{-logPassage} Hz is below 1e-300 Hz.
        return {0.0, RateRegime::UnderflowToZero};
    }
    return {1000.0 / (input.tref_ms + std::exp(logPassage)), RateRegime::Fluctuating};
}

}  // namespace lif::theory

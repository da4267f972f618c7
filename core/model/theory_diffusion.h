#pragma once
// The diffusion approximation of the LIF neuron: the firing rate of
//     tau_m dV/dt = -V + mu + sigma sqrt(tau_m) xi(t)        (xi: Gaussian white noise, <xi(t) xi(t')> = delta)
// with threshold Vth, reset Vreset and refractory period tref, and its correction for synaptic filtering.
// Pure mathematics in plain numbers (mV, ms, Hz): core/model/theory.h maps the neuron's parameters onto it.
//
// Siegert's mean first-passage time (Siegert 1951, Phys. Rev. 81; in this form Amit & Brunel 1997, Cerebral
// Cortex 7, and Brunel 2000, J. Comput. Neurosci. 8, eq. 21; a derivation: Kreutz-Delgado 2015, arXiv:1501.04032):
//     1 / rate = tref + tau_m sqrt(pi) * I(a, b),   I(a, b) = integral from a to b of e^{u^2} (1 + erf(u)) du,
//     a = (Vreset - mu) / sigma,   b = (Vth - mu) / sigma.
// With this sigma the free membrane potential has variance sigma^2 / 2 (white noise).
//
// Fourcaud & Brunel (2002, Neural Computation 14, 2057-2110): when the noise is filtered by a synapse,
//     tau_s dI/dt = -I + sigma sqrt(tau_m) xi(t),   tau_m dV/dt = -V + mu + I,
// the rate to first order in k = sqrt(tau_s / tau_m) is Siegert's with both bounds shifted by
//     sigma * alpha / 2 * k,   alpha = sqrt(2) |zeta(1/2)| = 2.0652...
// i.e. a and b each grow by alpha k / 2 (the NEST simulator's siegert_neuron documents the same shift).
//
// Numerics. The integrand is erfcx(-u) = e^{u^2} erfc(-u): for u <= 0 it lies in (0, 1] and decays like
// 1 / (sqrt(pi) |u|), so it is integrated directly (a tail beyond |u| = 1000 in closed form); for u > 0 it is
// 2 e^{u^2} - erfcx(u), whose e^{u^2} part is integrated scaled by e^{-b^2}, so nothing overflows. The
// result is kept as mantissa * e^{exponent}; a threshold far above the mean gives a rate that underflows to
// exactly 0 Hz (reported as such), never inf or NaN. The same splitting is described for NEST's
// implementation (nest-simulator, "Numerical evaluation of the Siegert formula").
//
// Thread rule: free functions of plain values, no state; call from any thread.

namespace lif::theory {

/// alpha = sqrt(2) |zeta(1/2)| of Fourcaud & Brunel (2002); zeta(1/2) = -1.4603545088095868.
inline constexpr double kFourcaudBrunelAlpha = 2.0652531522312172;

/// e^{x^2} erfc(x) for x >= 0 (the scaled complementary error function), without overflow or cancellation.
double erfcxNonNegative(double x);

/// I(a, b) = mantissa * e^{exponent}, so that a large upper bound does not overflow.
struct ScaledIntegral {
    double mantissa = 0.0;
    double exponent = 0.0;  ///< b^2 when b > 0, else 0
    /// The value as a double; +infinity when it does not fit.
    double value() const;
};

/// Siegert's integral from a to b (a < b) of e^{u^2} (1 + erf(u)) du. a = b gives 0.
ScaledIntegral siegertIntegral(double a, double b);

/// What Siegert's formula needs, in mV and ms.
struct DiffusionInput {
    double mu_mV;      ///< mean input, as a voltage: the free membrane potential's mean
    double sigma_mV;   ///< noise strength as above (free-membrane variance sigma^2 / 2 for white noise); >= 0
    double tauM_ms;    ///< membrane time constant
    double tref_ms;    ///< absolute refractory period
    double vth_mV;     ///< threshold
    double vreset_mV;  ///< reset (below vth)
};

/// How a rate came about, so a caller can say it in words.
enum class RateRegime {
    Fluctuating,     ///< the formula itself
    NoNoise,         ///< sigma = 0: the deterministic rate (0 at or below threshold)
    UnderflowToZero  ///< the threshold is so many sigma above the mean that the rate is below ~1e-300 Hz
};

struct DiffusionRate {
    double rate_Hz = 0.0;
    RateRegime regime = RateRegime::Fluctuating;
};

/// Siegert's white-noise rate, Hz. `boundShift` (in units of sigma) is added to both bounds: 0 for white
/// noise, fourcaudBrunelShift() for filtered noise.
DiffusionRate siegertRate(const DiffusionInput& input, double boundShift = 0.0);

/// alpha/2 sqrt(tau_s / tau_m): the Fourcaud-Brunel shift of both bounds, in units of sigma.
double fourcaudBrunelShift(double tauS_ms, double tauM_ms);

}  // namespace lif::theory

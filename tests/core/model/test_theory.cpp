// The theory beside the simulation: mean synaptic drive, Siegert's formula and its Fourcaud-Brunel correction.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "core/model/analytic.h"
#include "core/model/theory.h"
#include "core/model/theory_diffusion.h"

namespace lif::theory {
namespace {

// Reference values computed independently with mpmath (40 digits, adaptive tanh-sinh quadrature of
// e^{u^2} erfc(-u)):  python3 -c "import mpmath as m; m.mp.dps=40; f=lambda u: m.exp(u*u)*m.erfc(-u);
// print(m.quad(f,[-3,0,1]))"  and likewise for the other bounds and rates below.
constexpr double kPi = 3.14159265358979323846;
constexpr double kIntegralMinus3To1 = 3.466322200630260854654;
constexpr double kIntegralMinus10ToMinus2 = 0.8790284563965421783616;
constexpr double kIntegralHalfTo3 = 2887.203351887907204845;
constexpr double kIntegralMinus1To4 = 2298800.571970828403988;
constexpr double kIntegralMinus2000ToMinus1 = 4.194986755269053401117;

/// e^{x^2} erfc(x) for x > 0 from Laplace's continued fraction, evaluated bottom-up in long double (a method
/// the code under test does not use).
long double erfcxByContinuedFraction(long double x) {
    long double tail = x;
    for (int k = 80; k >= 1; --k) {
        tail = x + (k / 2.0L) / tail;
    }
    return 1.0L / (std::sqrt(static_cast<long double>(kPi)) * tail);
}

/// The integral by a different method: composite Simpson in long double on the raw integrand e^{u^2} erfc(-u)
/// (from the continued fraction where e^{u^2} alone would overflow), on [a, -20], [-20, 0] and [0, b] apart.
double simpsonIntegral(double a, double b) {
    const auto f = [](long double u) {
        return u < -20.0L ? erfcxByContinuedFraction(-u) : std::exp(u * u) * std::erfc(-u);
    };
    const auto simpson = [&f](long double from, long double to) {
        const int n = 40000;
        const long double h = (to - from) / n;
        long double sum = f(from) + f(to);
        for (int i = 1; i < n; ++i) {
            sum += f(from + i * h) * (i % 2 == 1 ? 4.0L : 2.0L);
        }
        return sum * h / 3.0L;
    };
    long double total = 0.0L;
    long double from = a;
    for (const long double cut : {-20.0L, 0.0L, static_cast<long double>(b)}) {
        if (cut > from && from < b) {
            total += simpson(from, std::min(cut, static_cast<long double>(b)));
            from = cut;
        }
    }
    return static_cast<double>(total);
}

DiffusionInput input(double mu, double sigma) {
    return DiffusionInput{mu, sigma, 10.0, 2.0, -50.0, -65.0};
}

TEST(Theory, ErfcxMatchesTheDefinitionAndItsAsymptotics) {
    for (const double x : {0.0, 0.3, 1.0, 4.0, 9.9}) {
        const long double direct = std::exp(static_cast<long double>(x) * x) * std::erfc(static_cast<long double>(x));
        EXPECT_NEAR(erfcxNonNegative(x), static_cast<double>(direct), 1e-14 * static_cast<double>(direct)) << x;
    }
    // Across the switch to the series at x = 10 and far out, where e^{x^2} alone would overflow.
    const long double at10 = std::exp(100.0L) * std::erfc(10.0L);
    EXPECT_NEAR(erfcxNonNegative(10.0), static_cast<double>(at10), 1e-15);
    const long double at50 = std::exp(2500.0L) * std::erfc(50.0L);
    EXPECT_NEAR(erfcxNonNegative(50.0), static_cast<double>(at50), 1e-16);
    EXPECT_NEAR(erfcxNonNegative(1e8) * 1e8 * std::sqrt(kPi), 1.0, 1e-15);
}

TEST(Theory, SiegertIntegralMatchesIndependentValues) {
    struct Case {
        double a, b, reference;
    };
    for (const Case& c :
         {Case{-3, 1, kIntegralMinus3To1}, Case{-10, -2, kIntegralMinus10ToMinus2}, Case{0.5, 3, kIntegralHalfTo3},
          Case{-1, 4, kIntegralMinus1To4}, Case{-2000, -1, kIntegralMinus2000ToMinus1}}) {
        const double value = siegertIntegral(c.a, c.b).value();
        EXPECT_NEAR(value, c.reference, 1e-12 * c.reference) << c.a << " to " << c.b;
        { EXPECT_NEAR(value, simpsonIntegral(c.a, c.b), 1e-10 * c.reference) << c.a << " to " << c.b; }
    }
}

TEST(Theory, SiegertIntegralIsSmoothAcrossTheClosedFormTail) {
    // The tail beyond |u| = 1000 is integrated in closed form: the piece across the switch must be
    // the integral of erfcx over [999, 1001], about 2 / (1000 sqrt(pi)).
    const double across = siegertIntegral(-1001.0, -1.0).value() - siegertIntegral(-999.0, -1.0).value();
    EXPECT_NEAR(across, simpsonIntegral(-1001.0, -999.0), 1e-14);
    EXPECT_GT(across, 0.0);
}

TEST(Theory, SiegertRateMatchesIndependentValues) {
    EXPECT_NEAR(siegertRate(input(-55.0, 4.0)).rate_Hz, 10.87354363453749857, 1e-11);
    EXPECT_NEAR(siegertRate(input(-48.0, 2.0)).rate_Hz, 45.91348920620704113, 1e-11);
    EXPECT_NEAR(siegertRate(input(-60.0, 3.0)).rate_Hz, 0.002668542711802565718, 1e-15);
    EXPECT_NEAR(siegertRate(input(-52.0, 0.5)).rate_Hz, 2.454276088387076723e-5, 1e-16);
    // Fourcaud-Brunel for tau_s = 0.5 ms, tau_m = 10 ms: both bounds moved up by alpha/2 sqrt(0.05).
    EXPECT_NEAR(fourcaudBrunelShift(0.5, 10.0), 2.0652531522312172 / 2.0 * std::sqrt(0.05), 1e-15);
    EXPECT_NEAR(siegertRate(input(-55.0, 4.0), fourcaudBrunelShift(0.5, 10.0)).rate_Hz, 6.964292199823484583, 1e-11);
}

TEST(Theory, SmallNoiseApproachesTheDeterministicRate) {
    Parameters p;  // tau_m 10 ms, tref 2 ms, Vth -50, Vreset -65, EL -65, gL 25 nS
    for (const double current : {400.0, 500.0, 1000.0}) {
        const double mu = p.EL + current / p.gL;
        const double deterministic = analytic::firingRate_Hz(p, current);
        double previousError = 1e9;
        for (const double sigma : {0.5, 0.05, 0.005, 1e-6}) {
            const DiffusionRate rate = siegertRate(input(mu, sigma));
            const double error = std::fabs(rate.rate_Hz - deterministic);
            EXPECT_EQ(rate.regime, RateRegime::Fluctuating);
            EXPECT_LE(error, previousError) << current << " pA, sigma " << sigma;
            previousError = error;
        }
        EXPECT_NEAR(siegertRate(input(mu, 1e-6)).rate_Hz, deterministic, 1e-6 * deterministic) << current;
        EXPECT_EQ(siegertRate(input(mu, 0.0)).rate_Hz, deterministic) << current;
    }
    // Below the rheobase (V_inf = -52 mV) the rate vanishes as sigma -> 0, without overflow on the way.
    double previous = 1e9;
    for (const double sigma : {2.0, 1.0, 0.5, 0.3}) {
        const double rate = siegertRate(input(-52.0, sigma)).rate_Hz;
        EXPECT_GT(rate, 0.0) << sigma;
        EXPECT_LT(rate, previous) << sigma;
        previous = rate;
    }
    const DiffusionRate far = siegertRate(input(-52.0, 0.01));  // threshold 200 sigma above the mean
    EXPECT_EQ(far.rate_Hz, 0.0);
    EXPECT_EQ(far.regime, RateRegime::UnderflowToZero);
    EXPECT_EQ(siegertRate(input(-52.0, 0.0)).rate_Hz, 0.0);
    EXPECT_EQ(siegertRate(input(-50.0, 0.0)).rate_Hz, 0.0);  // exactly at threshold
}

TEST(Theory, FarBoundsStayFinite) {
    // Threshold 20 sigma above the mean: I ~ e^{b^2} / b, so the rate is ~ b / (tau sqrt(pi)) e^{-b^2}, tiny but
    // representable; at 26 sigma e^{676} still fits, at 27 sigma (e^{729}) the rate is exactly 0.
    const double b = 20.0;
    const DiffusionRate rate = siegertRate(input(-50.0 - 2.0 * b, 2.0));
    ASSERT_GT(rate.rate_Hz, 0.0);
    const double expectedLog = std::log(1000.0 * b / (10.0 * std::sqrt(kPi))) - b * b;
    EXPECT_NEAR(std::log(rate.rate_Hz), expectedLog, 0.01);
    EXPECT_GT(siegertRate(input(-50.0 - 2.0 * 26.0, 2.0)).rate_Hz, 0.0);
    EXPECT_EQ(siegertRate(input(-50.0 - 2.0 * 27.0, 2.0)).rate_Hz, 0.0);
    EXPECT_TRUE(std::isinf(siegertIntegral(0.0, 30.0).value()));
    // A mean far above threshold: both bounds far below zero.
    const DiffusionRate strong = siegertRate(input(1e6, 1.0));
    EXPECT_NEAR(strong.rate_Hz, 1000.0 / (2.0 + 10.0 * std::log((1e6 + 65.0) / (1e6 + 50.0))), 1e-6);
}

TEST(Theory, MeanSynapticCurrentEntersVInfAndTheRate) {
    Parameters p;
    EXPECT_EQ(meanSynapticCurrent_pA(p), 0.0);
    p.rateE = 2000.0;  // wE 50 pA, tauE 5 ms: 2000 * 50 * 5 / 1000 = 500 pA
    EXPECT_DOUBLE_EQ(meanSynapticCurrent_pA(p), 500.0);
    EXPECT_DOUBLE_EQ(steadyStateVoltage_mV(p, 0.0), -45.0);
    EXPECT_DOUBLE_EQ(rheobaseInjected_pA(p), 375.0 - 500.0);
    EXPECT_DOUBLE_EQ(deterministicRate_Hz(p, 0.0), analytic::firingRate_Hz(p, 500.0));
    p.rateI = 1000.0;  // wI 100 pA, tauI 10 ms: -1000 pA
    EXPECT_DOUBLE_EQ(meanSynapticCurrent_pA(p), -500.0);
    EXPECT_DOUBLE_EQ(steadyStateVoltage_mV(p, 200.0), -65.0 - 300.0 / 25.0);
    EXPECT_EQ(deterministicRate_Hz(p, 200.0), 0.0);
}

TEST(Theory, FreeMembraneStatisticsOfShotNoiseAndOfTheNoiseProtocol) {
    Parameters p;
    p.rateE = 2000.0;
    FreeMembrane m = freeMembrane(p, InjectedCurrent{});
    // sigma^2 = r w^2 tau^2 / (gL C) = 2 * 2500 * 25 / 6250 = 20; var V = sigma^2/2 * tau_m / (tau_m + tau_s).
    EXPECT_TRUE(m.fluctuating);
    EXPECT_DOUBLE_EQ(m.mean_mV, -45.0);
    EXPECT_DOUBLE_EQ(m.sigma_mV * m.sigma_mV, 20.0);
    EXPECT_NEAR(m.sd_mV * m.sd_mV, 10.0 * 10.0 / 15.0, 1e-12);
    EXPECT_DOUBLE_EQ(m.tauS_ms, 5.0);

    m = freeMembrane(Parameters{}, InjectedCurrent{100.0, 100.0, 2.0});
    // noise: sigma^2 = 2 SD^2 TAU / (gL C) = 6.4.
    EXPECT_DOUBLE_EQ(m.mean_mV, -61.0);
    EXPECT_NEAR(m.sigma_mV * m.sigma_mV, 6.4, 1e-12);
    EXPECT_NEAR(m.sd_mV * m.sd_mV, 3.2 * 10.0 / 12.0, 1e-12);
    EXPECT_FALSE(freeMembrane(Parameters{}, InjectedCurrent{500.0}).fluctuating);
}

TEST(Theory, RegimeIsJudgedAndExplained) {
    Parameters p;
    EXPECT_FALSE(diffusionRegime(p, InjectedCurrent{500.0}).fluctuating);

    // The default synapses: tau_s / tau_m 0.5 and 1, kicks of 1 and 4 mV against 15 mV.
    p.rateE = 2000.0;
    p.rateI = 500.0;
    RegimeCheck check = diffusionRegime(p, InjectedCurrent{});
    EXPECT_TRUE(check.fluctuating);
    EXPECT_FALSE(check.inside);
    EXPECT_NE(check.reason.find("excitatory synapses are slow: tauE / tau_m = 0.5"), std::string::npos) << check.reason;
    EXPECT_NE(check.reason.find("inhibitory kicks are large: wI tauI / C = 4 mV is 26.7% of Vth - Vreset"),
              std::string::npos)
        << check.reason;
    EXPECT_DOUBLE_EQ(check.largestKick_mV, 4.0);

    // Many small, fast, balanced inputs.
    p.rateE = p.rateI = 40000.0;
    p.wE = p.wI = 50.0;
    p.tauE = p.tauI = 0.5;
    check = diffusionRegime(p, InjectedCurrent{});
    EXPECT_TRUE(check.inside) << check.reason;
    EXPECT_DOUBLE_EQ(check.largestTauRatio, 0.05);

    // Few inputs, and slow noise.
    p.rateE = 500.0;
    p.rateI = 0.0;
    check = diffusionRegime(p, InjectedCurrent{0.0, 50.0, 5.0});
    EXPECT_FALSE(check.inside);
    EXPECT_NE(check.reason.find("few excitatory inputs: 5 per membrane time constant"), std::string::npos)
        << check.reason;
    EXPECT_NE(check.reason.find("noise is slow: TAU / tau_m = 0.5"), std::string::npos) << check.reason;
}

TEST(Theory, PredictionOrdersTheRatesWithFilteredNoise) {
    Parameters p;
    p.rateE = p.rateI = 40000.0;
    p.wE = p.wI = 50.0;
    p.tauE = p.tauI = 0.5;
    const Prediction prediction = predict(p, InjectedCurrent{300.0});
    EXPECT_DOUBLE_EQ(prediction.meanDrive_pA, 300.0);
    EXPECT_EQ(prediction.deterministic_Hz, 0.0);  // below the rheobase: only the fluctuations make it fire
    EXPECT_GT(prediction.fourcaudBrunel.rate_Hz, 0.0);
    EXPECT_GT(prediction.siegert.rate_Hz, prediction.fourcaudBrunel.rate_Hz);
    EXPECT_FALSE(predict(ModelSetup{Parameters{}, StimulusSpec::parse("step:500,100,600")}).has_value());
    const auto fromSetup = predict(ModelSetup{p, StimulusSpec::parse("noise:300,10,0.5")});
    ASSERT_TRUE(fromSetup.has_value());
    EXPECT_GT(fromSetup->membrane.sigma_mV, prediction.membrane.sigma_mV);
}

}  // namespace
}  // namespace lif::theory

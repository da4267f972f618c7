// Property: no threshold crossing is ever missed, whatever maxStep says. Hundreds of random runs (sines up to
// 1 kHz, fast synapses kicked by given input spikes, pulses, steps, ramps, fast and slow membranes, maxStep up to
// 100 ms) are simulated with auto, exact and dopri5 and compared, spike by spike, with an oracle written here:
// the membrane's own closed form (as V = particular solution + decaying homogeneous part, not the formula of
// core/model/analytic.cpp) scanned on a dense grid (1/200 of the fastest time constant present) and bisected.
// It shares no code with the engine: not the analytic module, not the steppers, not StimulusProcess.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <sstream>
#include <vector>

#include "core/engine/simulator.h"

namespace lif {
namespace {

using Real = long double;
constexpr Real kPi = 3.14159265358979323846264338327950288L;

/// Iext on one smooth piece, in absolute time: c + b t + A sin(w t + phi).
struct Piece {
    Real c = 0, b = 0, A = 0, w = 0, phi = 0;
};

/// The protocols as their spec text defines them (README), rewritten here independently of core/model/stimulus.
struct Drive {
    StimulusSpec spec;
    std::vector<Real> breaks;  ///< sorted times where the drive or its slope jumps

    Drive(const StimulusSpec& s, Real duration) : spec(s) {
        const auto& v = spec.values;
        switch (spec.kind) {
            case StimulusKind::Step:
                breaks = {v[1], v[2]};
                break;
            case StimulusKind::Ramp:
                breaks = {v[2], v[3]};
                break;
            case StimulusKind::Pulses:
                for (long n = 0; v[3] + static_cast<Real>(n) * v[2] < duration; ++n) {
                    const Real onset = v[3] + static_cast<Real>(n) * v[2];
                    breaks.push_back(onset);
                    if (v[1] < v[2]) breaks.push_back(onset + v[1]);
                }
                break;
            default:
                break;
        }
    }
    Real nextBreak(Real t) const {
        for (const Real b : breaks)
            if (b > t) return b;
        return INFINITY;
    }
    /// The piece that holds the open interval (t0, t1).
    Piece pieceOn(Real t0, Real t1) const {
        const Real m = 0.5L * (t0 + t1);
        const auto& v = spec.values;
        Piece p;
        switch (spec.kind) {
            case StimulusKind::Constant:
                p.c = v[0];
                break;
            case StimulusKind::Step:
                p.c = (m >= v[1] && m < v[2]) ? v[0] : 0.0;
                break;
            case StimulusKind::Pulses:
                p.c =
                    (m >= v[3] && std::fmod(m - static_cast<Real>(v[3]), static_cast<Real>(v[2])) < v[1]) ? v[0] : 0.0;
                break;
            case StimulusKind::Ramp:
                if (m >= v[3]) {
                    p.c = v[1];
                } else if (m >= v[2]) {
                    p.b = (static_cast<Real>(v[1]) - v[0]) / (static_cast<Real>(v[3]) - v[2]);
                    p.c = v[0] - p.b * v[2];
                }
                break;
            case StimulusKind::Sine:
                p.c = v[0];
                p.A = v[1];
                p.w = 2.0L * kPi * v[2] / 1000.0L;
                p.phi = v[3] * kPi / 180.0L;
                break;
            case StimulusKind::Noise:
                ADD_FAILURE() << "noise is not generated here";
                break;
        }
        return p;
    }
};

struct Membrane {
    Real C, gL, EL;
    Real k() const { return gL / C; }
    /// A particular solution of C u' = -gL u + J(t) for J = the piece plus synaptic I0 e^{-(t - t0)/tau}.
    Real particular(const Piece& p, Real t, Real ie0, Real tauE, Real ii0, Real tauI, Real t0) const {
        Real u = p.c / gL + p.b / gL * (t - C / gL);
        if (p.A != 0) {
            const Real theta = p.w * t + p.phi;
            u += p.A * (gL * std::sin(theta) - C * p.w * std::cos(theta)) / (gL * gL + C * C * p.w * p.w);
        }
        if (ie0 != 0) u += ie0 * std::exp(-(t - t0) / tauE) / (gL - C / tauE);
        if (ii0 != 0) u += ii0 * std::exp(-(t - t0) / tauI) / (gL - C / tauI);
        return u;
    }
};

struct Case {
    RunSetup setup;
    double duration;
};

struct OracleResult {
    std::vector<Real> spikes;
    bool ambiguous = false;  ///< V came within kMargin below Vth without crossing: either answer is defensible
};

constexpr Real kMargin = 1e-3L;  // mV

OracleResult oracle(const Case& c) {
    const Parameters& p = c.setup.parameters;
    const Membrane m{p.C, p.gL, p.EL};
    const Drive drive(c.setup.stimulus, c.duration);
    std::vector<InputSpike> inputs = c.setup.inputSpikes;
    Real fastest = std::min({m.C / m.gL, static_cast<Real>(p.tauE), static_cast<Real>(p.tauI)});
    if (c.setup.stimulus.kind == StimulusKind::Sine) fastest = std::min(fastest, 1000.0L / c.setup.stimulus.values[2]);
    const Real grid = fastest / 200.0L;

    OracleResult result;
    Real t = 0, u = 0, ie = 0, ii = 0;  // u = V - EL
    Real refractoryEnd = -1;
    std::size_t nextInput = 0;
    const Real uth = static_cast<Real>(p.Vth) - p.EL;
    const Real ureset = static_cast<Real>(p.Vreset) - p.EL;
    while (t < c.duration) {
        while (nextInput < inputs.size() && inputs[nextInput].time_ms <= t) {
            (inputs[nextInput].channel == Channel::Excitatory ? ie : ii) +=
                inputs[nextInput].channel == Channel::Excitatory ? p.wE : -p.wI;
            ++nextInput;
        }
        Real stop = std::min(drive.nextBreak(t), static_cast<Real>(c.duration));
        if (nextInput < inputs.size()) stop = std::min(stop, static_cast<Real>(inputs[nextInput].time_ms));
        const bool refractory = t < refractoryEnd;
        if (refractory) stop = std::min(stop, refractoryEnd);
        const Piece piece = drive.pieceOn(t, stop);
        const Real t0 = t, ie0 = ie, ii0 = ii;
        const Real homogeneous = u - m.particular(piece, t0, ie0, p.tauE, ii0, p.tauI, t0);
        const auto uAt = [&](Real s) {
            return m.particular(piece, s, ie0, p.tauE, ii0, p.tauI, t0) + homogeneous * std::exp(-m.k() * (s - t0));
        };
        const auto advanceCurrents = [&](Real to) {
            ie = ie0 * std::exp(-(to - t0) / p.tauE);
            ii = ii0 * std::exp(-(to - t0) / p.tauI);
        };
        if (refractory) {
            advanceCurrents(stop);
            u = ureset;
            t = stop;
            continue;
        }
        Real crossing = -1;
        Real prev2 = -INFINITY, prev = uAt(t0);
        for (Real a = t0; a < stop;) {
            const Real b = std::min(a + grid, stop);
            const Real ub = uAt(b);
            if (ub >= uth) {
                Real lo = a, hi = b;
                for (int i = 0; i < 200 && hi - lo > 1e-15L * (1 + hi); ++i) {
                    const Real mid = 0.5L * (lo + hi);
                    (uAt(mid) >= uth ? hi : lo) = mid;
                }
                crossing = hi;
                break;
            }
            if (prev >= prev2 && prev >= ub && uth - prev < kMargin && a > t0) result.ambiguous = true;
            prev2 = prev;
            prev = ub;
            a = b;
        }
        if (crossing >= 0) {
            result.spikes.push_back(crossing);
            advanceCurrents(crossing);
            u = ureset;
            t = crossing;
            refractoryEnd = crossing + p.tref;
        } else {
            u = uAt(stop);
            advanceCurrents(stop);
            t = stop;
        }
    }
    return result;
}

/// A random run meant to sit near threshold, where crossings inside a step happen.
Case randomCase(std::mt19937_64& random) {
    const auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random); };
    const auto logUniform = [&](double lo, double hi) { return std::exp(uniform(std::log(lo), std::log(hi))); };
    Case c;
    Parameters& p = c.setup.parameters;
    p.C = logUniform(10, 1000);
    p.gL = logUniform(2, 200);
    p.EL = -65;
    p.Vth = uniform(-55, -45);
    p.Vreset = uniform(-75, p.Vth - 2);
    p.tref = uniform(0, 1) < 0.2 ? 0.0 : uniform(0.1, 5);
    const double tauM = p.C / p.gL;
    // Synaptic time constants away from tau_m (the oracle's particular solution needs tau != tau_m).
    do {
        p.tauE = logUniform(0.1, 20);
    } while (std::fabs(p.tauE / tauM - 1) < 0.02);
    do {
        p.tauI = logUniform(0.1, 20);
    } while (std::fabs(p.tauI / tauM - 1) < 0.02);
    const double rheobase = p.gL * (p.Vth - p.EL);
    p.wE = std::min(10000.0, rheobase * logUniform(0.2, 8));
    p.wI = std::min(10000.0, rheobase * logUniform(0.2, 8));
    p.maxStep = std::vector<double>{0.1, 1, 10, 100}[random() % 4];
    const double fastest = std::min({tauM, p.tauE, p.tauI});
    c.duration = std::clamp(400.0 * fastest, 30.0, 200.0);
    const int kind = static_cast<int>(random() % 5);
    const double level = rheobase * uniform(0.3, 1.6);
    StimulusSpec& spec = c.setup.stimulus;
    if (kind == 0) {
        spec = StimulusSpec::defaults(StimulusKind::Constant);
        spec.values = {level, 0, 0, 0};
    } else if (kind == 1) {
        const double on = uniform(0, c.duration / 2);
        spec = StimulusSpec::defaults(StimulusKind::Step);
        spec.values = {level * 1.5, on, on + uniform(1, c.duration), 0};
    } else if (kind == 2) {
        const double period = uniform(1, 40);
        spec = StimulusSpec::defaults(StimulusKind::Pulses);
        spec.values = {level * 2, period * uniform(0.05, 1), period, uniform(0, 10)};
    } else if (kind == 3) {
        const double t0 = uniform(0, c.duration / 2);
        spec = StimulusSpec::defaults(StimulusKind::Ramp);
        spec.values = {level * uniform(0, 1), level * uniform(1, 3), t0, t0 + uniform(1, c.duration)};
    } else {
        const double frequency = logUniform(2, 1000);
        spec = StimulusSpec::defaults(StimulusKind::Sine);
        spec.values = {level, rheobase * logUniform(0.05, 40), frequency, uniform(0, 360)};
        c.duration = std::max(c.duration, std::min(200.0, 3000.0 / frequency));
    }
    const auto& fields = protocolOf(spec.kind).fields;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        spec.values[i] = std::clamp(spec.values[i], fields[i].minValue, fields[i].maxValue);
    }
    spec.validate();
    const int inputs = static_cast<int>(random() % 12);
    for (int i = 0; i < inputs; ++i) {
        c.setup.inputSpikes.push_back(
            {uniform(0, c.duration), uniform(0, 1) < 0.6 ? Channel::Excitatory : Channel::Inhibitory});
    }
    std::sort(c.setup.inputSpikes.begin(), c.setup.inputSpikes.end(),
              [](const InputSpike& a, const InputSpike& b) { return a.time_ms < b.time_ms; });
    c.setup.dt_ms = 0.0;
    return c;
}

std::string describe(const Case& c) {
    const Parameters& p = c.setup.parameters;
    std::ostringstream out;
    out << c.setup.stimulus.toString() << " C=" << p.C << " gL=" << p.gL << " Vth=" << p.Vth << " Vreset=" << p.Vreset
        << " tref=" << p.tref << " tauE=" << p.tauE << " tauI=" << p.tauI << " wE=" << p.wE << " wI=" << p.wI
        << " maxStep=" << p.maxStep << " inputs=" << c.setup.inputSpikes.size() << " T=" << c.duration;
    return out.str();
}

TEST(CrossingProperty, NoSolverMissesACrossingOnRandomPiecewiseInputs) {
    std::mt19937_64 random(20261201);
    constexpr int kCases = 300;
    int usable = 0;
    std::size_t spikes = 0;
    int withSpikes = 0;
    double worst[3] = {0, 0, 0};
    const SolverKind solvers[3] = {SolverKind::Auto, SolverKind::Exact, SolverKind::Dopri5};
    const double tolerance[3] = {1e-8, 1e-8, 1e-6};
    for (int n = 0; n < kCases; ++n) {
        Case c = randomCase(random);
        const OracleResult expected = oracle(c);
        if (expected.ambiguous) continue;
        ++usable;
        spikes += expected.spikes.size();
        withSpikes += expected.spikes.empty() ? 0 : 1;
        for (int k = 0; k < 3; ++k) {
            c.setup.solver = solvers[k];
            Simulator simulator(c.setup);
            Batch batch;
            simulator.advanceTo(c.duration, batch);
            const auto& got = batch.spikeTimes_ms;
            ASSERT_EQ(got.size(), expected.spikes.size())
                << "case " << n << ", " << solverName(solvers[k]) << ": " << describe(c);
            for (std::size_t i = 0; i < got.size(); ++i) {
                const double error = static_cast<double>(std::fabs(got[i] - expected.spikes[i]));
                worst[k] = std::max(worst[k], error);
                ASSERT_LE(error, tolerance[k])
                    << "case " << n << ", spike " << i << ", " << solverName(solvers[k]) << ": " << describe(c);
            }
        }
    }
    EXPECT_GE(usable, kCases * 9 / 10) << "too many near misses to judge";
    EXPECT_GE(withSpikes, usable / 2) << "the cases should fire";
    std::cout << "[ measured ] " << usable << " random runs, " << spikes << " spikes; worst spike-time error auto "
              << worst[0] << " ms, exact " << worst[1] << " ms, dopri5 " << worst[2] << " ms\n";
}

/// The cases that were missed before the bounded search: several extrema of V inside one step.
TEST(CrossingProperty, CrossingsInsideOneLongStepAreFound) {
    struct Known {
        const char* stimulus;
        double maxStep;
        double duration;
        double wE;
        double tauE;
        std::vector<InputSpike> inputs;
    };
    const std::vector<Known> cases = {
        {"sine:300,20000,1000", 1.0, 100.0, 50.0, 5.0, {}},  // 10 spikes, 2 periods of the sine per step
        {"sine:350,60,5", 100.0, 1000.0, 50.0, 5.0, {}},     // a 5 Hz sine at maxStep 100
        // fast synaptic currents that dip and rise inside one step
        {"const:300",
         100.0,
         60.0,
         8000.0,
         0.2,
         {{10.0, Channel::Excitatory}, {10.05, Channel::Inhibitory}, {10.4, Channel::Excitatory}}},
    };
    for (const Known& known : cases) {
        Case c;
        c.setup.stimulus = StimulusSpec::parse(known.stimulus);
        c.setup.parameters.maxStep = known.maxStep;
        c.setup.parameters.wE = known.wE;
        c.setup.parameters.tauE = known.tauE;
        c.setup.parameters.tauI = 0.3;  // away from tau_m, where the oracle's particular solution would not hold
        c.setup.parameters.wI = 3000.0;
        c.setup.inputSpikes = known.inputs;
        c.setup.dt_ms = 0.0;
        c.duration = known.duration;
        const OracleResult expected = oracle(c);
        ASSERT_FALSE(expected.ambiguous) << known.stimulus;
        ASSERT_FALSE(expected.spikes.empty()) << known.stimulus;
        for (const SolverKind kind : {SolverKind::Auto, SolverKind::Exact, SolverKind::Dopri5}) {
            c.setup.solver = kind;
            Simulator simulator(c.setup);
            Batch batch;
            simulator.advanceTo(known.duration, batch);
            ASSERT_EQ(batch.spikeTimes_ms.size(), expected.spikes.size()) << known.stimulus << ", " << solverName(kind);
            for (std::size_t i = 0; i < expected.spikes.size(); ++i) {
                EXPECT_NEAR(batch.spikeTimes_ms[i], static_cast<double>(expected.spikes[i]), 1e-6)
                    << known.stimulus << ", " << solverName(kind) << ", spike " << i;
            }
        }
    }
}

}  // namespace
}  // namespace lif

#include "core/engine/steppers.h"

#include <algorithm>
#include <boost/numeric/odeint.hpp>
#include <cmath>
#include <functional>

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace odeint = boost::numeric::odeint;

namespace {

void requireFinite(const State& x, double s, SolverKind kind) {
    if (!std::isfinite(x[kV]) || !std::isfinite(x[kIe]) || !std::isfinite(x[kIi]) || std::fabs(x[kV]) > 1e12) {
        throw SolverError("the " + std::string(solverName(kind)) + " solver diverged (V = " + formatShort(x[kV]) +
                          " mV, " + formatShort(s) +
                          " ms into a segment); its step maxStep is too large for the membrane time constant "
                          "C/gL: reduce maxStep or choose dopri5");
    }
}

/// Adaptive Dormand-Prince 5(4) driven step by step, so that the simulator can stop on events.
class Dopri5Stepper final : public SegmentStepper {
public:
    explicit Dopri5Stepper(const Parameters& parameters)
        : dense_(odeint::make_dense_output(parameters.abstol, parameters.reltol, parameters.maxStep,
                                           odeint::runge_kutta_dopri5<State>())),
          maxStep_(parameters.maxStep) {}

    void initialize(const State& x, double s, double firstStep) override {
        dense_.initialize(x, s, std::clamp(firstStep, 1e-12, maxStep_));
    }

    std::pair<double, double> doStep(const LifRhs& rhs, double sStop) override {
        const double start = dense_.current_time();
        if (start + dense_.current_time_step() > sStop) {
            // Land exactly on the next event rather than interpolating across it.
            const State here = dense_.current_state();
            dense_.initialize(here, start, sStop - start);
        }
        try {
            const auto step = dense_.do_step(std::cref(rhs));
            requireFinite(dense_.current_state(), step.second, SolverKind::Dopri5);
            return step;
        } catch (const SolverError&) {
            throw;
        } catch (const std::exception& error) {
            throw SolverError(std::string("the dopri5 solver could not meet its tolerance (") + error.what() +
                              "); loosen abstol/reltol or reduce the inputs");
        }
    }

    void stateAt(double s, State& x) const override { dense_.calc_state(s, x); }
    const State& currentState() const override { return dense_.current_state(); }
    double nextStepSize() const override { return dense_.current_time_step(); }

private:
    using Dense = odeint::result_of::make_dense_output<odeint::runge_kutta_dopri5<State>>::type;
    Dense dense_;
    double maxStep_;
};

/// Fixed-step explicit method; RK4 interpolates with cubic Hermite polynomials, Euler linearly (its own order).
template <class Method, bool kHermite>
class FixedStepper final : public SegmentStepper {
public:
    FixedStepper(SolverKind kind, double step) : kind_(kind), step_(step) {}

    void initialize(const State& x, double s, double /*firstStep*/) override {
        x1_ = x;
        s1_ = s;
        x0_ = x;
        s0_ = s;
    }

    std::pair<double, double> doStep(const LifRhs& rhs, double sStop) override {
        x0_ = x1_;
        s0_ = s1_;
        const bool lands = s0_ + step_ >= sStop;
        const double h = lands ? sStop - s0_ : step_;
        method_.do_step(std::cref(rhs), x1_, s0_, h);
        s1_ = lands ? sStop : s0_ + h;
        requireFinite(x1_, s1_, kind_);
        if (kHermite) {
            rhs(x0_, d0_, s0_);
            rhs(x1_, d1_, s1_);
        }
        return {s0_, s1_};
    }

    void stateAt(double s, State& x) const override {
        const double h = s1_ - s0_;
        if (h <= 0.0) {
            x = x1_;
            return;
        }
        const double u = (s - s0_) / h;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (kHermite) {
                const double u2 = u * u;
                const double u3 = u2 * u;
                x[i] = (2 * u3 - 3 * u2 + 1) * x0_[i] + (u3 - 2 * u2 + u) * h * d0_[i] + (-2 * u3 + 3 * u2) * x1_[i] +
                       (u3 - u2) * h * d1_[i];
            } else {
                x[i] = x0_[i] + u * (x1_[i] - x0_[i]);
            }
        }
    }

    const State& currentState() const override { return x1_; }
    double nextStepSize() const override { return step_; }

private:
    Method method_;
    SolverKind kind_;
    double step_;
    State x0_{}, x1_{}, d0_{}, d1_{};
    double s0_ = 0.0, s1_ = 0.0;
};

/// (e^{-a h} - e^{-k h}) / (k - a), written to stay accurate when a is close to k (limit h e^{-k h}).
double exponentialResponse(double a, double k, double h) {
    const double difference = k - a;
    if (difference == 0.0) {
        return h * std::exp(-k * h);
    }
    return std::exp(-a * h) * -std::expm1(-difference * h) / difference;
}

/// The model is linear between events, so the state at any time has a closed form (see core/analytic.h for the
/// formula). Steps only bound where threshold crossings are looked for: with no synaptic current and no sine, dV/dt
/// changes sign at most once, and one step can span the whole segment; otherwise steps are at most maxStep.
class ExactStepper final : public SegmentStepper {
public:
    explicit ExactStepper(double maxStep) : maxStep_(maxStep) {}

    void initialize(const State& x, double s, double /*firstStep*/) override {
        x0_ = x;
        x1_ = x;
        s0_ = s;
        s1_ = s;
    }

    std::pair<double, double> doStep(const LifRhs& rhs, double sStop) override {
        rhs_ = rhs;
        x0_ = x1_;
        s0_ = s1_;
        const double tauM = 1.0 / (rhs.gL * rhs.invC);
        const bool monotone = x0_[kIe] == 0.0 && x0_[kIi] == 0.0 && rhs.drive.sineAmp == 0.0;
        // 50 tau_m: a monotone approach that has not crossed by then is within e^-50 of its end point.
        const double longest = monotone ? 50.0 * tauM : maxStep_;
        const bool lands = s0_ + longest >= sStop;
        s1_ = lands ? sStop : s0_ + longest;
        stateAt(s1_, x1_);
        return {s0_, s1_};
    }

    void stateAt(double s, State& x) const override {
        const double h = s - s0_;
        const LifRhs& r = rhs_;
        const double k = r.gL * r.invC;
        const double decay = std::exp(-k * h);
        const double growth = -std::expm1(-k * h);
        const double constant = r.drive.constant + r.drive.slope * s0_;
        double u = (x0_[kV] - r.EL) * decay + constant / r.gL * growth;
        if (r.drive.slope != 0.0) {
            u += r.drive.slope * r.invC * (h / k - growth / (k * k));
        }
        if (x0_[kIe] != 0.0) {
            u += x0_[kIe] * r.invC * exponentialResponse(r.invTauE, k, h);
        }
        if (x0_[kIi] != 0.0) {
            u += x0_[kIi] * r.invC * exponentialResponse(r.invTauI, k, h);
        }
        if (r.drive.sineAmp != 0.0) {
            const double w = r.drive.omega;
            const double phase = r.drive.phase + w * s0_;
            const auto particular = [&](double at) {
                return (k * std::sin(w * at + phase) - w * std::cos(w * at + phase)) / (k * k + w * w);
            };
            u += r.drive.sineAmp * r.invC * (particular(h) - particular(0.0) * decay);
        }
        x[kV] = r.EL + u;
        x[kIe] = x0_[kIe] == 0.0 ? 0.0 : x0_[kIe] * std::exp(-h * r.invTauE);
        x[kIi] = x0_[kIi] == 0.0 ? 0.0 : x0_[kIi] * std::exp(-h * r.invTauI);
    }

    const State& currentState() const override { return x1_; }
    double nextStepSize() const override { return maxStep_; }

    /// With a constant current and no synaptic current V relaxes exponentially towards V_inf = EL + I/gL, so the
    /// crossing is one logarithm: s = s0 + tau_m ln((V0 - V_inf) / (Vth - V_inf)).
    double closedFormCrossing(double vth, double sa, double sb) const override {
        const LifRhs& r = rhs_;
        if (x0_[kIe] != 0.0 || x0_[kIi] != 0.0 || r.drive.sineAmp != 0.0 || r.drive.slope != 0.0) {
            return -1.0;
        }
        const double vInf = r.EL + r.drive.constant / r.gL;
        const double ratio = (x0_[kV] - vInf) / (vth - vInf);
        if (!(ratio >= 1.0) || !std::isfinite(ratio)) {
            return -1.0;
        }
        const double s = s0_ + std::log(ratio) / (r.gL * r.invC);
        return (s >= sa && s <= sb) ? s : -1.0;
    }

private:
    double maxStep_;
    LifRhs rhs_;
    State x0_{}, x1_{};
    double s0_ = 0.0, s1_ = 0.0;
};

}  // namespace

std::unique_ptr<SegmentStepper> makeStepper(SolverKind kind, const Parameters& parameters) {
    switch (kind) {
        case SolverKind::Dopri5:
            return std::make_unique<Dopri5Stepper>(parameters);
        case SolverKind::Rk4:
            return std::make_unique<FixedStepper<odeint::runge_kutta4<State>, true>>(kind, parameters.maxStep);
        case SolverKind::Euler:
            return std::make_unique<FixedStepper<odeint::euler<State>, false>>(kind, parameters.maxStep);
        case SolverKind::Exact:
            return std::make_unique<ExactStepper>(parameters.maxStep);
    }
    return std::make_unique<Dopri5Stepper>(parameters);
}

}  // namespace lif

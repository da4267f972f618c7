#include "core/steppers.h"

#include <algorithm>
#include <boost/numeric/odeint.hpp>
#include <cmath>
#include <functional>

#include "core/errors.h"
#include "core/numbers.h"

namespace lif {

namespace odeint = boost::numeric::odeint;

std::string_view solverName(SolverKind kind) {
    switch (kind) {
        case SolverKind::Dopri5:
            return "dopri5";
        case SolverKind::Rk4:
            return "rk4";
        case SolverKind::Euler:
            return "euler";
    }
    return "dopri5";
}

std::string solverDescription(SolverKind kind) {
    switch (kind) {
        case SolverKind::Dopri5:
            return "Dormand-Prince 5(4), adaptive, dense output (Boost.Odeint)";
        case SolverKind::Rk4:
            return "classic Runge-Kutta 4, fixed step maxStep, cubic Hermite interpolation";
        case SolverKind::Euler:
            return "forward Euler, fixed step maxStep, linear interpolation";
    }
    return {};
}

SolverKind parseSolver(std::string_view text, std::string_view origin) {
    for (const SolverKind kind : {SolverKind::Dopri5, SolverKind::Rk4, SolverKind::Euler}) {
        if (trimmed(text) == solverName(kind)) {
            return kind;
        }
    }
    throw InputError(std::string(origin) + ": unknown solver " + quoted(text) + "; allowed: dopri5, rk4, euler");
}

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
    double currentTime() const override { return dense_.current_time(); }
    double nextStepSize() const override { return dense_.current_time_step(); }
    SolverKind kind() const override { return SolverKind::Dopri5; }

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
    double currentTime() const override { return s1_; }
    double nextStepSize() const override { return step_; }
    SolverKind kind() const override { return kind_; }

private:
    Method method_;
    SolverKind kind_;
    double step_;
    State x0_{}, x1_{}, d0_{}, d1_{};
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
    }
    return std::make_unique<Dopri5Stepper>(parameters);
}

}  // namespace lif

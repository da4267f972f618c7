#include "core/engine/steppers.h"

#include <algorithm>
#include <boost/numeric/odeint.hpp>
#include <cmath>
#include <functional>
#include <limits>

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace odeint = boost::numeric::odeint;

namespace {

constexpr double kTwoPi = 6.283185307179586476925286766559;

bool diverged(double v) {
    return !(std::fabs(v) <= 1e12);  // also true for NaN
}

[[noreturn]] void throwDiverged(double v, double s, SolverKind kind) {
    throw SolverError("the " + std::string(solverName(kind)) + " solver diverged (V = " + formatShort(v) + " mV, " +
                      formatShort(s) +
                      " ms into a segment); its step maxStep is too large for the membrane time constant "
                      "C/gL: reduce maxStep or choose auto");
}

void requireFinite(const State& x, double s, SolverKind kind) {
    if (diverged(x[kV]) || !std::isfinite(x[kIe]) || !std::isfinite(x[kIi])) {
        throwDiverged(x[kV], s, kind);
    }
}

/// The step limit the model imposes on an adaptive method: a sixteenth of a sine's period and half of each
/// synaptic time constant whose current is not zero, so that the dense output resolves every turn of V.
double modelStepLimit(const LifRhs& rhs, const State& x) {
    double limit = std::numeric_limits<double>::infinity();
    if (rhs.drive.sineAmp != 0.0 && rhs.drive.omega > 0.0) limit = kTwoPi / rhs.drive.omega / 16.0;
    if (x[kIe] != 0.0) limit = std::min(limit, 0.5 / rhs.invTauE);
    if (x[kIi] != 0.0) limit = std::min(limit, 0.5 / rhs.invTauI);
    return limit;
}

/// V alone, for segments without synaptic current (Ie = Ii = 0 stay exactly 0): a third of the arithmetic.
using VoltageOnly = std::array<double, 1>;
struct VoltageOnlyRhs {
    const LifRhs* rhs;
    void operator()(const VoltageOnly& x, VoltageOnly& dxdt, double s) const {
        dxdt[0] = (rhs->current(s) - rhs->gL * (x[0] - rhs->EL)) * rhs->invC;
    }
};
struct FullRhs {
    const LifRhs* rhs;
    void operator()(const State& x, State& dxdt, double s) const { (*rhs)(x, dxdt, s); }
};

/// Boost.Odeint's Dormand-Prince 5(4) stepper (FSAL, embedded error, dense output by calc_state), driven by a
/// step-size controller of our own with odeint's rules (accept when the error norm max_i |err_i| /
/// (abstol + reltol (|x_i| + h |dx_i/dt|)) is at most 1; grow by 0.9 err^{-1/5}, at most 5x, when it is below
/// 0.5; shrink by 0.9 err^{-1/3}, at least to a fifth, on rejection). Driving the error stepper directly instead
/// of odeint's dense-output wrapper saves that wrapper's bookkeeping per step, and a segment without synaptic
/// current integrates V alone.
class Dopri5Stepper final : public SegmentStepper {
public:
    explicit Dopri5Stepper(const Parameters& parameters)
        : abstol_(parameters.abstol), reltol_(parameters.reltol), maxStep_(parameters.maxStep) {}

    void initialize(const State& x, double s, double firstStep) override {
        voltageOnly_ = x[kIe] == 0.0 && x[kIi] == 0.0;
        full_.x1 = x;
        voltage_.x1 = {x[kV]};
        current_ = x;
        s0_ = s;
        s1_ = s;
        h_ = std::clamp(firstStep, 1e-12, maxStep_);
        derivativeKnown_ = false;
        limit_ = -1.0;
    }

    void doStep(const LifRhs& rhs, double sStop, double& start, double& end) override {
        if (limit_ < 0.0) limit_ = std::min(maxStep_, modelStepLimit(rhs, current_));  // fixed within a segment
        const double limit = limit_;
        if (voltageOnly_) {
            step(voltage_, VoltageOnlyRhs{&rhs}, sStop, limit);
            current_ = {voltage_.x1[0], 0.0, 0.0};
        } else {
            step(full_, FullRhs{&rhs}, sStop, limit);
            current_ = full_.x1;
        }
        start = s0_;
        end = s1_;
    }

    void stateAt(double s, State& x) const override {
        if (!(s1_ > s0_)) {
            x = current_;
        } else if (voltageOnly_) {
            VoltageOnly v{};
            voltage_.method.calc_state(s, v, voltage_.x0, voltage_.d0, s0_, voltage_.x1, voltage_.d1, s1_);
            x = {v[0], 0.0, 0.0};
        } else {
            full_.method.calc_state(s, x, full_.x0, full_.d0, s0_, full_.x1, full_.d1, s1_);
        }
    }
    const State& currentState() const override { return current_; }
    double nextStepSize() const override { return h_; }

private:
    static constexpr int kMaxRejections = 500;  // odeint's failed_step_checker default

    template <class X>
    struct Track {
        mutable odeint::runge_kutta_dopri5<X> method;  // calc_state reads the stages of the last step
        X x0{}, d0{}, x1{}, d1{}, error{};
    };

    template <class X, class System>
    void step(Track<X>& t, const System& system, double sStop, double limit) {
        if (!derivativeKnown_) {
            system(t.x1, t.d1, s1_);
            derivativeKnown_ = true;
        }
        t.x0 = t.x1;
        t.d0 = t.d1;
        s0_ = s1_;
        double h = std::min(h_, limit);
        for (int rejected = 0;; ++rejected) {
            const bool lands = s0_ + h >= sStop;
            if (lands) h = sStop - s0_;
            t.method.do_step(system, t.x0, t.d0, s0_, t.x1, t.d1, h, t.error);
            double norm = 0.0;
            for (std::size_t i = 0; i < t.x0.size(); ++i) {
                const double scale = abstol_ + reltol_ * (std::fabs(t.x0[i]) + h * std::fabs(t.d0[i]));
                norm = std::max(norm, std::fabs(t.error[i]) / scale);
            }
            if (norm <= 1.0 && !diverged(t.x1[0])) {
                s1_ = lands ? sStop : s0_ + h;
                double next = h;
                if (norm < 0.5) next = h * 0.9 * std::pow(std::max(norm, 3.2e-4), -0.2);  // 3.2e-4 = 5^-5
                // A step shortened to land on an event says nothing about the step the method could take.
                h_ = std::min(lands ? std::max(next, h_) : next, maxStep_);
                return;
            }
            if (rejected >= kMaxRejections) {
                throw SolverError("the dopri5 solver could not meet its tolerance (" + std::to_string(kMaxRejections) +
                                  " rejected steps at " + formatShort(s0_) +
                                  " ms into a segment); loosen abstol/reltol or reduce the inputs");
            }
            // A non-finite error (the trial diverged) shrinks the step as hard as the rules allow.
            h *= norm <= 1e300 ? std::max(0.9 * std::pow(norm, -1.0 / 3.0), 0.2) : 0.2;
        }
    }

    double abstol_, reltol_, maxStep_;
    double limit_ = -1.0;  ///< this segment's step limit; negative until its first step
    bool voltageOnly_ = true;
    bool derivativeKnown_ = false;
    Track<VoltageOnly> voltage_;
    Track<State> full_;
    State current_{};
    double s0_ = 0.0, s1_ = 0.0, h_ = 0.01;
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

    void doStep(const LifRhs& rhs, double sStop, double& start, double& end) override {
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
        start = s0_;
        end = s1_;
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
/// formula). Steps only bound where threshold crossings are looked for, and the search bounds V rigorously over a
/// step of any length, so a step runs to the next event, at most 50 tau_m (a relaxation that has not crossed by
/// then is within e^-50 of its end point) or one period of a sine (which keeps the phase argument small).
/// maxStep plays no part.
class ExactStepper final : public SegmentStepper {
public:
    void initialize(const State& x, double s, double /*firstStep*/) override {
        x0_ = x;
        x1_ = x;
        endKnown_ = true;
        s0_ = s;
        s1_ = s;
    }

    void doStep(const LifRhs& rhs, double sStop, double& start, double& end) override {
        x0_ = currentState();
        rhs_ = rhs;
        s0_ = s1_;
        double longest = 50.0 * rhs.tauM;
        if (rhs.drive.sineAmp != 0.0 && rhs.drive.omega > 0.0) longest = std::min(longest, kTwoPi / rhs.drive.omega);
        const bool lands = s0_ + longest >= sStop;
        s1_ = lands ? sStop : s0_ + longest;
        endKnown_ = false;  // a step that ends in a known crossing never needs its end state
        start = s0_;
        end = s1_;
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

    const State& currentState() const override {
        if (!endKnown_) {
            stateAt(s1_, x1_);
            endKnown_ = true;
        }
        return x1_;
    }
    double nextStepSize() const override { return s1_ - s0_; }

    /// With a constant current and no synaptic current V relaxes monotonically towards V_inf = EL + I/gL, so it
    /// crosses at most once, at s = s0 + tau_m ln((V0 - V_inf) / (Vth - V_inf)): one logarithm, in long double
    /// and kept as a pair, so that an hour of identical intervals does not add up their rounding.
    bool knownCrossing(double vth, double sa, double sb, PreciseTime& at) const override {
        const LifRhs& r = rhs_;
        if (x0_[kIe] != 0.0 || x0_[kIi] != 0.0 || r.drive.sineAmp != 0.0 || r.drive.slope != 0.0) {
            return false;
        }
        // Regular firing repeats the same interval from the same start: one logarithm (and three long-double
        // divisions) per distinct start, not per spike.
        const CrossingKey key{x0_[kV], vth, r.drive.constant, r.gL, r.EL, r.C};
        if (!(key == lastKey_)) {
            lastKey_ = key;
            lastInterval_ = PreciseTime(-1.0);
            const long double gL = r.gL;
            const long double vInf = r.EL + static_cast<long double>(r.drive.constant) / gL;
            const long double ratio = (x0_[kV] - vInf) / (vth - vInf);
            if (ratio >= 1.0L && std::isfinite(ratio)) {
                lastInterval_ = PreciseTime::of(std::log(ratio) * (static_cast<long double>(r.C) / gL));
            }
        }
        at = PreciseTime(-1.0);
        if (lastInterval_.hi >= 0.0) {
            const PreciseTime s = PreciseTime(s0_).plus(lastInterval_);
            if (s.hi >= sa && s.hi <= sb) at = s;
        }
        return true;
    }

private:
    /// What the closed-form crossing time depends on.
    struct CrossingKey {
        double v0, vth, current, gL, EL, C;
        bool operator==(const CrossingKey& other) const {
            return v0 == other.v0 && vth == other.vth && current == other.current && gL == other.gL && EL == other.EL &&
                   C == other.C;
        }
    };
    static constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();  ///< equal to nothing

    LifRhs rhs_;
    State x0_{};
    mutable State x1_{};
    mutable bool endKnown_ = true;
    mutable CrossingKey lastKey_{kNoValue, kNoValue, kNoValue, kNoValue, kNoValue, kNoValue};
    mutable PreciseTime lastInterval_{-1.0};  ///< the crossing's time after the start, or negative: none
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
        case SolverKind::Auto:
            break;
    }
    return std::make_unique<ExactStepper>();
}

}  // namespace lif

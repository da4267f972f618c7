#include "core/model/solver_kind.h"

#include <algorithm>
#include <limits>

#include "core/model/errors.h"
#include "core/model/numbers.h"
#include "core/model/run_setup.h"

namespace lif {

const std::vector<SolverKind>& allSolverKinds() {
    static const std::vector<SolverKind> kinds = {SolverKind::Auto, SolverKind::Exact, SolverKind::Dopri5,
                                                  SolverKind::Rk4, SolverKind::Euler};
    return kinds;
}

std::string_view solverName(SolverKind kind) {
    switch (kind) {
        case SolverKind::Auto:
            return "auto";
        case SolverKind::Dopri5:
            return "dopri5";
        case SolverKind::Rk4:
            return "rk4";
        case SolverKind::Euler:
            return "euler";
        case SolverKind::Exact:
            return "exact";
    }
    return "auto";
}

std::string solverDescription(SolverKind kind) {
    switch (kind) {
        case SolverKind::Auto:
            return "the closed form where the model is linear between events, Dormand-Prince where it is not";
        case SolverKind::Dopri5:
            return "Dormand-Prince 5(4), adaptive, dense output (Boost.Odeint)";
        case SolverKind::Rk4:
            return "classic Runge-Kutta 4, fixed step maxStep, cubic Hermite interpolation";
        case SolverKind::Euler:
            return "forward Euler, fixed step maxStep, linear interpolation";
        case SolverKind::Exact:
            return "closed-form propagation between events, crossings by root finding on the closed form";
    }
    return {};
}

SolverKind parseSolver(std::string_view text, std::string_view origin) {
    std::string names;
    for (const SolverKind kind : allSolverKinds()) {
        if (trimmed(text) == solverName(kind)) {
            return kind;
        }
        names += (names.empty() ? "" : ", ") + std::string(solverName(kind));
    }
    throw InputError(std::string(origin) + ": unknown solver " + quoted(text) + "; allowed: " + names, {"solver"});
}

bool isLinearBetweenEvents(const ModelSetup& /*model*/) {
    // C dV/dt = -gL (V - EL) + Ie + Ii + Iext(t), dIe/dt = -Ie/tauE, dIi/dt = -Ii/tauI: linear for every
    // parameter set and protocol. A nonlinear neuron (an exponential or quadratic term in V) answers false here.
    return true;
}

SolverKind resolvedSolver(const ModelSetup& model) {
    if (model.solver != SolverKind::Auto) {
        return model.solver;
    }
    return isLinearBetweenEvents(model) ? SolverKind::Exact : SolverKind::Dopri5;
}

std::string solverLabel(SolverKind kind, const ModelSetup& model) {
    if (kind != SolverKind::Auto) {
        return std::string(solverName(kind));
    }
    ModelSetup asked = model;
    asked.solver = kind;
    return "auto (" + std::string(solverName(resolvedSolver(asked))) + ")";
}

std::string solverLabel(const ModelSetup& model) {
    return solverLabel(model.solver, model);
}

double fixedStepLimit_ms(SolverKind kind, const ModelSetup& model) {
    if (kind != SolverKind::Euler && kind != SolverKind::Rk4) {
        return std::numeric_limits<double>::infinity();
    }
    // The fastest time constant present. With h at most that, forward Euler's update
    // V <- (1 - h/tau_m) V + (h/tau_m) V_inf is a convex combination, so V never overshoots the steady state of
    // the drive (a subthreshold input cannot fire) and a decaying synaptic current never changes sign; RK4's
    // amplification factor stays within 2 % of e^{-h/tau} and decreases with h. Beyond it both give numbers that
    // are wrong in kind, not just in degree (C = 10, gL = 200, const:500 at maxStep 1: 34 spikes from a
    // subthreshold input). A sine is sampled at least four times per period.
    const Parameters& p = model.parameters;
    double limit = p.C / p.gL;
    if (p.wE > 0.0) limit = std::min(limit, p.tauE);
    if (p.wI > 0.0) limit = std::min(limit, p.tauI);
    if (model.stimulus.kind == StimulusKind::Sine && model.stimulus.values[2] > 0.0) {
        limit = std::min(limit, 1000.0 / model.stimulus.values[2] / 4.0);
    }
    return limit;
}

void checkSolverStep(const ModelSetup& model) {
    const SolverKind kind = resolvedSolver(model);
    const double limit = fixedStepLimit_ms(kind, model);
    if (model.parameters.maxStep > limit) {
        throw InputError("maxStep = " + formatShort(model.parameters.maxStep) + " ms is too large for the " +
                             std::string(solverName(kind)) +
                             " solver with this model: its fixed step must not exceed " + formatShort(limit) +
                             " ms, the fastest time constant present (tau_m = C/gL, tauE, tauI, a quarter of the "
                             "sine's period); reduce maxStep or choose auto",
                         {"maxStep", "solver"});
    }
}

}  // namespace lif

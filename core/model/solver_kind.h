#pragma once
// The integration methods a run can ask for, by name (the CLI's --solver, the session files, the window's solver
// box and the CSV metadata all use these names). The methods themselves are in core/engine/steppers.h.
//
// "auto" (the default) is not a method of its own: it resolves, as a function of the model, to the closed-form
// propagator ("exact") when the model is linear between events (the LIF with every protocol and synaptic input:
// its state has a closed form between events, as in NEST's iaf_psc_exp and Brian2's default for linear
// equations), and to Dormand-Prince ("dopri5") for a model that is not. A session keeps "auto"; what it resolved
// to is named beside it ("auto (exact)") wherever the solver is shown.
#include <string>
#include <string_view>
#include <vector>

namespace lif {

struct ModelSetup;

/// The numeric values are those the window's solver box stores; new kinds go at the end.
enum class SolverKind { Dopri5, Rk4, Euler, Exact, Auto };

/// Every solver, in the order a menu lists them ("auto" first).
const std::vector<SolverKind>& allSolverKinds();

/// "auto", "dopri5", "exact", "rk4", "euler".
std::string_view solverName(SolverKind kind);
/// Throws InputError naming `origin`, the text and the allowed names.
SolverKind parseSolver(std::string_view text, std::string_view origin);
std::string solverDescription(SolverKind kind);

/// True when the model's state has a closed form between events (every model LIFscope has today: the LIF is
/// linear in V, Ie and Ii whatever the stimulus protocol and the synaptic input).
bool isLinearBetweenEvents(const ModelSetup& model);
/// The method a setup actually runs: `model.solver` itself, or for Auto the closed form where the model is
/// linear between events and Dormand-Prince where it is not. Never returns Auto.
SolverKind resolvedSolver(const ModelSetup& model);
/// The solver as a person should read it: "dopri5", or "auto (exact)" for Auto.
std::string solverLabel(const ModelSetup& model);
/// solverLabel for `kind` in place of the model's own solver (the window's menu entries).
std::string solverLabel(SolverKind kind, const ModelSetup& model);

/// Refuses a fixed-step method (euler, rk4) whose step maxStep is beyond the limit where its numbers stop being
/// meaningful for this model's fastest time constant (see solver_kind.cpp); throws InputError naming maxStep,
/// its value and the limit, with the field ids {"maxStep", "solver"}.
void checkSolverStep(const ModelSetup& model);
/// The largest maxStep checkSolverStep allows for this model and method, ms (infinity for adaptive and exact).
double fixedStepLimit_ms(SolverKind kind, const ModelSetup& model);

}  // namespace lif

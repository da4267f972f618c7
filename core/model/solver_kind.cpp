#include "core/model/solver_kind.h"

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

const std::vector<SolverKind>& allSolverKinds() {
    static const std::vector<SolverKind> kinds = {SolverKind::Dopri5, SolverKind::Exact, SolverKind::Rk4,
                                                  SolverKind::Euler};
    return kinds;
}

std::string_view solverName(SolverKind kind) {
    switch (kind) {
        case SolverKind::Dopri5:
            return "dopri5";
        case SolverKind::Rk4:
            return "rk4";
        case SolverKind::Euler:
            return "euler";
        case SolverKind::Exact:
            return "exact";
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

}  // namespace lif

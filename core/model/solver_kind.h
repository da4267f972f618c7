#pragma once
// The integration methods a run can ask for, by name (the CLI's --solver, the session files, the window's solver
// box and the CSV metadata all use these names). The methods themselves are in core/engine/steppers.h.
#include <string>
#include <string_view>
#include <vector>

namespace lif {

enum class SolverKind { Dopri5, Rk4, Euler, Exact };

/// Every solver, in the order a menu lists them.
const std::vector<SolverKind>& allSolverKinds();

/// "dopri5", "rk4", "euler", "exact".
std::string_view solverName(SolverKind kind);
/// Throws InputError naming `origin`, the text and the allowed names.
SolverKind parseSolver(std::string_view text, std::string_view origin);
std::string solverDescription(SolverKind kind);

}  // namespace lif

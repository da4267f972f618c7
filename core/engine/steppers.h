#pragma once
// The swappable integration method. The simulator talks to a SegmentStepper only: initialise at the start of a
// segment (after every jump), take one step, read the state anywhere inside the last step (dense output).
// "exact" propagates the closed form (the model is linear between events): the default through "auto", the
// reference for long runs and the fastest method. Dormand-Prince 5(4) with error control and dense output is the
// general method (models that are not linear); fixed-step RK4 and forward Euler exist to show numerical error.
//
// Step lengths come from the model, not only from maxStep: exact steps as far as the next event (at most 50 tau_m,
// or one period of a sine), since the crossing search bounds V over a step of any length; Dormand-Prince steps at
// most maxStep, a sixteenth of a sine's period and half of each active synaptic time constant, so that its dense
// output follows every extremum the crossing search must see.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/engine/precise_time.h"
#include "core/model/lif_rhs.h"
#include "core/model/parameters.h"
#include "core/model/solver_kind.h"

namespace lif {

/// Called from the simulator's thread only. Local times s are ms since the segment's start.
class SegmentStepper {
public:
    virtual ~SegmentStepper() = default;
    SegmentStepper() = default;
    SegmentStepper(const SegmentStepper&) = delete;
    SegmentStepper& operator=(const SegmentStepper&) = delete;

    /// Starts from x at local time s (ms); `firstStep` is a hint for adaptive methods.
    virtual void initialize(const State& x, double s, double firstStep) = 0;
    /// One step that does not pass sStop, from `start` to `end` (written, not returned: a returned pair of doubles
    /// is stored in halves and reloaded whole, a stall on every step). Throws SolverError on failure.
    virtual void doStep(const LifRhs& rhs, double sStop, double& start, double& end) = 0;
    /// The state at s inside the last step.
    virtual void stateAt(double s, State& x) const = 0;
    virtual const State& currentState() const = 0;
    /// The step size the method would take next (adaptive) or its fixed step.
    virtual double nextStepSize() const = 0;
    /// Where the method knows the first threshold crossing inside its last step in closed form: true, and `at`
    /// is the first s in [sa, sb] with V(s) = vth (as a pair, finer than one double), or negative when V stays
    /// below vth on [sa, sb]. False when it does not know; the caller then searches.
    virtual bool knownCrossing(double /*vth*/, double /*sa*/, double /*sb*/, PreciseTime& /*at*/) const {
        return false;
    }
};

/// Tolerances and the largest/fixed step come from the parameters (abstol, reltol, maxStep). `kind` must be a
/// method (resolve Auto with resolvedSolver first); Auto is taken as Exact.
std::unique_ptr<SegmentStepper> makeStepper(SolverKind kind, const Parameters& parameters);

}  // namespace lif

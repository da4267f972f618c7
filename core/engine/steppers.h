#pragma once
// The swappable integration method. The simulator talks to a SegmentStepper only: initialise at the start of a
// segment (after every jump), take one step, read the state anywhere inside the last step (dense output).
// Dormand-Prince 5(4) with error control and its own dense output is the default; fixed-step RK4 and forward
// Euler exist to show numerical error in teaching; "exact" propagates the closed form (the model is linear between
// events), the reference for long runs and the fastest method.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/lif_rhs.h"
#include "core/model/parameters.h"
#include "core/model/solver_kind.h"

namespace lif {

/// Called from the simulator's thread only.
class SegmentStepper {
public:
    virtual ~SegmentStepper() = default;
    SegmentStepper() = default;
    SegmentStepper(const SegmentStepper&) = delete;
    SegmentStepper& operator=(const SegmentStepper&) = delete;

    /// Starts from x at local time s (ms); `firstStep` is a hint for adaptive methods.
    virtual void initialize(const State& x, double s, double firstStep) = 0;
    /// One step that does not pass sStop; returns (start, end) of the step. Throws SolverError on failure.
    virtual std::pair<double, double> doStep(const LifRhs& rhs, double sStop) = 0;
    /// The state at s inside the last step.
    virtual void stateAt(double s, State& x) const = 0;
    virtual const State& currentState() const = 0;
    /// The step size the method would take next (adaptive) or its fixed step.
    virtual double nextStepSize() const = 0;
    /// Where the method knows the threshold crossing inside its last step in closed form, the local time of the
    /// first s in [sa, sb] with V(s) = vth; otherwise a negative number and the caller finds the root itself.
    virtual double closedFormCrossing(double /*vth*/, double /*sa*/, double /*sb*/) const { return -1.0; }
};

/// Tolerances and the largest/fixed step come from the parameters (abstol, reltol, maxStep).
std::unique_ptr<SegmentStepper> makeStepper(SolverKind kind, const Parameters& parameters);

}  // namespace lif

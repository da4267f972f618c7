#pragma once
// The first threshold crossing inside one step, found so that it cannot be missed: however many extrema of V the
// step holds (a fast sine, a dip and rise of fast synaptic currents, a convex rise whose starting tangent stays
// below Vth), the search bounds V rigorously over each part of the step (LifRhs::bounds, from the model's closed
// structure, not from the solver) and splits only the parts whose bound reaches Vth, depth first, earliest part
// first. A part where V is proved to rise strictly and ends at or above Vth holds exactly one crossing, located
// by TOMS 748 (or in closed form where the stepper knows it).
//
// Rounding: a part whose bound exceeds Vth by no more than a few ulps of Vth is taken as not reaching it (V that
// creeps up to Vth and stays there, as at the rheobase, is not a spike), and the search gives up after
// kMaxSearchParts parts, which happens only when V stays within rounding of Vth over a whole step.
#include "core/engine/steppers.h"
#include "core/model/lif_rhs.h"

namespace lif {

inline constexpr int kMaxSearchParts = 4096;

/// The first local time s in (sa, sb] with V(s) >= vth on the stepper's last step [sa, sb] (a pair where the
/// stepper knows it in closed form), or a negative time when V stays below vth there. xa is the state at sa, with
/// xa[kV] < vth.
PreciseTime firstCrossing(const SegmentStepper& stepper, const LifRhs& rhs, double vth, double sa, const State& xa,
                          double sb);

/// The crossing of a part [sa, sb] with V(sa) < vth <= V(sb), located to the last bit by TOMS 748 on the
/// stepper's dense output.
double locateCrossing(const SegmentStepper& stepper, double vth, double sa, double sb);

}  // namespace lif

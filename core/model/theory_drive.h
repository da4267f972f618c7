#pragma once
// The steady state V_inf(t) under the drive the neuron actually gets at time t:
//     V_inf(t) = EL + (Iext(t) + mu_syn) / gL,
// with Iext(t) the protocol's value at t (a step's on and off phases, each pulse, the ramp, the sine; the noise
// protocol's MEAN) counted from the stimulus's start (core/model/stimulus.h), and mu_syn the mean synaptic
// current (core/model/theory.h). The plots draw it as the dotted V_inf line; it is where V would relax to if the
// drive stayed as it is at t.
//
// Units: ms, mV. Thread rule: free functions of values; any thread.
#include <cstddef>
#include <vector>

#include "core/model/run_setup.h"

namespace lif::theory {

/// V_inf(t) for `setup` at absolute time t_ms, mV.
double steadyStateAt(const ModelSetup& setup, double t_ms);

struct LevelPoint {
    double t_ms;
    double v_mV;
};

/// V_inf(t) over [from_ms, to_ms] as a polyline to draw, in time order: both sides of every break of the
/// protocol (so a step's edge is a vertical segment), straight lines where the drive is linear (ramp), and
/// samples where it is not (sine, at least 32 per period). At most about `maxPoints` points: protocols with more
/// breaks than that in the interval (fast pulses over a long window) are sampled evenly instead.
std::vector<LevelPoint> steadyStateCurve(const ModelSetup& setup, double from_ms, double to_ms,
                                         std::size_t maxPoints = 4000);

}  // namespace lif::theory

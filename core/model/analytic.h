#pragma once
// Closed forms of the LIF model: the theory the window draws and the oracle the tests compare against.
//
// Between events, with u = V - EL, k = gL/C = 1/tau_m, and Iext(s) = c + b s + A sin(w s + phi):
//   u(s) = u0 e^{-ks} + (c/gL)(1 - e^{-ks}) + (b/C)(s/k - (1 - e^{-ks})/k^2)
//        + sum over synapses j of (I_j0/C) (e^{-s/tau_j} - e^{-ks}) / (k - 1/tau_j)      [s e^{-ks} if k = 1/tau_j]
//        + (A/C) [P(s) - P(0) e^{-ks}],   P(s) = (k sin(w s + phi) - w cos(w s + phi)) / (k^2 + w^2)
// For constant I above the rheobase gL (Vth - EL), starting from Vreset:
//   ISI = tref + tau_m ln((I - gL (Vreset - EL)) / (I - gL (Vth - EL))),   rate = 1000 / ISI  Hz.
#include <vector>

#include "core/model/inputs.h"
#include "core/model/lif_rhs.h"
#include "core/model/parameters.h"
#include "core/model/stimulus.h"

namespace lif::analytic {

double membraneTimeConstant_ms(const Parameters& p);
double rheobase_pA(const Parameters& p);
/// Steady-state voltage for a constant current (ignoring the threshold), mV.
double steadyStateVoltage_mV(const Parameters& p, double current_pA);
/// Time from reset to threshold plus tref for a constant current; infinity at or below the rheobase.
double interSpikeInterval_ms(const Parameters& p, double current_pA);
/// Firing rate for a constant current, Hz (0 at or below the rheobase).
double firingRate_Hz(const Parameters& p, double current_pA);

/// Exact state after local time s from x0 under a fixed drive (no threshold), in long double.
struct ExactState {
    long double V;
    long double Ie;
    long double Ii;
};
ExactState evolve(const Parameters& p, const ExactState& x0, const SegmentDrive& drive, long double s);

/// Reference spike times for a whole run, from the closed form: events handled exactly, threshold crossings
/// bracketed on a fine grid and bisected in long double to below 1e-12 ms. Slow; for tests and benchmarks.
std::vector<long double> referenceSpikeTimes(const Parameters& p, const StimulusSpec& stimulus,
                                             const std::vector<InputSpike>& inputs, double duration_ms);

}  // namespace lif::analytic

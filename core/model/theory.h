#pragma once
// The theory shown beside the simulation, for the whole input: the injected current and the Poisson trains.
//
// Mean synaptic current. A Poisson train of rate r (Hz) whose every spike adds an exponentially decaying current
// of jump w (pA) and decay tau (ms) has the mean current r w tau / 1000 pA (Campbell's theorem), so
//     mu_syn = (rateE wE tauE - rateI wI tauI) / 1000  pA,     V_inf = EL + (I + mu_syn) / gL.
// The deterministic rate f(I + mu_syn) is core/model/analytic.h's closed form at the mean drive.
//
// Fluctuations (diffusion approximation, see core/model/theory_diffusion.h). Each source is a current
// filtered with its own time constant tau_k: a synaptic channel (shot noise, Campbell: variance r w^2 tau / 2),
// or the noise protocol (an Ornstein-Uhlenbeck current of standard deviation SD and correlation time TAU,
// sampled exactly on a grid of min(0.1 ms, TAU/20) and held; core/model/stimulus.cpp). Written in
// Fourcaud-Brunel form, tau_k dI_k/dt = -I_k + sigma_k gL sqrt(tau_m) xi, each has (tau_m = C/gL, r in 1/ms)
//     synapse:  sigma_k^2 = r w^2 tau_k^2 / (gL C)        noise:  sigma_k^2 = 2 SD^2 TAU / (gL C)     [mV^2]
// sigma^2 = sum of sigma_k^2, and the free membrane potential has mean mu = V_inf and variance
//     sum of sigma_k^2 / 2 * tau_m / (tau_m + tau_k)     (exact for shot noise with exponential currents).
// The Fourcaud-Brunel correction needs one tau_s; with several sources it takes the sigma_k^2-weighted mean
// of tau_k (an interpolation of ours, exact when the time constants are equal).
//
// Units: pA, mV, ms, Hz, pF, nS as in the parameter table. Thread rule: free functions of values; any thread.
#include <optional>
#include <string>

#include "core/model/parameters.h"
#include "core/model/run_setup.h"
#include "core/model/stimulus.h"
#include "core/model/theory_diffusion.h"

namespace lif::theory {

/// The injected current's stationary statistics: a constant (sd 0) or the noise protocol.
struct InjectedCurrent {
    double mean_pA = 0.0;
    double noiseSd_pA = 0.0;
    double noiseTau_ms = 0.0;  ///< correlation time; used only when noiseSd_pA > 0
};

/// const:I and noise:MEAN,SD,TAU; nullopt for protocols that change in time (step, pulses, ramp, sine), for
/// which there is no stationary rate.
std::optional<InjectedCurrent> stationaryInjected(const StimulusSpec& stimulus);

/// (rateE wE tauE - rateI wI tauI) / 1000, pA.
double meanSynapticCurrent_pA(const Parameters& p);
/// Steady state of V for the mean drive (injected mean plus mean synaptic current), ignoring the threshold, mV.
double steadyStateVoltage_mV(const Parameters& p, double injectedMean_pA);
/// The injected current at which V_inf reaches Vth given the mean synaptic current: gL (Vth - EL) - mu_syn, pA.
double rheobaseInjected_pA(const Parameters& p);
/// The closed form at the mean drive, Hz: exact without fluctuations, 0 at or below the rheobase.
double deterministicRate_Hz(const Parameters& p, double injectedMean_pA);

/// The free membrane potential (no threshold) under the whole input.
struct FreeMembrane {
    double mean_mV = 0.0;   ///< mu = V_inf
    double sigma_mV = 0.0;  ///< Fourcaud-Brunel / Siegert sigma (white-noise free-membrane variance sigma^2 / 2)
    double sd_mV = 0.0;     ///< the actual standard deviation with the synaptic filtering
    double tauS_ms = 0.0;   ///< effective filter time constant (0 when there are no fluctuations)
    double tauM_ms = 0.0;
    bool fluctuating = false;  ///< some source has sigma_k > 0
};
FreeMembrane freeMembrane(const Parameters& p, const InjectedCurrent& injected);

/// Whether the diffusion approximation is expected to hold, and why, in words for the window.
struct RegimeCheck {
    bool fluctuating = false;          ///< false: nothing to approximate, the closed form is exact
    bool inside = true;                ///< many small inputs and fast synapses (meaningful when fluctuating)
    std::string reason;                ///< one sentence, e.g. "inhibitory synapses are slow: tauI / tau_m = 1 ..."
    double largestKick_mV = 0.0;       ///< largest w tau_s / C of an active synaptic channel
    double kickFraction = 0.0;         ///< largestKick_mV / (Vth - Vreset)
    double largestTauRatio = 0.0;      ///< largest tau_k / tau_m of an active source
    double fewestInputsPerTauM = 0.0;  ///< smallest r tau_m of an active synaptic channel (inf if none)
};
/// Limits of the regime: kick w tau_s / C below this fraction of Vth - Vreset,
inline constexpr double kMaxKickFraction = 0.05;
/// tau_s / tau_m below this (Fourcaud-Brunel is first order in sqrt(tau_s / tau_m)),
inline constexpr double kMaxTauRatio = 0.2;
/// and at least this many inputs per membrane time constant on each active synaptic channel.
inline constexpr double kMinInputsPerTauM = 10.0;
RegimeCheck diffusionRegime(const Parameters& p, const InjectedCurrent& injected);

/// Everything the theory says about one input.
struct Prediction {
    double meanDrive_pA = 0.0;  ///< injected mean + mu_syn
    double vInf_mV = 0.0;
    double deterministic_Hz = 0.0;  ///< closed form at the mean drive
    FreeMembrane membrane;
    DiffusionRate siegert;         ///< white-noise Siegert (= deterministic without fluctuations)
    DiffusionRate fourcaudBrunel;  ///< with the synaptic-filtering correction
    RegimeCheck regime;
};
Prediction predict(const Parameters& p, const InjectedCurrent& injected);
/// For a model setup; nullopt when its stimulus changes in time (no stationary theory).
std::optional<Prediction> predict(const ModelSetup& setup);

}  // namespace lif::theory

#include "core/model/theory.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/model/analytic.h"
#include "core/model/numbers.h"

namespace lif::theory {

namespace {

/// One fluctuating source as the diffusion approximation sees it.
struct Source {
    std::string name;      ///< "excitatory", "inhibitory", "noise"
    double sigmaSquared;   ///< mV^2, Fourcaud-Brunel convention
    double tau_ms;         ///< its filter time constant
    double kick_mV;        ///< w tau / C for a synaptic channel, 0 for the noise protocol
    double inputsPerTauM;  ///< r tau_m for a synaptic channel, infinity for the noise protocol
    std::string tauName;   ///< "tauE", "tauI", "TAU"
    std::string wName;     ///< "wE", "wI", "" (noise)
};

std::vector<Source> sourcesOf(const Parameters& p, const InjectedCurrent& injected) {
    std::vector<Source> sources;
    const double tauM = analytic::membraneTimeConstant_ms(p);
    const auto synapse = [&](const char* name, const char* tauName, const char* wName, double rate_Hz, double w,
                             double tau) {
        if (rate_Hz > 0.0 && w > 0.0) {
            const double rate = rate_Hz / 1000.0;  // per ms
            sources.push_back(
                {name, rate * w * w * tau * tau / (p.gL * p.C), tau, w * tau / p.C, rate * tauM, tauName, wName});
        }
    };
    synapse("excitatory", "tauE", "wE", p.rateE, p.wE, p.tauE);
    synapse("inhibitory", "tauI", "wI", p.rateI, p.wI, p.tauI);
    if (injected.noiseSd_pA > 0.0 && injected.noiseTau_ms > 0.0) {
        const double sd = injected.noiseSd_pA;
        sources.push_back({"noise", 2.0 * sd * sd * injected.noiseTau_ms / (p.gL * p.C), injected.noiseTau_ms, 0.0,
                           std::numeric_limits<double>::infinity(), "TAU", ""});
    }
    return sources;
}

std::string percent(double fraction) {
    return formatShort(100.0 * fraction, 3) + "%";
}

}  // namespace

std::optional<InjectedCurrent> stationaryInjected(const StimulusSpec& stimulus) {
    switch (stimulus.kind) {
        case StimulusKind::Constant:
            return InjectedCurrent{stimulus.values[0], 0.0, 0.0};
        case StimulusKind::Noise:
            return InjectedCurrent{stimulus.values[0], stimulus.values[1], stimulus.values[2]};
        default:
            return std::nullopt;
    }
}

double meanSynapticCurrent_pA(const Parameters& p) {
    return (p.rateE * p.wE * p.tauE - p.rateI * p.wI * p.tauI) / 1000.0;
}

double steadyStateVoltage_mV(const Parameters& p, double injectedMean_pA) {
    return analytic::steadyStateVoltage_mV(p, injectedMean_pA + meanSynapticCurrent_pA(p));
}

double rheobaseInjected_pA(const Parameters& p) {
    return analytic::rheobase_pA(p) - meanSynapticCurrent_pA(p);
}

double deterministicRate_Hz(const Parameters& p, double injectedMean_pA) {
    return analytic::firingRate_Hz(p, injectedMean_pA + meanSynapticCurrent_pA(p));
}

FreeMembrane freeMembrane(const Parameters& p, const InjectedCurrent& injected) {
    FreeMembrane membrane;
    membrane.tauM_ms = analytic::membraneTimeConstant_ms(p);
    membrane.mean_mV = steadyStateVoltage_mV(p, injected.mean_pA);
    double sigmaSquared = 0.0;
    double variance = 0.0;
    double weightedTau = 0.0;
    for (const Source& source : sourcesOf(p, injected)) {
        sigmaSquared += source.sigmaSquared;
        variance += 0.5 * source.sigmaSquared * membrane.tauM_ms / (membrane.tauM_ms + source.tau_ms);
        weightedTau += source.sigmaSquared * source.tau_ms;
    }
    membrane.fluctuating = sigmaSquared > 0.0;
    membrane.sigma_mV = std::sqrt(sigmaSquared);
    membrane.sd_mV = std::sqrt(variance);
    membrane.tauS_ms = membrane.fluctuating ? weightedTau / sigmaSquared : 0.0;
    return membrane;
}

RegimeCheck diffusionRegime(const Parameters& p, const InjectedCurrent& injected) {
    RegimeCheck check;
    const std::vector<Source> sources = sourcesOf(p, injected);
    check.fewestInputsPerTauM = std::numeric_limits<double>::infinity();
    if (sources.empty()) {
        check.reason = "no fluctuating input: the closed form is exact";
        return check;
    }
    check.fluctuating = true;
    const double tauM = analytic::membraneTimeConstant_ms(p);
    const double distance = p.Vth - p.Vreset;
    std::string problems;
    const auto add = [&problems](const std::string& text) { problems += (problems.empty() ? "" : "; ") + text; };
    for (const Source& source : sources) {
        const double tauRatio = source.tau_ms / tauM;
        check.largestTauRatio = std::max(check.largestTauRatio, tauRatio);
        if (tauRatio > kMaxTauRatio) {
            add(source.name + (source.name == "noise" ? " is slow: " : " synapses are slow: ") + source.tauName +
                " / tau_m = " + formatShort(tauRatio, 3) + " (needs below " + formatShort(kMaxTauRatio) + ")");
        }
        if (source.kick_mV > 0.0) {
            const double fraction = source.kick_mV / distance;
            if (source.kick_mV > check.largestKick_mV) {
                check.largestKick_mV = source.kick_mV;
                check.kickFraction = fraction;
            }
            if (fraction > kMaxKickFraction) {
                add(source.name + " kicks are large: " + source.wName + " " + source.tauName +
                    " / C = " + formatShort(source.kick_mV, 3) + " mV is " + percent(fraction) +
                    " of Vth - Vreset (needs below " + percent(kMaxKickFraction) + ")");
            }
            check.fewestInputsPerTauM = std::min(check.fewestInputsPerTauM, source.inputsPerTauM);
            if (source.inputsPerTauM < kMinInputsPerTauM) {
                add("few " + source.name + " inputs: " + formatShort(source.inputsPerTauM, 3) +
                    " per membrane time constant (needs at least " + formatShort(kMinInputsPerTauM) + ")");
            }
        }
    }
    check.inside = problems.empty();
    check.reason = check.inside ? "many small, fast inputs: the diffusion approximation applies"
                                : "outside the diffusion approximation: " + problems;
    return check;
}

Prediction predict(const Parameters& p, const InjectedCurrent& injected) {
    Prediction prediction;
    prediction.meanDrive_pA = injected.mean_pA + meanSynapticCurrent_pA(p);
    prediction.vInf_mV = analytic::steadyStateVoltage_mV(p, prediction.meanDrive_pA);
    prediction.deterministic_Hz = analytic::firingRate_Hz(p, prediction.meanDrive_pA);
    prediction.membrane = freeMembrane(p, injected);
    const DiffusionInput input{prediction.membrane.mean_mV,
                               prediction.membrane.sigma_mV,
                               prediction.membrane.tauM_ms,
                               p.tref,
                               p.Vth,
                               p.Vreset};
    if (prediction.membrane.fluctuating) {
        prediction.siegert = siegertRate(input);
        prediction.fourcaudBrunel =
            siegertRate(input, fourcaudBrunelShift(prediction.membrane.tauS_ms, prediction.membrane.tauM_ms));
    } else {
        // Siegert's sigma -> 0 limit is the closed form; take it from its one source.
        prediction.siegert = prediction.fourcaudBrunel =
            DiffusionRate{prediction.deterministic_Hz, RateRegime::NoNoise};
    }
    prediction.regime = diffusionRegime(p, injected);
    return prediction;
}

std::optional<Prediction> predict(const ModelSetup& setup) {
    const std::optional<InjectedCurrent> injected = stationaryInjected(setup.stimulus);
    if (!injected) {
        return std::nullopt;
    }
    return predict(setup.parameters, *injected);
}

}  // namespace lif::theory

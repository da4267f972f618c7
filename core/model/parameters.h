#pragma once
// The one parameter table of LIFscope: name, unit, default, allowed range and meaning of every number that
// describes the neuron, its synapses and the solver. The CLI (--set, --list-params), the sliders, the session
// files and the CSV metadata are all generated from parameterTable(); nothing else lists parameters.
//
// Model (units ms, mV, pF, nS, pA; pA/pF = mV/ms):
//     C dV/dt = -gL (V - EL) + Ie + Ii + Iext(t)
//     dIe/dt = -Ie / tauE        on an excitatory input spike:  Ie += wE
//     dIi/dt = -Ii / tauI        on an inhibitory input spike:  Ii -= wI
// When V reaches Vth: spike (drawn up to Vpeak), V := Vreset, held for tref; Ie and Ii keep evolving.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace lif {

/// Plain values, each in the unit its comment gives. Defaults are those of the table.
struct Parameters {
    double C = 250.0;       ///< membrane capacitance, pF
    double gL = 25.0;       ///< leak conductance, nS
    double EL = -65.0;      ///< leak reversal (resting) potential, mV
    double Vth = -50.0;     ///< spike threshold, mV
    double Vreset = -65.0;  ///< reset potential, mV
    double Vpeak = 20.0;    ///< voltage the trace is drawn up to at a spike, mV
    double tref = 2.0;      ///< absolute refractory period, ms
    double tauE = 5.0;      ///< excitatory synaptic current decay time constant, ms
    double tauI = 10.0;     ///< inhibitory synaptic current decay time constant, ms
    double wE = 50.0;       ///< excitatory jump per input spike, pA
    double wI = 100.0;      ///< inhibitory jump per input spike (subtracted), pA
    double rateE = 0.0;     ///< Poisson rate of excitatory input spikes, Hz
    double rateI = 0.0;     ///< Poisson rate of inhibitory input spikes, Hz
    double seed = 1.0;      ///< random seed of Poisson inputs and noise (whole number)
    double abstol = 1e-12;  ///< solver absolute tolerance, mV (pA for the currents)
    double reltol = 0.0;    ///< solver relative tolerance (0: absolute error control only)
    double maxStep = 1.0;   ///< largest step of the adaptive solver; the fixed step of Euler and RK4, ms

    bool operator==(const Parameters& other) const;
    bool operator!=(const Parameters& other) const { return !(*this == other); }
};

enum class ParamGroup { Membrane, Synapses, Random, Solver };

/// One row of the table.
struct ParamSpec {
    std::string_view name;      ///< identifier used on the command line, in files and CSV headers
    std::string_view unit;      ///< "" for dimensionless
    double Parameters::*field;  ///< where the value lives
    double defaultValue;
    double minValue;   ///< inclusive
    double maxValue;   ///< inclusive
    bool wholeNumber;  ///< only integers allowed (the seed)
    bool logScale;     ///< sliders move on a log scale (ranges spanning decades)
    ParamGroup group;
    std::string_view label;    ///< short human name, e.g. "Capacitance"
    std::string_view meaning;  ///< one line: what it is physically and where it enters the equations
};

inline constexpr std::size_t kParameterCount = 17;
const std::array<ParamSpec, kParameterCount>& parameterTable();

/// nullptr when there is no parameter of that name (names are case-sensitive).
const ParamSpec* findParameter(std::string_view name);

/// "C, gL, EL, ..." for messages that list what is allowed.
std::string parameterNames();

/// Throws InputError if `value` is not allowed for `spec` (range, whole number), its field the parameter's name.
/// `origin` prefixes the message, as the caller names the place (e.g. "--set C" or "line 2, column 9, field
/// parameters.C"); empty means the parameter name alone.
void checkValue(const ParamSpec& spec, double value, std::string_view origin = {});

/// Checks every value and the combinations (Vreset < Vth, Vpeak >= Vth). Throws InputError with the first problem;
/// a combination names both parameters in fields() (e.g. {"Vreset", "Vth"}).
void validate(const Parameters& parameters);

/// Sets one parameter from text ("NAME=VALUE" already split); validates the single value. Throws InputError whose
/// message starts with `origin` and the name, its field the name (none for an unknown name).
void setParameterFromText(Parameters& parameters, std::string_view name, std::string_view valueText,
                          std::string_view origin);

std::uint64_t seedOf(const Parameters& parameters);

}  // namespace lif

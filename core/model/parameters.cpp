#include "core/model/parameters.h"

#include <cmath>
#include <vector>

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {

constexpr double kMaxSeed = 4294967295.0;

constexpr std::array<ParamSpec, kParameterCount> kTable{{
    {"C", "pF", &Parameters::C, 250.0, 10.0, 5000.0, false, true, ParamGroup::Membrane, "Capacitance",
     "Membrane capacitance: charge needed per mV. Divides every current in C dV/dt, so larger C means a slower "
     "membrane (tau_m = C/gL)."},
    {"gL", "nS", &Parameters::gL, 25.0, 1.0, 200.0, false, true, ParamGroup::Membrane, "Leak conductance",
     "Leak conductance: how strongly V is pulled back to EL, the -gL (V - EL) term. Larger gL means a faster, "
     "less excitable membrane and a higher rheobase."},
    {"EL", "mV", &Parameters::EL, -65.0, -100.0, -30.0, false, false, ParamGroup::Membrane, "Resting potential",
     "Leak reversal potential: where V settles with no input, the EL in -gL (V - EL)."},
    {"Vth", "mV", &Parameters::Vth, -50.0, -90.0, 0.0, false, false, ParamGroup::Membrane, "Threshold",
     "Spike threshold: when V reaches Vth the neuron fires and V is reset. Must lie above Vreset."},
    {"Vreset", "mV", &Parameters::Vreset, -65.0, -100.0, -20.0, false, false, ParamGroup::Membrane, "Reset potential",
     "Value V jumps to after a spike and is held at during the refractory period."},
    {"Vpeak", "mV", &Parameters::Vpeak, 20.0, -50.0, 60.0, false, false, ParamGroup::Membrane, "Spike peak",
     "Voltage the trace is drawn up to at a spike (display only; the dynamics reset at Vth)."},
    {"tref", "ms", &Parameters::tref, 2.0, 0.0, 100.0, false, false, ParamGroup::Membrane, "Refractory period",
     "Absolute refractory period: V is clamped at Vreset this long after each spike; it caps the rate at "
     "1000/tref Hz."},
    {"tauE", "ms", &Parameters::tauE, 5.0, 0.1, 200.0, false, true, ParamGroup::Synapses, "Excitatory tau",
     "Decay time constant of the excitatory synaptic current: dIe/dt = -Ie/tauE."},
    {"tauI", "ms", &Parameters::tauI, 10.0, 0.1, 200.0, false, true, ParamGroup::Synapses, "Inhibitory tau",
     "Decay time constant of the inhibitory synaptic current: dIi/dt = -Ii/tauI."},
    {"wE", "pA", &Parameters::wE, 50.0, 0.0, 10000.0, false, false, ParamGroup::Synapses, "Excitatory weight",
     "Jump of the excitatory current at each excitatory input spike: Ie += wE."},
    {"wI", "pA", &Parameters::wI, 100.0, 0.0, 10000.0, false, false, ParamGroup::Synapses, "Inhibitory weight",
     "Jump of the inhibitory current at each inhibitory input spike: Ii -= wI."},
    {"rateE", "Hz", &Parameters::rateE, 0.0, 0.0, 100000.0, false, false, ParamGroup::Synapses, "Excitatory rate",
     "Rate of the Poisson train of excitatory input spikes (all excitatory inputs pooled)."},
    {"rateI", "Hz", &Parameters::rateI, 0.0, 0.0, 100000.0, false, false, ParamGroup::Synapses, "Inhibitory rate",
     "Rate of the Poisson train of inhibitory input spikes (all inhibitory inputs pooled)."},
    {"seed", "", &Parameters::seed, 1.0, 0.0, kMaxSeed, true, false, ParamGroup::Random, "Random seed",
     "Seed of the Poisson inputs and the noise current: the same seed gives the same run, spike for spike."},
    {"abstol", "mV", &Parameters::abstol, 1e-12, 1e-14, 1e-2, false, true, ParamGroup::Solver, "Absolute tolerance",
     "Absolute error allowed per step of the adaptive solver (mV for V, pA for currents)."},
    {"reltol", "", &Parameters::reltol, 0.0, 0.0, 1e-2, false, false, ParamGroup::Solver, "Relative tolerance",
     "Relative error allowed per step of the adaptive solver."},
    {"maxStep", "ms", &Parameters::maxStep, 1.0, 0.001, 100.0, false, true, ParamGroup::Solver, "Largest step",
     "Largest step of the adaptive solver, and the fixed step of the Euler and RK4 solvers."},
}};

}  // namespace

bool Parameters::operator==(const Parameters& other) const {
    for (const ParamSpec& spec : kTable) {
        if (this->*spec.field != other.*spec.field) {
            return false;
        }
    }
    return true;
}

const std::array<ParamSpec, kParameterCount>& parameterTable() {
    return kTable;
}

const ParamSpec* findParameter(std::string_view name) {
    for (const ParamSpec& spec : kTable) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

std::string parameterNames() {
    std::string names;
    for (const ParamSpec& spec : kTable) {
        if (!names.empty()) {
            names += ", ";
        }
        names += spec.name;
    }
    return names;
}

void checkValue(const ParamSpec& spec, double value, std::string_view origin) {
    const std::string where = origin.empty() ? std::string(spec.name) : std::string(origin);
    const std::string unit = spec.unit.empty() ? "" : " " + std::string(spec.unit);
    const std::vector<std::string> fields{std::string(spec.name)};
    if (!std::isfinite(value)) {
        throw InputError(where + ": " + formatShort(value) + " is not a finite number; allowed " +
                             formatShort(spec.minValue, 10) + " to " + formatShort(spec.maxValue, 10) + unit,
                         fields);
    }
    if (value < spec.minValue || value > spec.maxValue) {
        throw InputError(where + ": " + formatShort(value, 10) + unit + " is out of range; allowed " +
                             formatShort(spec.minValue, 10) + " to " + formatShort(spec.maxValue, 10) + unit,
                         fields);
    }
    if (spec.wholeNumber && std::floor(value) != value) {
        throw InputError(where + ": " + formatShort(value, 10) + " must be a whole number from " +
                             formatShort(spec.minValue, 10) + " to " + formatShort(spec.maxValue, 10),
                         fields);
    }
}

void validate(const Parameters& parameters) {
    for (const ParamSpec& spec : kTable) {
        checkValue(spec, parameters.*spec.field);
    }
    if (!(parameters.Vreset < parameters.Vth)) {
        throw InputError("Vreset = " + formatShort(parameters.Vreset) + " mV must be below Vth = " +
                             formatShort(parameters.Vth) + " mV (a reset at or above threshold would fire forever)",
                         {"Vreset", "Vth"});
    }
    if (!(parameters.Vpeak >= parameters.Vth)) {
        throw InputError("Vpeak = " + formatShort(parameters.Vpeak) + " mV must not be below Vth = " +
                             formatShort(parameters.Vth) + " mV (the spike is drawn from Vth up to Vpeak)",
                         {"Vpeak", "Vth"});
    }
}

void setParameterFromText(Parameters& parameters, std::string_view name, std::string_view valueText,
                          std::string_view origin) {
    const ParamSpec* spec = findParameter(name);
    if (spec == nullptr) {
        throw InputError(std::string(origin) + ": unknown parameter " + quoted(name) +
                         "; known parameters: " + parameterNames());
    }
    const std::string where = std::string(origin) + " " + std::string(spec->name);
    double value = 0.0;
    try {
        value = parseNumber(valueText, where);
    } catch (const InputError& error) {
        throw InputError(error.what(), {std::string(spec->name)});
    }
    checkValue(*spec, value, where);
    parameters.*(spec->field) = value;
}

std::uint64_t seedOf(const Parameters& parameters) {
    return static_cast<std::uint64_t>(parameters.seed);
}

}  // namespace lif

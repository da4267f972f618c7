#include "ui/style/model_text.h"

#include <QCoreApplication>

#include <string>

namespace lif::ui {

namespace {

// lupdate reads the literals below; QT_TRANSLATE_NOOP leaves each source text as it is. They repeat the core's
// tables word for word (the test of translatableModelTexts() fails when they drift apart).
const std::vector<TranslatableText> kTexts{
    // The parameter table (core/model/parameters.cpp): each label, then its meaning.
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Capacitance")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters",
                                           "Membrane capacitance: charge needed per mV. Divides every current in C "
                                           "dV/dt, so larger C means a slower membrane (tau_m = C/gL).")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Leak conductance")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Leak conductance: how strongly V is pulled back to EL, the -gL (V - EL) term. Larger gL means "
                       "a faster, less excitable membrane and a higher rheobase.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Resting potential")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Leak reversal potential: where V settles with no input, the EL in -gL (V - EL).")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Threshold")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Spike threshold: when V reaches Vth the neuron fires and V is reset. Must lie above Vreset.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Reset potential")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Value V jumps to after a spike and is held at during the refractory period.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Spike peak")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Voltage the trace is drawn up to at a spike (display only; the dynamics reset at Vth).")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Refractory period")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters",
                                           "Absolute refractory period: V is clamped at Vreset this long after each "
                                           "spike; it caps the rate at 1000/tref Hz.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Excitatory tau")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Decay time constant of the excitatory synaptic current: dIe/dt = -Ie/tauE.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Inhibitory tau")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Decay time constant of the inhibitory synaptic current: dIi/dt = -Ii/tauI.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Excitatory weight")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters", "Jump of the excitatory current at each excitatory input spike: Ie += wE.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Inhibitory weight")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters", "Jump of the inhibitory current at each inhibitory input spike: Ii -= wI.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Excitatory rate")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Rate of the Poisson train of excitatory input spikes (all excitatory inputs pooled).")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Inhibitory rate")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Rate of the Poisson train of inhibitory input spikes (all inhibitory inputs pooled).")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Random seed")},
    {kParametersContext,
     QT_TRANSLATE_NOOP(
         "lif::Parameters",
         "Seed of the Poisson inputs and the noise current: the same seed gives the same run, spike for spike.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Absolute tolerance")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Absolute error allowed per step of the adaptive solver (mV for V, pA for currents).")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Relative tolerance")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters", "Relative error allowed per step of the adaptive solver.")},
    {kParametersContext, QT_TRANSLATE_NOOP("lif::Parameters", "Largest step")},
    {kParametersContext,
     QT_TRANSLATE_NOOP("lif::Parameters",
                       "Largest step of the adaptive solver, and the fixed step of the Euler and RK4 solvers.")},
    // The stimulus protocols (core/model/stimulus.cpp): label, meaning, then the fields' meanings.
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Constant")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Iext = I at all times")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "injected current")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Step")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Iext = I for ON <= t < OFF, else 0")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "time the current switches on")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "time the current switches off (after ON)")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Pulses")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Iext = I during each pulse, 0 between them")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "duration of each pulse")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "time from one pulse onset to the next (>= WIDTH)")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "onset of the first pulse")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Ramp")},
    {kStimulusContext,
     QT_TRANSLATE_NOOP("lif::Stimulus", "0 before T0, linear from I0 to I1 between T0 and T1, I1 after")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "current at T0")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "current at T1 and after")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "start of the ramp (0 before)")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "end of the ramp (after T0)")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Sine")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Iext = OFFSET + AMP sin(2 pi FREQ t + PHASE)")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "mean current")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "amplitude")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "frequency")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "phase at the protocol's start")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "Noise")},
    {kStimulusContext,
     QT_TRANSLATE_NOOP(
         "lif::Stimulus",
         "Ornstein-Uhlenbeck current, sampled exactly on a grid of min(0.1 ms, TAU/20) and held in between")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "standard deviation")},
    {kStimulusContext, QT_TRANSLATE_NOOP("lif::Stimulus", "correlation time")},
    // The solvers (core/model/solver_kind.cpp), in allSolverKinds() order.
    {kSolversContext,
     QT_TRANSLATE_NOOP("lif::Solvers",
                       "the closed form where the model is linear between events, Dormand-Prince where it is not")},
    {kSolversContext,
     QT_TRANSLATE_NOOP("lif::Solvers",
                       "closed-form propagation between events, crossings by root finding on the closed form")},
    {kSolversContext, QT_TRANSLATE_NOOP("lif::Solvers", "Dormand-Prince 5(4), adaptive, dense output (Boost.Odeint)")},
    {kSolversContext,
     QT_TRANSLATE_NOOP("lif::Solvers", "classic Runge-Kutta 4, fixed step maxStep, cubic Hermite interpolation")},
    {kSolversContext, QT_TRANSLATE_NOOP("lif::Solvers", "forward Euler, fixed step maxStep, linear interpolation")},
};

QString translated(const char* context, std::string_view source) {
    return QCoreApplication::translate(context, std::string(source).c_str());
}

}  // namespace

QString parameterLabel(const ParamSpec& spec) {
    return translated(kParametersContext, spec.label);
}

QString parameterMeaning(const ParamSpec& spec) {
    return translated(kParametersContext, spec.meaning);
}

QString protocolLabel(const StimulusProtocol& protocol) {
    return translated(kStimulusContext, protocol.label);
}

QString protocolMeaning(const StimulusProtocol& protocol) {
    return translated(kStimulusContext, protocol.meaning);
}

QString fieldMeaning(const StimulusField& field) {
    return translated(kStimulusContext, field.meaning);
}

QString solverDescriptionText(SolverKind kind) {
    return translated(kSolversContext, solverDescription(kind));
}

const std::vector<TranslatableText>& translatableModelTexts() {
    return kTexts;
}

}  // namespace lif::ui

#pragma once
// What defines a run, as plain values. ModelSetup is what a person edits while the neuron runs (the neuron, the
// injected current and the integration method); RunSetup adds what is fixed for a whole run (the given input
// spikes and the trace interval). The simulator takes a ModelSetup whole (Simulator::apply), validated once.
// Units are those of the parameter table (ms, mV, pF, nS, pA). Plain data: copy it to any thread.
#include <vector>

#include "core/model/inputs.h"
#include "core/model/parameters.h"
#include "core/model/solver_kind.h"
#include "core/model/stimulus.h"

namespace lif {

struct ModelSetup {
    Parameters parameters;
    StimulusSpec stimulus;                 ///< default const:0
    SolverKind solver = SolverKind::Auto;  ///< resolvedSolver() says which method that is

    bool operator==(const ModelSetup& other) const {
        return parameters == other.parameters && stimulus == other.stimulus && solver == other.solver;
    }
    bool operator!=(const ModelSetup& other) const { return !(*this == other); }

    /// Checks every parameter, their combinations, the stimulus and a fixed-step solver's step (checkSolverStep);
    /// throws InputError with the first problem.
    void validate() const;
};

/// The setup the window opens with: the table's defaults and a constant 500 pA, above the 375 pA rheobase, so
/// the neuron fires (about 63 Hz) as soon as the window appears.
ModelSetup defaultModelSetup();

/// Everything that defines a run: the model setup, plus the given input spikes and the trace interval.
struct RunSetup : ModelSetup {
    std::vector<InputSpike> inputSpikes;  ///< given input spikes, merged with the Poisson trains
    double dt_ms = 0.1;                   ///< trace sampling interval; 0 records no trace

    const ModelSetup& model() const { return *this; }
    ModelSetup& model() { return *this; }
};

}  // namespace lif

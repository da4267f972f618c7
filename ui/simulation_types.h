#pragma once
// Values that travel between the GUI thread and the worker thread, by value (queued signals copy them).
// ModelSetup goes down (panel -> controller -> worker); SimulationChunk comes up (worker -> controller -> plots).
// Both are plain data: safe to copy on any thread, never shared mutable state.
#include <QMetaType>
#include <QVector>

#include "core/parameters.h"
#include "core/simulator.h"
#include "core/steppers.h"
#include "core/stimulus.h"

namespace lif::ui {

/// Everything the parameter panel edits: the neuron, the injected current and the integration method.
struct ModelSetup {
    Parameters parameters;
    StimulusSpec stimulus = StimulusSpec::defaults(StimulusKind::Constant);
    SolverKind solver = SolverKind::Dopri5;

    bool operator==(const ModelSetup& other) const {
        return parameters == other.parameters && stimulus == other.stimulus && solver == other.solver;
    }
    bool operator!=(const ModelSetup& other) const { return !(*this == other); }
};

/// The setup LIFscope opens with: the table's defaults and a constant 500 pA, above the 375 pA rheobase, so
/// the neuron fires (about 63 Hz) as soon as the window appears.
inline ModelSetup defaultModelSetup() {
    ModelSetup setup;
    setup.stimulus = StimulusSpec::defaults(StimulusKind::Constant);
    setup.stimulus.setAmplitude(500.0);
    return setup;
}

/// Writes the setup's three parts into a core RunSetup (its inputs and dt are left as they are).
inline void copySetupInto(const ModelSetup& setup, RunSetup& run) {
    run.parameters = setup.parameters;
    run.stimulus = setup.stimulus;
    run.solver = setup.solver;
}

inline ModelSetup modelSetupOf(const RunSetup& run) {
    ModelSetup setup;
    setup.parameters = run.parameters;
    setup.stimulus = run.stimulus;
    setup.solver = run.solver;
    return setup;
}

/// Moves a running simulator from `from` to `to`, calling only the setters whose part changed (each restarts
/// the solver there). The live worker and the export's replay both use it, so a replay repeats the live run.
inline void applyChange(Simulator& simulator, const ModelSetup& from, const ModelSetup& to) {
    if (to.parameters != from.parameters) {
        simulator.setParameters(to.parameters);
    }
    if (to.stimulus != from.stimulus) {
        simulator.setStimulus(to.stimulus);
    }
    if (to.solver != from.solver) {
        simulator.setSolver(to.solver);
    }
}

/// What the worker computed since its previous chunk, already reduced for display. Keys are sorted and may
/// repeat (a spike is drawn at its exact time as threshold -> peak -> reset).
struct SimulationChunk {
    quint64 epoch = 0;           ///< run number: bumps on reset; chunks of an older epoch are stale
    quint64 generation = 0;      ///< the submitted setup these samples were computed with
    bool setupChanged = false;   ///< first chunk computed with `setup` (run start or a change took effect)
    double changeTime_ms = 0.0;  ///< simulated time at which `setup` took effect (valid when setupChanged)
    ModelSetup setup;            ///< the setup of `generation`

    QVector<double> t_ms;  ///< trace keys (min/max per bucket when decimated), ms
    QVector<double> V_mV;
    QVector<double> Iext_pA;
    QVector<double> Isyn_pA;
    QVector<double> spikes_ms;  ///< exact spike times within the last window

    double simTime_ms = 0.0;      ///< simulated time reached at the end of the chunk
    double requestedSpeed = 1.0;  ///< simulated ms per wall ms asked for
    double achievedSpeed = 1.0;   ///< simulated ms per wall ms actually delivered, over the last second
};

}  // namespace lif::ui

Q_DECLARE_METATYPE(lif::ui::ModelSetup)
Q_DECLARE_METATYPE(lif::ui::SimulationChunk)

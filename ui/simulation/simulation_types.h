#pragma once
// Values that travel between the GUI thread and the worker thread, by value, through the worker's Mailbox.
// ModelSetup goes down (panel -> controller -> worker); SimulationChunk comes up (worker -> controller -> plots).
// Both are plain data: safe to copy on any thread, never shared mutable state. A chunk names the setup it was
// computed with by its generation only; which setup that is, and since when, is the controller's RunHistory.
#include <QVector>

#include <optional>

#include "core/model/run_setup.h"

namespace lif::ui {

/// What the worker computed since its previous chunk, already reduced for display. Keys are sorted and may
/// repeat (a spike is drawn at its exact time as threshold -> peak -> reset).
struct SimulationChunk {
    quint64 epoch = 0;       ///< run number: bumps on reset; chunks of an older epoch are stale
    quint64 generation = 0;  ///< the submitted setup these samples were computed with
    /// In the first chunk computed with `generation` (the run's start, or a change that took effect): the
    /// simulated time it took effect at, ms.
    std::optional<double> changeTime_ms;

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

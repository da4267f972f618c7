#pragma once
// RunHistory is the one record of how a run came about: the setup it started with at t = 0 and every change
// of the setup with the simulated time it took effect, and the simulated time reached. Everything that needs
// to know "which setup was in force when" reads it: the plots' threshold and V_inf lines and change marks, the
// CSV metadata, the export's replay (core/engine/batch_runner.h re-simulates a history exactly, because the
// simulator's output does not depend on how it is chunked) and, later, scrub-back and compare traces.
//
// Bounded in memory however long the run: a change is stored as the fields it edits (a slider drag edits one
// number per change, 24 bytes), with the whole setup kept every kCheckpointInterval edits so that setupAt() is
// fast. At most kMaxEdits edits are kept (about 24 MB); past that the oldest half is forgotten, the history is
// no longer complete from t = 0 (complete() is false, and replayableFrom() says from when it is known) and a
// replay of the whole run is refused with a message rather than silently wrong.
//
// Units: ms. Threading: a plain value, owned by one thread at a time; copy it to hand it to another thread.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "core/model/run_setup.h"

namespace lif {

class RunHistory {
public:
    static constexpr std::size_t kMaxEdits = 1'000'000;
    static constexpr std::size_t kCheckpointInterval = 256;

    explicit RunHistory(const ModelSetup& initial = ModelSetup{});

    /// A new run starts at t = 0 with `initial`; everything recorded before is dropped.
    void restart(const ModelSetup& initial);
    /// `setup` is in force from `time_ms` on (times must not decrease; an earlier time is taken as the last
    /// one). Recording the setup already in force records nothing.
    void record(double time_ms, const ModelSetup& setup);
    /// The run has reached `time_ms` (never moves back).
    void reach(double time_ms);

    double endTime() const { return end_ms_; }
    const ModelSetup& initial() const { return initial_; }
    const ModelSetup& latest() const { return latest_; }
    /// The setup in force at `time_ms` (a change at exactly that time counts).
    ModelSetup setupAt(double time_ms) const;
    /// Number of changes after the start (each one or more edits at one time).
    std::size_t changeCount() const;
    /// Calls visit(time_ms, before, after) for every change with from_ms <= time_ms <= to_ms, in time order,
    /// with the whole setup before and after it.
    void forEachChange(
        double from_ms, double to_ms,
        const std::function<void(double time_ms, const ModelSetup& before, const ModelSetup& after)>& visit) const;
    /// Every change of the run, in time order.
    void forEachChange(
        const std::function<void(double time_ms, const ModelSetup& before, const ModelSetup& after)>& visit) const {
        forEachChange(replayableFrom(), endTime(), visit);
    }

    /// True while the history is known from t = 0 (fewer than kMaxEdits edits were ever recorded).
    bool complete() const { return forgottenUntil_ms_ <= 0.0; }
    /// Time from which the history is known (0 when complete).
    double replayableFrom() const { return forgottenUntil_ms_; }
    /// Memory held, bytes (for the soak benchmark).
    std::size_t bytesUsed() const;

private:
    /// One edited field: `field` indexes Parameters' fields in table order, then the stimulus kind, its values, its
    /// start and trigger, and the solver (see run_history.cpp).
    struct Edit {
        double time_ms;
        double value;
        std::uint32_t field;
        bool startsChange;  ///< first edit of a change (several edits at one time form one change)
    };
    struct Checkpoint {
        std::size_t edit;  ///< index of the first edit not yet applied to `setup`
        ModelSetup setup;
    };

    void forgetOldestHalf();
    /// The setup after applying edits [checkpoint.edit, end) to checkpoint.setup.
    ModelSetup replay(std::size_t checkpointIndex, std::size_t endEdit) const;
    /// The setup in force just before edit `endEdit` (after all edits before it).
    ModelSetup setupBeforeEdit(std::size_t endEdit) const;

    ModelSetup initial_;
    ModelSetup latest_;
    std::vector<Edit> edits_;
    std::vector<Checkpoint> checkpoints_;  ///< checkpoints_[0] is the start (edit 0)
    double end_ms_ = 0.0;
    double forgottenUntil_ms_ = 0.0;
};

}  // namespace lif

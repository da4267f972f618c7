#include "core/model/run_history.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace lif {

namespace {

// Field numbering of an Edit: the parameter table's rows first, then the stimulus kind, its values, its start and
// trigger (when it was applied), and the solver.
constexpr std::uint32_t kStimulusKindField = static_cast<std::uint32_t>(kParameterCount);
constexpr std::uint32_t kFirstStimulusValueField = kStimulusKindField + 1;
constexpr std::uint32_t kStimulusStartField = kFirstStimulusValueField + static_cast<std::uint32_t>(kMaxStimulusFields);
constexpr std::uint32_t kStimulusTriggerField = kStimulusStartField + 1;
constexpr std::uint32_t kSolverField = kStimulusTriggerField + 1;
constexpr std::uint32_t kFieldCount = kSolverField + 1;

double fieldValue(const ModelSetup& setup, std::uint32_t field) {
    if (field < kStimulusKindField) {
        return setup.parameters.*(parameterTable()[field].field);
    }
    if (field == kStimulusKindField) {
        return static_cast<double>(setup.stimulus.kind);
    }
    if (field < kStimulusStartField) {
        return setup.stimulus.values[field - kFirstStimulusValueField];
    }
    if (field == kStimulusStartField) {
        return setup.stimulus.start_ms;
    }
    if (field == kStimulusTriggerField) {
        return static_cast<double>(setup.stimulus.trigger);  // exact: a uint32 fits a double's mantissa
    }
    return static_cast<double>(setup.solver);
}

void setField(ModelSetup& setup, std::uint32_t field, double value) {
    if (field < kStimulusKindField) {
        setup.parameters.*(parameterTable()[field].field) = value;
    } else if (field == kStimulusKindField) {
        setup.stimulus.kind = static_cast<StimulusKind>(static_cast<int>(value));
    } else if (field < kStimulusStartField) {
        setup.stimulus.values[field - kFirstStimulusValueField] = value;
    } else if (field == kStimulusStartField) {
        setup.stimulus.start_ms = value;
    } else if (field == kStimulusTriggerField) {
        setup.stimulus.trigger = static_cast<std::uint32_t>(value);
    } else {
        setup.solver = static_cast<SolverKind>(static_cast<int>(value));
    }
}

/// -0.0 and 0.0 count as different edits, so that a replay repeats exactly what ran.
bool sameBits(double a, double b) {
    return a == b && std::signbit(a) == std::signbit(b);
}

}  // namespace

RunHistory::RunHistory(const ModelSetup& initial) {
    restart(initial);
}

void RunHistory::restart(const ModelSetup& initial) {
    initial_ = initial;
    latest_ = initial;
    edits_.clear();
    checkpoints_.clear();
    checkpoints_.push_back(Checkpoint{0, initial});
    end_ms_ = 0.0;
    forgottenUntil_ms_ = 0.0;
}

void RunHistory::record(double time_ms, const ModelSetup& setup) {
    const double at = edits_.empty() ? std::max(time_ms, forgottenUntil_ms_) : std::max(time_ms, edits_.back().time_ms);
    bool first = true;
    for (std::uint32_t field = 0; field < kFieldCount; ++field) {
        const double value = fieldValue(setup, field);
        if (sameBits(value, fieldValue(latest_, field))) {
            continue;
        }
        if (edits_.size() >= kMaxEdits) {
            forgetOldestHalf();
        }
        edits_.push_back(Edit{at, value, field, first});
        first = false;
        if (edits_.size() % kCheckpointInterval == 0) {
            ModelSetup upTo = latest_;
            setField(upTo, field, value);
            checkpoints_.push_back(Checkpoint{edits_.size(), upTo});
        }
        setField(latest_, field, value);
    }
    reach(at);
}

void RunHistory::reach(double time_ms) {
    end_ms_ = std::max(end_ms_, time_ms);
}

void RunHistory::forgetOldestHalf() {
    // Keep the newer half, starting at a whole change, from a checkpoint so that no setup has to be rebuilt.
    std::size_t keepFrom = edits_.size() / 2;
    const auto checkpoint = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), keepFrom,
                                             [](std::size_t edit, const Checkpoint& c) { return edit < c.edit; });
    std::size_t base = std::prev(checkpoint)->edit;
    ModelSetup start = std::prev(checkpoint)->setup;
    // Move to the start of a change: apply the edits of the change that straddles `base`.
    while (base < edits_.size() && !edits_[base].startsChange) {
        setField(start, edits_[base].field, edits_[base].value);
        ++base;
    }
    forgottenUntil_ms_ = base < edits_.size() ? edits_[base].time_ms : end_ms_;
    std::vector<Edit> kept(edits_.begin() + static_cast<std::ptrdiff_t>(base), edits_.end());
    edits_.swap(kept);
    std::vector<Checkpoint> checkpoints{Checkpoint{0, start}};
    for (const Checkpoint& c : checkpoints_) {
        if (c.edit > base) {
            checkpoints.push_back(Checkpoint{c.edit - base, c.setup});
        }
    }
    checkpoints_.swap(checkpoints);
    initial_ = start;
}

ModelSetup RunHistory::replay(std::size_t checkpointIndex, std::size_t endEdit) const {
    const Checkpoint& checkpoint = checkpoints_[checkpointIndex];
    ModelSetup setup = checkpoint.setup;
    for (std::size_t i = checkpoint.edit; i < endEdit; ++i) {
        setField(setup, edits_[i].field, edits_[i].value);
    }
    return setup;
}

ModelSetup RunHistory::setupAt(double time_ms) const {
    // Edits at or before time_ms are in force.
    const auto end = std::upper_bound(edits_.begin(), edits_.end(), time_ms,
                                      [](double t, const Edit& edit) { return t < edit.time_ms; });
    return setupBeforeEdit(static_cast<std::size_t>(end - edits_.begin()));
}

ModelSetup RunHistory::setupBeforeEdit(std::size_t endEdit) const {
    const auto checkpoint = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), endEdit,
                                             [](std::size_t edit, const Checkpoint& c) { return edit < c.edit; });
    return replay(static_cast<std::size_t>(std::prev(checkpoint) - checkpoints_.begin()), endEdit);
}

std::size_t RunHistory::changeCount() const {
    return static_cast<std::size_t>(
        std::count_if(edits_.begin(), edits_.end(), [](const Edit& edit) { return edit.startsChange; }));
}

void RunHistory::forEachChange(
    double from_ms, double to_ms,
    const std::function<void(double time_ms, const ModelSetup& before, const ModelSetup& after)>& visit) const {
    const auto first = std::lower_bound(edits_.begin(), edits_.end(), from_ms,
                                        [](const Edit& edit, double t) { return edit.time_ms < t; });
    auto i = static_cast<std::size_t>(first - edits_.begin());
    if (i >= edits_.size()) {
        return;
    }
    // Start at a whole change.
    while (i > 0 && !edits_[i].startsChange) {
        --i;
    }
    ModelSetup setup = setupBeforeEdit(i);
    while (i < edits_.size() && edits_[i].time_ms <= to_ms) {
        const ModelSetup before = setup;
        const double at = edits_[i].time_ms;
        do {
            setField(setup, edits_[i].field, edits_[i].value);
            ++i;
        } while (i < edits_.size() && !edits_[i].startsChange);
        if (at >= from_ms) {
            visit(at, before, setup);
        }
    }
}

std::size_t RunHistory::bytesUsed() const {
    return sizeof(*this) + edits_.capacity() * sizeof(Edit) + checkpoints_.capacity() * sizeof(Checkpoint);
}

}  // namespace lif

#pragma once
// Words for a mid-run change, drawn next to its vertical mark on the voltage plot: "gL 25 -> 40 nS",
// "I 500 -> 300 pA", "stimulus const -> step", "solver dopri5 -> euler". Several changes at once are joined
// with ", " (at most three named, then "+N more").
//
// Threading: pure function, callable from any thread (used on the GUI thread).
#include <QString>
#include <QStringList>

#include "ui/simulation/simulation_types.h"

namespace lif::ui {

/// Empty when nothing differs.
QString describeChange(const ModelSetup& before, const ModelSetup& after);
/// The names of what differs ("gL", "I", "stimulus", "solver", ...), in table order.
QStringList changedNames(const ModelSetup& before, const ModelSetup& after);

}  // namespace lif::ui

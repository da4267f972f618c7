#pragma once
// Input-spike files: the given synaptic input spikes of a run, as a CSV that people write by hand or export from
// other tools.
#include <string>
#include <vector>

#include "core/model/inputs.h"

namespace lif {

/// Reads an input-spikes CSV: optional '#' comment lines, header `time_ms,channel`, rows `t,e` or `t,i` with
/// non-decreasing non-negative finite times. Throws InputError naming the file, the line and what is allowed.
std::vector<InputSpike> readInputSpikesCsv(const std::string& path);
/// The same from text already in memory; `sourceName` is used in messages.
std::vector<InputSpike> parseInputSpikesCsv(const std::string& text, const std::string& sourceName);

}  // namespace lif

#pragma once
// Input-spike files: the given synaptic input spikes of a run, as a CSV that people write by hand or export from
// other tools.
#include <string>
#include <vector>

#include "core/model/inputs.h"

namespace lif {

/// Reads an input-spikes CSV: optional '#' comment lines, header `time_ms,channel`, rows `t,e` or `t,i` with
/// non-decreasing non-negative finite times. Throws InputError "line L: <the value and what is allowed>", its
/// field "inputSpikes" and where() {path, L}; the message does not name the file: the caller adds it
/// (withContext("--input-spikes 'x.csv'")).
std::vector<InputSpike> readInputSpikesCsv(const std::string& path);
/// The same from text already in memory; `sourceName` is where().file.
std::vector<InputSpike> parseInputSpikesCsv(const std::string& text, const std::string& sourceName);

}  // namespace lif

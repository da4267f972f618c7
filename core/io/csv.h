#pragma once
// The CSV files LIFscope writes, readable by pandas (read_csv(comment='#')), numpy (genfromtxt(names=True,
// skip_header=K)) and MATLAB (readtable(..., 'CommentStyle', '#')): '# key: value' metadata lines first (the
// first says how many), then one header row of identifier-safe names with units, '.' decimals, 17 significant
// digits where needed to round-trip, LF endings.
//   trace:  time_ms,V_mV,I_ext_pA,I_syn_pA,spike   rows t = 0, dt, ..., duration; spike = spikes in (t - dt, t];
//           V_mV shows Vpeak on a row with a spike, as the trace is drawn on screen. time_ms is the decimal
//           k * dt with the digits of dt (the metadata's dt_ms), not the double nearest to it.
//   spikes: spike_time_ms                          one row per spike, the exact crossing times
#include <deque>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/io/session.h"
#include "core/model/run_output.h"

namespace lif {

/// '# key: value' pairs, in order.
using CsvMetadata = std::vector<std::pair<std::string, std::string>>;

/// The '# key: value' pairs describing a run: version, stimulus, solver, every parameter with its unit.
CsvMetadata runMetadata(const Session& session, const std::string& createdBy);
void writeMetadata(std::ostream& out, const std::string& kind, const CsvMetadata& metadata);

/// Streams trace rows as batches arrive, so hours of trace never sit in memory. One writer per file.
class TraceCsvWriter {
public:
    TraceCsvWriter(std::ostream& out, const Session& session, const std::string& createdBy);
    /// With metadata of the caller's (e.g. a run with changes), and the Vpeak a row with a spike shows. The
    /// metadata's dt_ms (as runMetadata writes it) is the grid the time column is printed on.
    TraceCsvWriter(std::ostream& out, const CsvMetadata& metadata, double vpeak);
    /// Samples and spikes of one advanceTo(); spikes must be final up to the batch's last sample.
    void append(const Batch& batch);

private:
    std::ostream& out_;
    double vpeak_;
    double dt_ms_;  ///< 0 when the metadata gives none: times are then printed to round-trip
    std::deque<double> pendingSpikes_;
};

void writeSpikesCsv(std::ostream& out, const Session& session, const std::string& createdBy,
                    const std::vector<double>& spikeTimes_ms);
/// With metadata of the caller's; a spike_count line is added to it.
void writeSpikesCsv(std::ostream& out, CsvMetadata metadata, const std::vector<double>& spikeTimes_ms);

/// A CSV as LIFscope writes it, read back (for tests and tools).
struct CsvTable {
    std::map<std::string, std::string> metadata;
    std::vector<std::string> header;
    std::vector<std::vector<double>> rows;
};
/// Throws InputError naming the source and line.
CsvTable parseLifscopeCsv(const std::string& text, const std::string& sourceName);

}  // namespace lif

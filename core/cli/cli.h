#pragma once
// The headless command line, a stable contract that scripts and tests call:
//   lifscope --headless [-c FILE.json] [-s NAME=VALUE]... [--stimulus SPEC] [--input-spikes FILE.csv]
//            [-T MS] [--dt MS] [--solver NAME] [--trace-csv FILE] [--spikes-csv FILE] [--save-session FILE]
//            [--png FILE] [--svg FILE] [--pdf FILE] [--size WxH]
//   lifscope --list-params | --help | --version
// Bad input exits with status 2 and one message on stderr naming the flag or file, the value and what is
// allowed; a solver failure exits with 1; every output file is written to a temporary and renamed.
// The flags are defined once, in core/cli/flags.cpp (names, values, checks and help text); CLI11 parses them.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/io/image_request.h"
#include "core/io/session.h"
#include "core/model/theory_fi.h"

namespace lif::cli {

struct Options {
    bool headless = false;
    bool help = false;
    bool version = false;
    bool listParams = false;
    bool quiet = false;
    Session session;  ///< after --config, --set and the other overrides
    std::string traceCsv;
    std::string spikesCsv;
    std::string saveSession;
    std::vector<ImageRequest> images;
    // The f-I curve (--fi-curve): a sweep over constant injected currents with the parameters above.
    std::optional<FiRange> fiCurve;
    double fiDuration_ms = 10000.0;  ///< counting time per current with fluctuating input
    std::string fiCsv;
    std::vector<ImageRequest> fiImages;
    /// True when a simulation of duration_ms is asked for (a run output, or no f-I curve at all).
    bool wantsRun() const {
        return !traceCsv.empty() || !spikesCsv.empty() || !saveSession.empty() || !images.empty() || !fiCurve;
    }
};

/// True when the arguments ask for a run without a window (--headless, --help, --version, --list-params).
bool wantsHeadless(const std::vector<std::string>& arguments);

/// Parses and validates everything, reading --config and --input-spikes files. Throws InputError.
Options parseArguments(const std::vector<std::string>& arguments);

std::string helpText();
std::string parameterListText();

/// Runs the whole command; returns the exit status (0 ok, 1 solver failure, 2 bad input or unwritable output).
int runHeadless(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                const Exporters& exporters);

}  // namespace lif::cli

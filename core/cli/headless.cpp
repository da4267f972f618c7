// lifscope --headless: the run itself, from the parsed options to the files.
#include <chrono>
#include <optional>
#include <ostream>

#include "core/cli/cli.h"
#include "core/engine/batch_runner.h"
#include "core/io/csv.h"
#include "core/io/output_files.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif::cli {

namespace {

/// Runs a parsed command that asks for a simulation. Throws InputError, OutputError, SolverError.
void simulate(const Options& options, std::ostream& out, const ImageExporter& exporter) {
    const Session& session = options.session;
    const std::string createdBy = "lifscope --headless";
    // Every output is opened first: an unwritable destination is reported before any simulation.
    OutputFiles files;
    AtomicFile* traceFile = options.traceCsv.empty() ? nullptr : &files.open(options.traceCsv, "--trace-csv");
    AtomicFile* spikesFile = options.spikesCsv.empty() ? nullptr : &files.open(options.spikesCsv, "--spikes-csv");
    AtomicFile* sessionFile =
        options.saveSession.empty() ? nullptr : &files.open(options.saveSession, "--save-session");

    RunSetup setup = session.run;
    const bool keepSamples = !options.images.empty();
    if (traceFile == nullptr && !keepSamples) {
        setup.dt_ms = 0.0;  // nobody reads the trace: do not sample it
    }
    std::optional<TraceCsvWriter> traceWriter;
    if (traceFile != nullptr) traceWriter.emplace(traceFile->stream(), session, createdBy);
    Batch recording;
    BatchRun run;
    run.end_ms = session.duration_ms;
    const auto started = std::chrono::steady_clock::now();
    runBatch(std::move(setup), run, [&](const Batch& chunk) {
        if (traceWriter) {
            traceWriter->append(chunk);
            // A full disk ends the run now, not after the rest of the duration has been computed.
            files.throwIfWriteFailed();
        }
        recording.spikeTimes_ms.insert(recording.spikeTimes_ms.end(), chunk.spikeTimes_ms.begin(),
                                       chunk.spikeTimes_ms.end());
        if (keepSamples) {
            recording.samples.insert(recording.samples.end(), chunk.samples.begin(), chunk.samples.end());
        }
        return true;
    });
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (spikesFile != nullptr) writeSpikesCsv(spikesFile->stream(), session, createdBy, recording.spikeTimes_ms);
    if (sessionFile != nullptr) sessionFile->stream() << sessionToJson(session);
    for (const auto& image : options.images)
        exporter(image, session, recording);
    files.commitAll();  // every file complete on disk before any of them replaces an old one
    if (!options.quiet) {
        const double rate = static_cast<double>(recording.spikeTimes_ms.size()) / (session.duration_ms / 1000.0);
        out << "simulated " << formatShort(session.duration_ms) << " ms: " << recording.spikeTimes_ms.size()
            << " spikes (" << formatShort(rate, 4) << " Hz) in " << formatShort(wall, 3) << " s\n";
    }
}

}  // namespace

int runHeadless(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                const ImageExporter& exporter) {
    Options options;
    try {
        options = parseArguments(arguments);
    } catch (const InputError& error) {
        err << "lifscope: " << error.what() << "\n";
        return 2;
    }
    if (options.help) {
        out << helpText();
        return 0;
    }
    if (options.version) {
        out << "lifscope " << LIFSCOPE_VERSION << "\n";
        return 0;
    }
    if (options.listParams) {
        out << parameterListText();
        return 0;
    }
    if (!options.images.empty() && !exporter) {
        err << "lifscope: --png/--svg/--pdf: this build has no image export (built without Qt)\n";
        return 2;
    }
    try {
        simulate(options, out, exporter);
    } catch (const InputError& error) {
        err << "lifscope: " << error.what() << "\n";
        return 2;
    } catch (const OutputError& error) {
        err << "lifscope: " << error.what() << "\n";
        return 2;
    } catch (const SolverError& error) {
        err << "lifscope: solver failure: " << error.what() << "\n";
        return 1;
    } catch (const std::bad_alloc&) {
        err << "lifscope: out of memory; shorten --duration or raise --dt\n";
        return 1;
    }
    return 0;
}

}  // namespace lif::cli

// lifscope --headless: the run itself, from the parsed options to the files.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <vector>

#include "core/cli/cli.h"
#include "core/engine/batch_runner.h"
#include "core/engine/fi_sweep.h"
#include "core/engine/run_limits.h"
#include "core/io/csv.h"
#include "core/io/fi_csv.h"
#include "core/io/output_files.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif::cli {

namespace {

/// Every output of a command, opened (their temporaries created) before any work: an unwritable destination is
/// reported at once, and all of them finish before any is renamed over an old file.
struct Outputs {
    OutputFiles files;
    AtomicFile* trace = nullptr;
    AtomicFile* spikes = nullptr;
    AtomicFile* session = nullptr;
    AtomicFile* fiCsv = nullptr;

    explicit Outputs(const Options& options) {
        const auto open = [this](const std::string& path, const char* flag) {
            return path.empty() ? nullptr : &files.open(path, flag);
        };
        trace = open(options.traceCsv, "--trace-csv");
        spikes = open(options.spikesCsv, "--spikes-csv");
        session = open(options.saveSession, "--save-session");
        fiCsv = open(options.fiCsv, "--fi-csv");
    }
};

/// Sweeps the f-I curve into its files.
void sweep(const Options& options, std::ostream& out, const FiImageExporter& exporter, Outputs& outputs) {
    const Session& session = options.session;
    AtomicFile* csvFile = outputs.fiCsv;
    FiSweepOptions sweepOptions;
    sweepOptions.duration_ms = options.fiDuration_ms;
    RunSetup base = session.run;
    base.dt_ms = 0.0;
    const auto started = std::chrono::steady_clock::now();
    const FiCurve curve = [&] {
        try {
            return FiSweep(base, *options.fiCurve, sweepOptions).run();
        } catch (const InputError& error) {
            throw error.withContext("--fi-curve");
        }
    }();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (csvFile != nullptr) writeFiCsv(csvFile->stream(), session, "lifscope --headless", curve);
    for (const auto& image : options.fiImages)
        exporter(image, session, curve);
    if (!options.quiet) {
        const auto failed = std::count_if(curve.points.begin(), curve.points.end(),
                                          [](const FiPoint& point) { return !point.error.empty(); });
        out << "f-I curve: " << curve.points.size() << " currents (" << options.fiCurve->toString() << " pA) in "
            << formatShort(wall, 3) << " s" << (failed > 0 ? ", " + std::to_string(failed) + " failed" : "") << "\n";
    }
}

/// Runs a parsed command that asks for a simulation. Throws InputError, OutputError, SolverError.
void simulate(const Options& options, std::ostream& out, const ImageExporter& exporter, Outputs& outputs) {
    const Session& session = options.session;
    const std::string createdBy = "lifscope --headless";
    AtomicFile* traceFile = outputs.trace;
    AtomicFile* spikesFile = outputs.spikes;
    AtomicFile* sessionFile = outputs.session;
    OutputFiles& files = outputs.files;

    RunSetup setup = session.run;
    const bool keepSamples = !options.images.empty();
    if (traceFile == nullptr && !keepSamples) {
        setup.dt_ms = 0.0;  // nobody reads the trace: do not sample it
    }
    std::optional<TraceCsvWriter> traceWriter;
    if (traceFile != nullptr) traceWriter.emplace(traceFile->stream(), session, createdBy);
    checkRunLimits(setup, session.duration_ms);
    Batch recording;
    const bool keepSpikes = spikesFile != nullptr || keepSamples;
    std::uint64_t spikeCount = 0;
    BatchRun run;
    run.end_ms = session.duration_ms;
    run.spikeLimit = kMaxSpikesPerRun;
    const auto started = std::chrono::steady_clock::now();
    runBatch(std::move(setup), run, [&](const Batch& chunk) {
        if (traceWriter) {
            traceWriter->append(chunk);
            // A full disk ends the run now, not after the rest of the duration has been computed.
            files.throwIfWriteFailed();
        }
        spikeCount += chunk.spikeTimes_ms.size();
        if (keepSpikes) {
            std::vector<double>& train = recording.spikeTimes_ms;
            if (train.empty() && !chunk.spikeTimes_ms.empty()) {
                // Room for the whole train as the first spikes project it (reserving touches no memory): growth
                // by doubling copied the train and touched twice its memory, a tenth of an hour-long run.
                const double projected = static_cast<double>(chunk.spikeTimes_ms.size()) * 1.1 *
                                         (session.duration_ms / std::max(chunk.spikeTimes_ms.back(), 1.0));
                train.reserve(static_cast<std::size_t>(std::min(projected, static_cast<double>(kMaxSpikesPerRun))));
            }
            train.insert(train.end(), chunk.spikeTimes_ms.begin(), chunk.spikeTimes_ms.end());
        }
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
    if (!options.quiet) {
        const double rate = static_cast<double>(spikeCount) / (session.duration_ms / 1000.0);
        out << "simulated " << formatShort(session.duration_ms) << " ms: " << spikeCount << " spikes ("
            << formatShort(rate, 4) << " Hz) in " << formatShort(wall, 3) << " s\n";
    }
}

}  // namespace

int runHeadless(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err,
                const Exporters& exporters) {
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
    if ((!options.images.empty() && !exporters.run) || (!options.fiImages.empty() && !exporters.fiCurve)) {
        err << "lifscope: --png/--svg/--pdf/--fi-png/--fi-svg/--fi-pdf: this build has no image export (built "
               "without Qt)\n";
        return 2;
    }
    try {
        Outputs outputs(options);
        if (options.fiCurve) sweep(options, out, exporters.fiCurve, outputs);
        if (options.wantsRun()) simulate(options, out, exporters.run, outputs);
        outputs.files.commitAll();
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

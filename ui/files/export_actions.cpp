#include "ui/files/export_actions.h"

#include <qcustomplot.h>
#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

#include <algorithm>
#include <exception>
#include <utility>
#include <vector>

#include "core/engine/batch_runner.h"
#include "core/io/csv.h"
#include "core/io/output_files.h"
#include "core/model/errors.h"
#include "core/model/numbers.h"
#include "ui/plots/plot_export.h"
#include "ui/plots/plot_style.h"
#include "ui/simulation/background_job.h"
#include "ui/style/display_format.h"

namespace lif::ui {

namespace {

const std::string kCreatedBy = "lifscope window";
/// Simulated time per replay chunk, ms: short, so that Cancel and the progress bar answer promptly.
constexpr double kReplayChunk_ms = 2000.0;

/// Metadata of a replayed run: the session's (its setup is the run's initial one) plus one line per change.
CsvMetadata metadataFor(Session session, const RunHistory& history, double from_ms, double to_ms) {
    session.run.model() = history.initial();
    session.duration_ms = to_ms;
    auto metadata = runMetadata(session, kCreatedBy);
    metadata.emplace_back("range_ms", formatRoundTrip(from_ms) + " to " + formatRoundTrip(to_ms));
    // One line per instant: changes recorded at the same simulated time (edits while paused) are one change.
    std::vector<std::pair<double, ModelSetup>> changes;
    history.forEachChange([&changes](double time_ms, const ModelSetup& /*before*/, const ModelSetup& after) {
        if (!changes.empty() && changes.back().first == time_ms) {
            changes.back().second = after;
        } else {
            changes.emplace_back(time_ms, after);
        }
    });
    for (const auto& [time_ms, s] : changes) {
        std::string text = "stimulus " + s.stimulus.toString() + "; solver " + solverLabel(s);
        for (const ParamSpec& spec : parameterTable()) {
            text += "; " + std::string(spec.name) + " " + formatRoundTrip(s.parameters.*(spec.field));
        }
        metadata.emplace_back("change_at_" + formatRoundTrip(time_ms) + "_ms", text);
    }
    return metadata;
}

}  // namespace

ExportActions::ExportActions(QWidget* parent, Sources sources)
    : QObject(parent), parent_(parent), sources_(std::move(sources)) {
    report_ = [this](const QString& title, const QString& message) { QMessageBox::warning(parent_, title, message); };
}

void ExportActions::addTo(QMenu* menu) const {
    QAction* image = menu->addAction(tr("Export &image\u2026"));
    image->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(image, &QAction::triggered, this, &ExportActions::askImage);
    QAction* data = menu->addAction(tr("Export &data (CSV)\u2026"));
    data->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(data, &QAction::triggered, this, &ExportActions::askData);
}

QString ExportActions::spikesPathFor(const QString& tracePath) {
    const QFileInfo info(tracePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-spikes.csv"));
}

PictureCaption ExportActions::captionFor(const Session& session, double shownFrom_ms, double shownTo_ms) {
    const ModelSetup& setup = session.run.model();
    const Parameters& p = setup.parameters;
    QStringList parts = {parameterText(p, {"C", "gL", "EL", "Vth", "Vreset", "tref"}),
                         tr("stimulus ") + QString::fromStdString(setup.stimulus.toString())};
    if (p.rateE > 0.0) parts << parameterText(p, {"rateE", "wE", "tauE"});
    if (p.rateI > 0.0) parts << parameterText(p, {"rateI", "wI", "tauI"});
    parts << tr("solver ") + QString::fromStdString(solverLabel(setup));
    return {tr("Leaky integrate-and-fire neuron, t = ") +
                displaySimulatedTimeRange(std::max(0.0, shownFrom_ms), shownTo_ms),
            parts.join(QStringLiteral("; "))};
}

bool ExportActions::exportImage(const QString& path, QSize size, PictureLook look) {
    const auto format = imageFormatForPath(path);
    if (!format) {
        report_(tr("Image not exported"),
                tr("%1: the name must end in .png, .svg or .pdf.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QCustomPlot* plot = sources_.plot();
    const QCPRange shown = plot->xAxis->range();  // ms, shared by the three plots
    const QString error = exportLivePlot(*plot, path, *format, size.isEmpty() ? plot->size() : size, look,
                                         captionFor(sources_.session(), shown.lower, shown.upper));
    if (!error.isEmpty()) {
        report_(tr("Image not exported"), error);
        return false;
    }
    return true;
}

ExportActions::Outcome ExportActions::exportData(const QString& tracePath, const QString& spikesPath, Range range,
                                                 std::atomic<bool>* cancel) {
    const RunHistory history = sources_.history();  // a copy: the live run goes on while this one is replayed
    const double end = history.endTime();
    const double from = range == Range::WholeRecording ? 0.0 : std::max(0.0, end - sources_.window_ms());
    const auto metadata = metadataFor(sources_.session(), history, from, end);

    std::string error;
    bool completed = false;
    const double dt = sources_.session().run.dt_ms;
    const auto work = [&](JobContext& context) {
        try {
            // Both files are created first: an unwritable place is reported before any work.
            OutputFiles files;
            AtomicFile& trace = files.open(tracePath.toStdString(), "trace CSV");
            AtomicFile& spikes = files.open(spikesPath.toStdString(), "spike CSV");
            // The core's writers (one format for the CLI and the window), with metadata that lists the changes.
            TraceCsvWriter writer(trace.stream(), metadata, sources_.session().run.parameters.Vpeak);
            std::vector<double> spikeTimes;
            std::atomic<double> progress{0.0};
            Batch kept;
            const auto sink = [&](const Batch& batch) {
                kept.clear();
                for (const Sample& sample : batch.samples) {
                    if (sample.t_ms >= from - 1e-9) kept.samples.push_back(sample);
                }
                for (const double t : batch.spikeTimes_ms) {
                    if (t >= from) kept.spikeTimes_ms.push_back(t);
                }
                spikeTimes.insert(spikeTimes.end(), kept.spikeTimes_ms.begin(), kept.spikeTimes_ms.end());
                writer.append(kept);
                context.reportProgress(progress.load());
                return trace.good();
            };
            RunSetup start;  // the model from the history; no given input spikes (the window uses none)
            start.dt_ms = dt;
            BatchRun run;
            run.end_ms = end;
            run.chunk_ms = kReplayChunk_ms;
            run.history = &history;
            run.cancel = &context.cancelFlag();
            run.progress = &progress;
            const bool replayed = runBatch(start, run, sink) == BatchOutcome::Finished;
            // The sink also stops the replay when a write fails (a full disk): that is a failure, not a cancel.
            files.throwIfWriteFailed();  // a full disk's OutputError
            if (!replayed) {
                return;  // cancelled: the temporaries are removed, nothing is written
            }
            writeSpikesCsv(spikes.stream(), metadata, spikeTimes);
            files.commitAll();  // both complete on disk before either replaces an old file
            completed = true;
        } catch (const std::exception& e) {
            error = e.what();
        }
    };
    BackgroundJob replay(work, 1, cancel);

    QProgressDialog dialog(tr("Replaying the run from t = 0 and writing the CSV files\u2026"), tr("Cancel"), 0, 1000,
                           parent_);
    dialog.setWindowTitle(tr("Export data"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(progressDelay_);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QEventLoop loop;
    connect(&replay, &BackgroundJob::progressed, &dialog,
            [&dialog](double fraction) { dialog.setValue(static_cast<int>(fraction * 1000.0)); });
    connect(&dialog, &QProgressDialog::canceled, &replay, &BackgroundJob::cancel);
    connect(&replay, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    replay.start();
    loop.exec();
    dialog.close();

    if (completed) {
        return Outcome::Written;
    }
    if (!error.empty()) {
        report_(tr("Data not exported"), tr("%1\n\nNothing was written.").arg(QString::fromStdString(error)));
        return Outcome::Failed;
    }
    return Outcome::Cancelled;
}

void ExportActions::askImage() {
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent_, tr("Export image"), QStringLiteral("lifscope.png"),
                                                tr("PNG image (*.png);;SVG vector image (*.svg);;"
                                                   "PDF document (*.pdf)"),
                                                &selected);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) {
        path += selected.contains(QStringLiteral("*.svg"))   ? QStringLiteral(".svg")
                : selected.contains(QStringLiteral("*.pdf")) ? QStringLiteral(".pdf")
                                                             : QStringLiteral(".png");
    }
    const QSize screen = sources_.plot()->size();
    const QString onScreen = QStringLiteral("%1 \u00d7 %2").arg(screen.width()).arg(screen.height());
    const QStringList sizes = {tr("Slide, 1920 \u00d7 1080 (16:9)"), tr("Slide, 1200 \u00d7 800 (3:2)"),
                               tr("Slide, at the plot's size (%1)").arg(onScreen),
                               tr("As on screen (%1: thin lines, small text, no title)").arg(onScreen)};
    bool ok = false;
    const QString choice = QInputDialog::getItem(parent_, tr("Export image"),
                                                 tr("Slides have thick lines, text sized for the "
                                                    "picture,\na title and the parameters. Size:"),
                                                 sizes, 0, false, &ok);
    if (!ok) return;
    const auto index = sizes.indexOf(choice);
    exportImage(path,
                index == 0   ? QSize(1920, 1080)
                : index == 1 ? QSize(1200, 800)
                             : QSize(),
                index == 3 ? PictureLook::AsOnScreen : PictureLook::Slide);
}

void ExportActions::askData() {
    const QStringList ranges = {tr("The visible window"), tr("The whole recording (replayed from t = 0)")};
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(parent_, tr("Export data"), tr("Export which part of the run?"), ranges, 0, false, &ok);
    if (!ok) return;
    QString path = QFileDialog::getSaveFileName(parent_, tr("Export trace CSV (the spike CSV goes beside it)"),
                                                QStringLiteral("lifscope-trace.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".csv");
    exportData(path, spikesPathFor(path), choice == ranges[1] ? Range::WholeRecording : Range::VisibleWindow);
}

}  // namespace lif::ui

#pragma once
// ExportActions is the export half of the File menu.
//  - Export image...: the live plots (voltage, spike raster, currents) as PNG, SVG or PDF, by default as a slide
//    (1920x1080, 1200x800 or the plot's size: thick lines, text sized for the picture, a title with the time
//    shown and a line with the parameters), or as on screen (ui/plots/plot_export.h: vector stays vector, an
//    SVG clipped to the axes, written atomically).
//  - Export data...: the trace CSV and the spike CSV of the CLI contract (core/csv.h, the same code as
//    --trace-csv and --spikes-csv), for the visible window or the whole recording. The window keeps only the
//    visible window, so both are produced by replaying the run's history (core/model/run_history.h) from t = 0
//    with the core's runBatch in a BackgroundJob (ui/simulation/background_job.h), with a progress dialog that
//    can cancel; a cancelled or failed export writes nothing and leaves existing files untouched (core
//    OutputFiles). Runs with setup changes add one '# change_at_<t>_ms' metadata line per change.
//
// Threading: GUI thread only; the replay runs on the job's thread, which has ended before exportData() returns.
#include <QObject>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>

#include "core/io/session.h"
#include "core/model/run_history.h"
#include "ui/plots/plot_export.h"

class QCustomPlot;
class QMenu;
class QWidget;

namespace lif::ui {

class ExportActions final : public QObject {
    Q_OBJECT

public:
    enum class Range { VisibleWindow, WholeRecording };
    enum class Outcome { Written, Cancelled, Failed };
    using Report = std::function<void(const QString& title, const QString& message)>;
    /// What the window provides: its plot, the run's history, the visible window (ms) and the session for
    /// metadata.
    struct Sources {
        std::function<QCustomPlot*()> plot;
        std::function<const RunHistory&()> history;
        std::function<double()> window_ms;
        std::function<Session()> session;
    };

    ExportActions(QWidget* parent, Sources sources);

    void addTo(QMenu* menu) const;
    void setReport(Report report) { report_ = std::move(report); }
    /// Progress dialogs appear only after this long (ms); 0 shows them at once.
    void setProgressDelay(int delay_ms) { progressDelay_ = delay_ms; }

    /// Writes the live plots to `path` (format from its suffix) at `size` (empty: the plot's size on screen).
    bool exportImage(const QString& path, QSize size = QSize(), PictureLook look = PictureLook::Slide);
    /// What a slide of the live plots says above them: the time shown (the time axis' range, ms) and the session's
    /// setup (the one in force at the right edge).
    static PictureCaption captionFor(const Session& session, double shownFrom_ms, double shownTo_ms);
    /// Writes the trace and spike CSVs; `cancel` (if given) is the replay's cancel flag, which the dialog's Cancel
    /// also sets.
    Outcome exportData(const QString& tracePath, const QString& spikesPath, Range range,
                       std::atomic<bool>* cancel = nullptr);
    /// The spike file written beside a trace file: run.csv -> run-spikes.csv.
    static QString spikesPathFor(const QString& tracePath);

private:
    void askImage();
    void askData();

    QWidget* parent_;
    Sources sources_;
    Report report_;
    int progressDelay_ = 300;
};

}  // namespace lif::ui

#pragma once
// PlotArea draws the run: on top the membrane voltage (mV against ms) with the threshold as a dashed line, the
// steady state V_inf = EL + I/gL as a dotted line (both as they were over time), a marker at every spike's peak
// and a labelled vertical mark wherever the setup changed mid-run (the lines and marks: ui/plots/history_overlay.h);
// under it a raster strip with one tick per spike; at the bottom the injected and synaptic currents (pA). All three
// share the time axis. Chunks are appended as they arrive (cheap) and the plot is redrawn at most once per frame;
// while running every plottable is trimmed to the visible window, so memory and replot cost stay bounded however
// long it runs. Which setup was in force when (the level lines, the marks and what they say, the height of the
// spike markers) is read from the run's RunHistory, which the controller updates before it hands over each chunk.
//
// The view. It follows the data: the time axis shows the last `window` ms of the trace received (viewEnd(), the
// newest sample, at every replot, also the replot after a pause, which comes after the last chunk; not a clock
// and not the last replot's range) and the value axes fit what is shown. While paused the mouse pans (drag) and zooms
// (wheel) the axes, and the view stays where the person put it until double-click, Home or Run returns it to the live
// window (resetView()). The recent past: a TraceHistory (ui/plots/trace_history.h) keeps the last 60 s of neuron time,
// reduced to min/max per 2 ms, at most TraceHistory::kMaxPoints points; on pause it is put in front of the live data,
// so the view can be dragged back beyond the window; on Run it is trimmed away again. Change marks are kept as long. A
// read-out (ui/plots/plot_readout.h) follows the mouse: t, V, Iext and Isyn of the nearest trace sample. Live traces
// are drawn 1 px wide without antialiasing (the raster painter's fast path).
//
// Threading: GUI thread only.
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/model/run_history.h"
#include "ui/simulation/simulation_types.h"

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPRange;

namespace lif::ui {

class HistoryOverlay;
class PlotReadout;
class TraceHistory;

class PlotArea final : public QWidget {
    Q_OBJECT

public:
    /// Shortest interval between two replots, ms (one frame at 60 Hz).
    static constexpr int kFrameInterval_ms = 16;
    /// Shortest interval before a replot that shows a new generation (the first samples after an edit), ms.
    static constexpr int kChangeFrameInterval_ms = 6;
    /// Most spike markers (and raster ticks) drawn per window; denser spikes share a marker.
    static constexpr int kMarkersPerWindow = 4000;

    PlotArea(std::shared_ptr<const RunHistory> history, double window_ms, QWidget* parent = nullptr);
    ~PlotArea() override;
    PlotArea(const PlotArea&) = delete;
    PlotArea& operator=(const PlotArea&) = delete;

    /// Adds a chunk's trace and spikes; the replot follows within a frame.
    void appendChunk(const SimulationChunk& chunk);
    /// Forgets everything (a new run starts at t = 0).
    void clear();
    void setWindow(double window_ms);
    double window() const { return window_ms_; }
    /// Running: the time axis follows the data. Paused: the mouse zooms and pans, over the recent history too.
    void setRunning(bool running);
    /// Back to the live window: the last `window` ms of the data, the value axes fitted (double-click, Home, Run).
    void resetView();
    /// True while the view follows the data (no pan or zoom since the pause, or since resetView()).
    bool followsData() const { return following_; }

    /// Points held: by all plottables together (while running bounded by the window; while paused the recent
    /// history is in them too) and by the recent history kept for the pause.
    int pointCount() const;
    /// An upper bound of pointCount() for any run, given the worker's packing (for tests and asserts).
    static int pointBudget();
    /// An upper bound of the points in the plottables while running (pointCount() less historyPointCount()).
    static int livePointBudget();
    /// Points held by the recent history (bounded by TraceHistory::kMaxPoints + kMaxSpikes).
    int historyPointCount() const;
    /// What the read-out under the mouse shows.
    const PlotReadout& readout() const { return *readout_; }
    /// Simulated time of the newest data, ms.
    double latestTime() const { return latest_ms_; }
    /// The right edge of the live window, ms: the newest trace sample received, which at high speed may be
    /// behind latestTime() (a tick computed without samples at its end), but not more than a window.
    double viewEnd() const { return std::max(newestSample_ms_, latest_ms_ - window_ms_); }
    /// The newest generation whose samples were on screen at the last replot.
    quint64 shownGeneration() const { return shownGeneration_; }
    int replotCount() const { return replots_; }
    QCustomPlot* plot() const { return plot_; }
    QCPAxisRect* voltageRect() const { return voltageRect_; }
    QCPAxisRect* inputRect() const { return inputRect_; }
    /// Labels of the change marks currently held, oldest first.
    QStringList changeLabels() const;

Q_SIGNALS:
    /// After a replot; `generation` is the newest generation it showed samples of.
    void replotted(quint64 generation);

protected:
    void resizeEvent(QResizeEvent* event) override;
    /// Home: resetView(). Other keys go on to the window (Space, R).
    void keyPressEvent(QKeyEvent* event) override;
    /// The plot's Leave: the read-out hides.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// `soon`: the first samples of a new setup wait out only kChangeFrameInterval_ms, not a whole frame.
    void scheduleReplot(bool soon = false);
    void replotNow();
    void trimAndScroll();
    /// Trims the live plottables to what a running view needs (not while the recent history is in them).
    void trimLive();
    void updateValueRanges();
    void syncTimeAxes(const QCPRange& range);
    /// An axis range changed: unless this class set it, the person panned or zoomed.
    void noteRangeChange();
    /// Puts the recent history in front of the live data (on pause).
    void showHistory();

    QCustomPlot* plot_ = nullptr;
    QCPAxisRect* voltageRect_ = nullptr;
    QCPAxisRect* rasterRect_ = nullptr;
    QCPAxisRect* inputRect_ = nullptr;
    QCPGraph* voltage_ = nullptr;
    QCPGraph* threshold_ = nullptr;
    QCPGraph* steadyState_ = nullptr;
    QCPGraph* spikeMarkers_ = nullptr;
    QCPGraph* raster_ = nullptr;
    QCPGraph* injected_ = nullptr;
    QCPGraph* synaptic_ = nullptr;

    std::unique_ptr<HistoryOverlay> overlay_;  ///< the level lines and change marks
    std::unique_ptr<TraceHistory> recent_;     ///< the recent past, for the pause
    std::unique_ptr<PlotReadout> readout_;
    double window_ms_ = 1000.0;
    double latest_ms_ = 0.0;
    double newestSample_ms_ = 0.0;  ///< time of the newest trace sample that is not a gap
    double lastMarker_ms_ = -1e300;
    /// The live plottables hold nothing before this (the latest time they were trimmed to), ms.
    double liveFrom_ms_ = -1e300;
    bool running_ = true;
    bool following_ = true;       ///< the view follows the data
    bool historyShown_ = false;   ///< the recent history is in the plottables
    bool adjusting_ = false;      ///< this class is setting the axis ranges
    bool refitCurrents_ = false;  ///< the next fit sets the current axis even if the data is inside it
    bool dirty_ = false;
    bool syncing_ = false;
    quint64 pendingGeneration_ = 0;  ///< newest generation appended since the last replot
    quint64 shownGeneration_ = 0;
    int replots_ = 0;
    QTimer frameTimer_;
    QElapsedTimer sinceReplot_;
};

}  // namespace lif::ui

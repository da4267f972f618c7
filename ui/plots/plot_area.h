#pragma once
// PlotArea draws the run: on top the membrane voltage (mV against ms) with the threshold as a dashed line, the
// steady state V_inf = EL + I/gL as a dotted line (both as they were over time), a marker at every spike's peak
// and a labelled vertical mark wherever the setup changed mid-run (the lines and marks: ui/plots/history_overlay.h);
// under it a raster strip with one tick per spike; at the bottom the injected and synaptic currents (pA). All three
// share the time axis, which scrolls to show the last `window` ms while running. Chunks are appended as they arrive
// (cheap) and the plot is redrawn at most once per frame; every buffer is trimmed to the visible window, so memory and
// replot cost stay bounded however long it runs. When paused, the mouse pans (drag) and zooms (wheel) the axes. Which
// setup was in force when (the level lines, the marks and what they say, the height of the spike markers) is read from
// the run's RunHistory, which the controller updates before it hands over each chunk.
// Live traces are drawn 1 px wide without antialiasing (the raster painter's fast path).
//
// Threading: GUI thread only.
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

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
    /// Running: the time axis follows the data. Paused: the mouse zooms and pans.
    void setRunning(bool running);

    /// Points held by all plottables together (bounded by the window).
    int pointCount() const;
    /// An upper bound of pointCount() for any run, given the worker's packing (for tests and asserts).
    static int pointBudget();
    /// Simulated time of the newest data, ms.
    double latestTime() const { return latest_ms_; }
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

private:
    /// `soon`: the first samples of a new setup wait out only kChangeFrameInterval_ms, not a whole frame.
    void scheduleReplot(bool soon = false);
    void replotNow();
    void trimAndScroll();
    void updateValueRanges();
    void syncTimeAxes(const QCPRange& range);

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
    double window_ms_ = 1000.0;
    double latest_ms_ = 0.0;
    double lastMarker_ms_ = -1e300;
    bool running_ = true;
    bool dirty_ = false;
    bool syncing_ = false;
    quint64 pendingGeneration_ = 0;  ///< newest generation appended since the last replot
    quint64 shownGeneration_ = 0;
    int replots_ = 0;
    QTimer frameTimer_;
    QElapsedTimer sinceReplot_;
};

}  // namespace lif::ui

#pragma once
// HistoryOverlay draws on the voltage and input plots what the run's RunHistory says: the threshold (dashed)
// and V_inf(t) = EL + (Iext(t) + <Isyn>)/gL (dotted; core/model/theory_drive.h) as they were over time, V_inf
// following the drive itself (a step's on and off phases, a ramp, a sine), and a labelled vertical mark wherever the
// setup changed mid-run ("gL 25 -> 40 nS"). A slider being dragged sends a stream of changes of the same parameter:
// those within kMarkMergeWall_ms of wall time of each other extend one mark rather than draw one each; a change at the
// very time of the latest mark is one change in the history and joins it. It keeps no setups of its own: each
// mark is two times, and its words and the lines are looked up in the history when they are drawn.
//
// Threading: GUI thread only (owned by PlotArea).
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

#include "core/model/run_history.h"

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace lif::ui {

class HistoryOverlay {
public:
    /// Changes of the same parameter closer together than this in wall time share one mark.
    static constexpr qint64 kMarkMergeWall_ms = 800;

    /// Draws into `threshold` and `steadyState` (graphs of the voltage plot) and puts marks on both rects.
    HistoryOverlay(std::shared_ptr<const RunHistory> history, QCustomPlot* plot, QCPAxisRect* voltageRect,
                   QCPAxisRect* inputRect, QCPGraph* threshold, QCPGraph* steadyState);

    /// A chunk said its setup took effect at `t_ms` (the first such chunk of a run is its start).
    void noteChange(double t_ms);
    /// A new run: no lines, no marks.
    void clear();
    /// Forgets the marks before `t_ms` (scrolled out).
    void trimBefore(double t_ms);
    /// Redraws the level lines over [from_ms, to_ms].
    void updateLevels(double from_ms, double to_ms);
    /// The V_inf values drawn at the last updateLevels(), in time order (for the value axis's range).
    const std::vector<double>& steadyStateLevels() const { return steadyStateLevels_; }
    /// V_inf(t) as the dotted line draws it at `t_ms`, from the setup in force then, mV.
    double steadyStateAt(double t_ms) const;
    /// The setup in force now.
    const ModelSetup& latest() const { return history_->latest(); }
    /// Labels of the marks held, oldest first.
    QStringList labels() const;

private:
    /// One mark for one change, or for a stream of changes of the same knob.
    struct Mark {
        double t_ms = 0.0;         ///< the first change
        double last_ms = 0.0;      ///< the last change merged into it
        qint64 lastUpdate_ms = 0;  ///< wall time of the last change merged into it
        QCPItemStraightLine* voltageLine = nullptr;
        QCPItemStraightLine* inputLine = nullptr;
        QCPItemText* label = nullptr;
    };

    /// The change at exactly `t_ms` (all of them, if several were recorded at that instant), if there is one.
    bool changeAt(double t_ms, ModelSetup& before, ModelSetup& after) const;
    ModelSetup before(const Mark& mark) const;
    /// The setup before the mark's first change against the one after its last.
    QString describe(const Mark& mark) const;
    void addMark(double t_ms);
    void removeMark(Mark& mark);

    std::shared_ptr<const RunHistory> history_;
    QCustomPlot* plot_;
    QCPAxisRect* voltageRect_;
    QCPAxisRect* inputRect_;
    QCPGraph* threshold_;
    QCPGraph* steadyState_;
    bool started_ = false;  ///< the run's first chunk has arrived: the level lines begin
    std::vector<double> steadyStateLevels_;
    std::vector<Mark> marks_;
    QElapsedTimer wallClock_;
};

}  // namespace lif::ui

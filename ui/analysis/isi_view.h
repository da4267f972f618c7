#pragma once
// IsiView shows the inter-spike intervals of the live run: running statistics (count, rate, mean ISI, CV) over
// the last N intervals or the whole run, the ISI histogram, and on a second tab the return map (ISI n+1 against
// ISI n; a regular train is one point on the diagonal, a Poisson-driven one a cloud). Reset with the run.
// The numbers come from core's IsiStatistics; this widget only draws them, at most a few times a second.
//
// Threading: GUI thread only. Units: ms, Hz.
#include <QWidget>

#include <iosfwd>

#include "core/model/isi_statistics.h"

class QCheckBox;
class QCustomPlot;
class QCPBars;
class QCPGraph;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace lif::ui {

class IsiView final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kHistogramBins = 40;
    static constexpr int kDefaultLastIntervals = 200;

    explicit IsiView(QWidget* parent = nullptr);

    /// New spike times of the live run (non-decreasing).
    void addSpikes(const QVector<double>& spikes_ms);
    /// A new run: forgets every spike.
    void reset();

    const IsiStatistics& statistics() const { return statistics_; }
    /// Last N intervals, or IsiStatistics::kWholeRun.
    void setLastIntervals(std::size_t lastIntervals);
    /// The plot of the tab on show (histogram or return map).
    QCustomPlot* currentPlot() const;
    QCustomPlot* histogramPlot() const { return histogram_; }
    QCustomPlot* returnMapPlot() const { return returnMap_; }
    QString summaryText() const;
    /// The summarised intervals as CSV (index,isi_ms) with '#' lines for the statistics.
    void writeCsv(std::ostream& out) const;
    /// Redraws now (normally throttled to a few times a second).
    void refresh();

private:
    void scheduleRefresh();

    IsiStatistics statistics_;
    QLabel* summary_ = nullptr;
    QSpinBox* lastN_ = nullptr;
    QCheckBox* wholeRun_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QCustomPlot* histogram_ = nullptr;
    QCustomPlot* returnMap_ = nullptr;
    QCPBars* bars_ = nullptr;
    QCPGraph* pairs_ = nullptr;
    QCPGraph* diagonal_ = nullptr;
    QTimer* refreshTimer_ = nullptr;
    bool dirty_ = false;
};

}  // namespace lif::ui

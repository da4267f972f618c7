#pragma once
// AnalysisViews is the tab strip over the plots: the live trace first, then the views that turn watching into
// understanding, all updated live: the f-I curve with its theory (FiCurveView), the ISI statistics (IsiView) and
// the phase line (PhaseLineView). It feeds them from what the window already has (the setup, the chunks, the
// measured rate) and exports the view on show as a picture or CSV.
//
// Threading: GUI thread only.
#include <QTabWidget>

#include "core/model/run_setup.h"

namespace lif::ui {

class FiCurveView;
class IsiView;
class PhaseLineView;
struct SimulationChunk;

class AnalysisViews final : public QTabWidget {
    Q_OBJECT

public:
    /// `trace` (the live plots) becomes the first tab.
    AnalysisViews(QWidget* trace, const ModelSetup& setup, QWidget* parent = nullptr);

    void setSetup(const ModelSetup& setup);
    void noteChunk(const SimulationChunk& chunk);
    /// The run starts again at t = 0.
    void resetRun();
    /// The measured firing rate at the present input current, for the f-I curve's operating point.
    void setMeasuredRate(double current_pA, double rate_Hz);

    FiCurveView* fiCurve() const { return fiCurve_; }
    IsiView* isi() const { return isi_; }
    PhaseLineView* phaseLine() const { return phaseLine_; }
    /// True when an analysis view (not the trace) is on show.
    bool analysisShown() const { return currentIndex() > 0; }
    /// Writes the view on show to `path`: a picture by its suffix (.png, .svg, .pdf) or CSV (.csv). Returns an
    /// empty string on success, else the reason (the file is then untouched).
    QString exportCurrent(const QString& path);

private:
    FiCurveView* fiCurve_ = nullptr;
    IsiView* isi_ = nullptr;
    PhaseLineView* phaseLine_ = nullptr;
};

}  // namespace lif::ui

#pragma once
// FiCurvePlot draws an f-I curve on a QCustomPlot, the same way in the window's f-I view and in the pictures of
// `lifscope --headless --fi-png/--fi-svg/--fi-pdf`: the simulated rates (open circles, with standard-error bars
// when the input fluctuates), the closed form f(I) at the mean drive, the diffusion approximation (white-noise
// Siegert, dashed, and with the Fourcaud-Brunel correction, dotted) when the input fluctuates, the rheobase as a
// dashed vertical line, and optionally the live operating point. Every curve is named in the legend.
//
// Threading: GUI thread (QCustomPlot). Units: pA, Hz.
#include <QString>

#include <optional>

#include "core/model/parameters.h"
#include "core/model/theory.h"
#include "core/model/theory_fi.h"

class QCPErrorBars;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;

namespace lif::ui {

class FiCurvePlot {
public:
    /// Sets up the graphs on `plot` (which must outlive this object).
    explicit FiCurvePlot(QCustomPlot& plot);

    /// The theory for the neuron `p` over [lo, hi] pA; `injected` gives the noise protocol's fluctuations (its
    /// mean is replaced by each current). Returns the regime check at the top of the range.
    theory::RegimeCheck setTheory(const Parameters& p, const std::optional<theory::InjectedCurrent>& injected,
                                  double lo_pA, double hi_pA);
    /// The simulated points that were computed.
    void setCurve(const FiCurve& curve);
    void setOperatingPoint(double current_pA, double rate_Hz);
    void clearOperatingPoint();

private:
    void fitValueAxis();

    QCustomPlot& plot_;
    QCPGraph* simulated_ = nullptr;
    QCPErrorBars* errorBars_ = nullptr;
    QCPGraph* closedForm_ = nullptr;
    QCPGraph* siegert_ = nullptr;
    QCPGraph* fourcaudBrunel_ = nullptr;
    QCPGraph* operatingPoint_ = nullptr;
    QCPItemStraightLine* rheobase_ = nullptr;
    QCPItemText* rheobaseLabel_ = nullptr;
};

}  // namespace lif::ui

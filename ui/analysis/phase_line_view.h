#pragma once
// PhaseLineView draws the LIF's phase line: dV/dt against V for the present parameters and the drive the neuron
// feels right now (injected plus synaptic current), the fixed point V_inf where the line crosses zero, the
// threshold, the reset jump from Vth to Vreset as an arrow, arrows on the V axis for the direction of the flow,
// and a point that moves live with the neuron's state. It shows why the neuron fires only when V_inf > Vth: then
// the flow carries V through the threshold before it can settle.
//
//     C dV/dt = -gL (V - EL) + I      =>   dV/dt (mV/ms) = (-gL (V - EL) + I) / C,    V_inf = EL + I / gL
//
// Threading: GUI thread only. Units: mV, mV/ms, pA.
#include <QWidget>

#include <iosfwd>
#include <vector>

#include "core/model/run_setup.h"

class QCustomPlot;
class QCPGraph;
class QCPItemLine;
class QCPItemText;
class QLabel;

namespace lif::ui {

class PhaseLineView final : public QWidget {
    Q_OBJECT

public:
    explicit PhaseLineView(QWidget* parent = nullptr);

    /// The parameters in force; the line is redrawn for them.
    void setSetup(const ModelSetup& setup);
    /// The neuron's latest state: its voltage and the total current it receives (Iext + Isyn), pA.
    void setState(double V_mV, double drive_pA);

    QCustomPlot* plot() const { return plot_; }
    /// The drawn line as CSV (V_mV,dVdt_mV_per_ms) with '#' lines for the parameters and the drive.
    void writeCsv(std::ostream& out) const;

    /// dV/dt at V for `drive_pA`, mV/ms.
    static double slope(const Parameters& p, double V_mV, double drive_pA);
    /// Where the line crosses zero, mV.
    static double fixedPoint(const Parameters& p, double drive_pA);

    double drive_pA() const { return drive_pA_; }
    double threshold_mV() const { return parameters_.Vth; }

private:
    void redraw();

    QCustomPlot* plot_ = nullptr;
    QLabel* verdict_ = nullptr;
    QCPGraph* line_ = nullptr;
    QCPGraph* threshold_ = nullptr;
    QCPGraph* fixedPoint_ = nullptr;
    QCPGraph* state_ = nullptr;
    QCPItemLine* resetArrow_ = nullptr;
    QCPItemText* resetLabel_ = nullptr;
    std::vector<QCPItemLine*> flowArrows_;  ///< on the V axis, pointing where the flow carries V
    Parameters parameters_;
    double drive_pA_ = 0.0;
    double V_mV_ = -65.0;
    bool haveState_ = false;
};

}  // namespace lif::ui

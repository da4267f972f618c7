#include "ui/analysis/phase_line_view.h"

#include <qcustomplot.h>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <ostream>

#include "core/model/numbers.h"
#include "ui/plots/plot_style.h"
#include "ui/style/display_format.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {

constexpr int kLinePoints = 200;
constexpr int kFlowArrows = 9;

QCPScatterStyle disc(const QColor& colour, double size, bool filled) {
    return QCPScatterStyle(QCPScatterStyle::ssCircle, colour, filled ? colour : QColor(Qt::white), size);
}

}  // namespace

double PhaseLineView::slope(const Parameters& p, double V_mV, double drive_pA) {
    return (-p.gL * (V_mV - p.EL) + drive_pA) / p.C;
}

double PhaseLineView::fixedPoint(const Parameters& p, double drive_pA) {
    return p.EL + drive_pA / p.gL;
}

PhaseLineView::PhaseLineView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    verdict_ = new QLabel(this);
    verdict_->setWordWrap(true);
    verdict_->setObjectName(QStringLiteral("phaseLineVerdict"));
    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("phaseLinePlot"));
    plot_->setMinimumSize(240, 180);
    stylePlot(*plot_, tr("membrane potential V (mV)"), tr("dV/dt (mV/ms)"));
    plot_->legend->setVisible(true);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(verdict_);
    layout->addWidget(plot_, 1);

    line_ = plot_->addGraph();
    line_->setName(tr("dV/dt = (−gL (V − EL) + I) / C"));
    line_->setPen(plotPen(palette::voltage(), 2.0));
    threshold_ = plot_->addGraph();
    threshold_->setName(tr("threshold Vth"));
    threshold_->setPen(plotPen(palette::threshold(), 1.5, Qt::DashLine));
    fixedPoint_ = plot_->addGraph();
    fixedPoint_->setName(tr("fixed point V∞"));
    fixedPoint_->setLineStyle(QCPGraph::lsNone);
    fixedPoint_->setScatterStyle(disc(palette::steadyState(), 11, true));
    state_ = plot_->addGraph();
    state_->setName(tr("the neuron now"));
    state_->setLineStyle(QCPGraph::lsNone);
    state_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, palette::ink(), palette::orange(), 12));
    for (int i = 0; i < kFlowArrows; ++i) {
        auto* arrow = new QCPItemLine(plot_);
        arrow->setHead(QCPLineEnding::esSpikeArrow);
        arrow->setPen(plotPen(palette::muted(), 1.5));
        flowArrows_.push_back(arrow);
    }
    resetArrow_ = new QCPItemLine(plot_);
    resetArrow_->setHead(QCPLineEnding::esSpikeArrow);
    resetArrow_->setPen(plotPen(palette::spike(), 1.5));
    resetLabel_ = new QCPItemText(plot_);
    resetLabel_->setText(tr("reset"));
    resetLabel_->setColor(palette::spike());
    resetLabel_->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    redraw();
}

void PhaseLineView::setSetup(const ModelSetup& setup) {
    parameters_ = setup.parameters;
    if (!haveState_) {
        drive_pA_ = setup.stimulus.amplitude();
    }
    redraw();
}

void PhaseLineView::setState(double V_mV, double drive_pA) {
    V_mV_ = V_mV;
    drive_pA_ = drive_pA;
    haveState_ = true;
    redraw();
}

void PhaseLineView::redraw() {
    const Parameters& p = parameters_;
    const double vInf = fixedPoint(p, drive_pA_);
    const double lo = std::min({p.Vreset, p.EL, std::max(vInf, p.Vreset - 30.0)}) - 10.0;
    const double hi = std::max(p.Vth, std::min(vInf, p.Vth + 30.0)) + 10.0;
    QVector<double> v(kLinePoints);
    QVector<double> dv(kLinePoints);
    for (int i = 0; i < kLinePoints; ++i) {
        v[i] = lo + (hi - lo) * i / (kLinePoints - 1);
        dv[i] = slope(p, v[i], drive_pA_);
    }
    line_->setData(v, dv, true);
    const double top = std::max({slope(p, lo, drive_pA_), slope(p, hi, drive_pA_), 0.1});
    const double bottom = std::min({slope(p, lo, drive_pA_), slope(p, hi, drive_pA_), -0.1});
    const double margin = 0.08 * (top - bottom);
    threshold_->setData({p.Vth, p.Vth}, {bottom - margin, top + margin});
    // The fixed point is where V would settle; drawn open when it lies beyond the threshold and is never reached.
    const bool fires = vInf >= p.Vth;
    fixedPoint_->setScatterStyle(disc(palette::steadyState(), 11, !fires));
    if (vInf > lo && vInf < hi) {
        fixedPoint_->setData({vInf}, {0.0});
    } else {
        fixedPoint_->data()->clear();
    }
    // Short arrows on the V axis: where dV/dt > 0 the flow carries V to the right, where it is < 0 to the left.
    const double half = 0.018 * (hi - lo);
    for (int i = 0; i < kFlowArrows; ++i) {
        const double at = lo + (hi - lo) * (i + 1) / (kFlowArrows + 1);
        const double direction = slope(p, at, drive_pA_) > 0.0 ? 1.0 : -1.0;
        QCPItemLine* arrow = flowArrows_[static_cast<std::size_t>(i)];
        arrow->setVisible(std::fabs(at - vInf) > 2.0 * half);
        arrow->start->setCoords(at - direction * half, 0.0);
        arrow->end->setCoords(at + direction * half, 0.0);
    }
    // Just below the V axis, so that it does not hide the flow arrows on it.
    const double arrowY = -0.12 * (top - bottom);
    resetArrow_->start->setCoords(p.Vth, arrowY);
    resetArrow_->end->setCoords(p.Vreset, arrowY);
    resetLabel_->position->setCoords(0.5 * (p.Vth + p.Vreset), arrowY);
    if (haveState_) {
        state_->setData({V_mV_}, {slope(p, V_mV_, drive_pA_)});
    }
    plot_->xAxis->setRange(lo, hi);
    plot_->yAxis->setRange(bottom - margin, top + margin);

    const QString margin_mV = displayQuantity(vInf - p.Vth, "mV", 3);
    verdict_->setText(
        fires ? tr("V∞ = %1 is above the threshold (V∞ − Vth = %2): the flow carries V through Vth, the neuron "
                   "fires and is reset.")
                    .arg(displayQuantity(vInf, "mV", 4), margin_mV)
              : tr("V∞ = %1 is below the threshold (V∞ − Vth = %2): V settles at V∞ and the neuron stays silent "
                   "(unless fluctuations carry it over).")
                    .arg(displayQuantity(vInf, "mV", 4), margin_mV));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void PhaseLineView::writeCsv(std::ostream& out) const {
    out << "# lifscope phase line: dV/dt = (-gL (V - EL) + I) / C\n"
        << "# drive_pA: " << formatRoundTrip(drive_pA_) << "\n"
        << "# C_pF: " << formatRoundTrip(parameters_.C) << "\n"
        << "# gL_nS: " << formatRoundTrip(parameters_.gL) << "\n"
        << "# EL_mV: " << formatRoundTrip(parameters_.EL) << "\n"
        << "# Vth_mV: " << formatRoundTrip(parameters_.Vth) << "\n"
        << "# Vreset_mV: " << formatRoundTrip(parameters_.Vreset) << "\n"
        << "# V_inf_mV: " << formatRoundTrip(fixedPoint(parameters_, drive_pA_)) << "\n"
        << "V_mV,dVdt_mV_per_ms\n";
    for (auto it = line_->data()->constBegin(); it != line_->data()->constEnd(); ++it) {
        out << formatRoundTrip(it->key) << ',' << formatRoundTrip(it->value) << '\n';
    }
}

}  // namespace lif::ui

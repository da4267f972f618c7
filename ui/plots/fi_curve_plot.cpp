#include "ui/plots/fi_curve_plot.h"

#include <qcustomplot.h>
#include <QCoreApplication>

#include <algorithm>

#include "ui/plots/plot_style.h"
#include "ui/style/display_format.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {
constexpr int kTheoryPoints = 400;

void showInLegend(QCPGraph* graph, bool shown) {
    graph->setVisible(shown);
    if (shown) {
        graph->addToLegend();
    } else {
        graph->removeFromLegend();
    }
}
}  // namespace

FiCurvePlot::FiCurvePlot(QCustomPlot& plot) : plot_(plot) {
    stylePlot(plot_, QCoreApplication::translate("lif::ui::FiCurvePlot", "injected current I (pA)"),
              QCoreApplication::translate("lif::ui::FiCurvePlot", "firing rate (Hz)"));
    plot_.legend->setVisible(true);
    plot_.legend->setBorderPen(Qt::NoPen);
    plot_.legend->setBrush(QColor(255, 255, 255, 220));
    plot_.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    closedForm_ = plot_.addGraph();
    closedForm_->setName(QCoreApplication::translate("lif::ui::FiCurvePlot", "closed form f(I)"));
    closedForm_->setPen(plotPen(palette::steadyState(), 2.0));
    siegert_ = plot_.addGraph();
    siegert_->setName(QCoreApplication::translate("lif::ui::FiCurvePlot", "diffusion approx.: Siegert (white noise)"));
    siegert_->setPen(plotPen(palette::reddishPurple(), 1.5, Qt::DashLine));
    fourcaudBrunel_ = plot_.addGraph();
    fourcaudBrunel_->setName(QCoreApplication::translate("lif::ui::FiCurvePlot", "diffusion approx.: Fourcaud-Brunel"));
    fourcaudBrunel_->setPen(plotPen(palette::orange(), 2.0, Qt::DotLine));
    simulated_ = plot_.addGraph();
    simulated_->setName(QCoreApplication::translate("lif::ui::FiCurvePlot", "simulated"));
    simulated_->setLineStyle(QCPGraph::lsNone);
    simulated_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, palette::blue(), Qt::white, 6));
    errorBars_ = new QCPErrorBars(plot_.xAxis, plot_.yAxis);
    errorBars_->setDataPlottable(simulated_);
    errorBars_->setPen(plotPen(palette::blue()));
    errorBars_->removeFromLegend();
    operatingPoint_ = plot_.addGraph();
    operatingPoint_->setName(QCoreApplication::translate("lif::ui::FiCurvePlot", "now (measured)"));
    operatingPoint_->setLineStyle(QCPGraph::lsNone);
    operatingPoint_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, palette::ink(), palette::vermillion(), 13));
    showInLegend(operatingPoint_, false);
    rheobase_ = new QCPItemStraightLine(&plot_);
    rheobase_->setPen(plotPen(palette::muted(), 1.0, Qt::DashLine));
    rheobaseLabel_ = new QCPItemText(&plot_);
    rheobaseLabel_->setColor(palette::muted());
    rheobaseLabel_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    rheobaseLabel_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
}

theory::RegimeCheck FiCurvePlot::setTheory(const Parameters& p, const std::optional<theory::InjectedCurrent>& injected,
                                           double lo_pA, double hi_pA) {
    const double lo = std::min(lo_pA, hi_pA);
    const double hi = std::max({lo_pA, hi_pA, lo + 1.0});
    QVector<double> currents;
    QVector<double> closed;
    QVector<double> siegert;
    QVector<double> brunel;
    theory::Prediction prediction;
    for (int i = 0; i < kTheoryPoints; ++i) {
        theory::InjectedCurrent input = injected.value_or(theory::InjectedCurrent{});
        input.mean_pA = lo + (hi - lo) * i / (kTheoryPoints - 1);
        prediction = theory::predict(p, input);
        currents.push_back(input.mean_pA);
        closed.push_back(prediction.deterministic_Hz);
        siegert.push_back(prediction.siegert.rate_Hz);
        brunel.push_back(prediction.fourcaudBrunel.rate_Hz);
    }
    const bool fluctuating = prediction.membrane.fluctuating;
    closedForm_->setData(currents, closed, true);
    siegert_->setData(currents, siegert, true);
    fourcaudBrunel_->setData(currents, brunel, true);
    showInLegend(siegert_, fluctuating);
    showInLegend(fourcaudBrunel_, fluctuating);
    const double rheobase = theory::rheobaseInjected_pA(p);
    rheobase_->point1->setCoords(rheobase, 0.0);
    rheobase_->point2->setCoords(rheobase, 1.0);
    rheobaseLabel_->position->setCoords(rheobase, 0.98);
    rheobaseLabel_->setText(
        QCoreApplication::translate("lif::ui::FiCurvePlot", " rheobase %1").arg(displayQuantity(rheobase, "pA", 4)));
    plot_.xAxis->setRange(lo, hi);
    fitValueAxis();
    return prediction.regime;
}

void FiCurvePlot::setCurve(const FiCurve& curve) {
    QVector<double> currents;
    QVector<double> rates;
    QVector<double> errors;
    bool withErrors = false;
    for (const FiPoint& point : curve.points) {
        if (!point.computed) continue;
        currents.push_back(point.current_pA);
        rates.push_back(point.rate_Hz);
        errors.push_back(point.rateSem_Hz);
        withErrors = withErrors || point.rateSem_Hz > 0.0;
    }
    simulated_->setData(currents, rates, true);
    errorBars_->setVisible(withErrors);
    errorBars_->setData(errors);
    fitValueAxis();
}

void FiCurvePlot::setOperatingPoint(double current_pA, double rate_Hz) {
    operatingPoint_->setData({current_pA}, {rate_Hz});
    showInLegend(operatingPoint_, true);
}

void FiCurvePlot::clearOperatingPoint() {
    operatingPoint_->data()->clear();
    showInLegend(operatingPoint_, false);
}

void FiCurvePlot::fitValueAxis() {
    double top = 10.0;
    for (QCPGraph* graph : {closedForm_, simulated_, fourcaudBrunel_}) {
        bool found = false;
        const QCPRange range = graph->getValueRange(found, QCP::sdBoth, plot_.xAxis->range());
        if (found && graph->visible()) top = std::max(top, range.upper);
    }
    plot_.yAxis->setRange(0.0, top * 1.12);
}

}  // namespace lif::ui

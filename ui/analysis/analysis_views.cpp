#include "ui/analysis/analysis_views.h"

#include <qcustomplot.h>

#include <sstream>

#include "core/io/atomic_file.h"
#include "core/model/errors.h"
#include "ui/analysis/fi_curve_view.h"
#include "ui/analysis/isi_view.h"
#include "ui/analysis/phase_line_view.h"
#include "ui/plots/plot_export.h"
#include "ui/simulation/simulation_types.h"

namespace lif::ui {

AnalysisViews::AnalysisViews(QWidget* trace, const ModelSetup& setup, QWidget* parent) : QTabWidget(parent) {
    setObjectName(QStringLiteral("views"));
    setDocumentMode(true);
    fiCurve_ = new FiCurveView(this);
    isi_ = new IsiView(this);
    phaseLine_ = new PhaseLineView(this);
    addTab(trace, tr("&Trace"));
    addTab(fiCurve_, tr("&f-I curve"));
    addTab(isi_, tr("&ISI"));
    addTab(phaseLine_, tr("&Phase line"));
    setTabToolTip(1, tr("Firing rate against input current: simulation, closed form and diffusion theory"));
    setTabToolTip(2, tr("Inter-spike intervals: statistics, histogram and return map"));
    setTabToolTip(3, tr("dV/dt against V: why the neuron fires only when V∞ > Vth"));
    setSetup(setup);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == isi_) isi_->refresh();
    });
}

void AnalysisViews::setSetup(const ModelSetup& setup) {
    fiCurve_->setSetup(setup);
    phaseLine_->setSetup(setup);
}

void AnalysisViews::noteChunk(const SimulationChunk& chunk) {
    isi_->addSpikes(chunk.spikes_ms);
    // The latest sample below the drawn spike peaks is the neuron's state; the drive is what it feels there.
    for (qsizetype i = chunk.V_mV.size() - 1; i >= 0; --i) {
        if (chunk.V_mV[i] < phaseLine_->threshold_mV()) {
            phaseLine_->setState(chunk.V_mV[i], chunk.Iext_pA[i] + chunk.Isyn_pA[i]);
            break;
        }
    }
}

void AnalysisViews::resetRun() {
    isi_->reset();
}

void AnalysisViews::setMeasuredRate(double current_pA, double rate_Hz) {
    fiCurve_->setOperatingPoint(current_pA, rate_Hz);
}

QString AnalysisViews::exportCurrent(const QString& path) {
    QWidget* view = currentWidget();
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        std::ostringstream text;
        try {
            if (view == fiCurve_) {
                fiCurve_->writeCsv(text);
            } else if (view == isi_) {
                isi_->writeCsv(text);
            } else if (view == phaseLine_) {
                phaseLine_->writeCsv(text);
            } else {
                return tr("The trace is exported with File > Export data.");
            }
            writeFileAtomically(path.toStdString(), text.str(), "analysis CSV");
        } catch (const std::exception& error) {
            return QString::fromStdString(error.what());
        }
        return {};
    }
    const auto format = imageFormatForPath(path);
    if (!format) {
        return tr("'%1': choose a name ending in .png, .svg, .pdf or .csv").arg(path);
    }
    QCustomPlot* plot = view == fiCurve_     ? fiCurve_->plot()
                        : view == isi_       ? isi_->currentPlot()
                        : view == phaseLine_ ? phaseLine_->plot()
                                             : nullptr;
    if (plot == nullptr) {
        return tr("The trace is exported with File > Export image.");
    }
    return exportPlot(*plot, path, *format, plot->size());
}

}  // namespace lif::ui

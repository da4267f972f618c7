#include "ui/plots/recording_plot.h"

#include <qcustomplot.h>
#include <QCoreApplication>

#include <algorithm>
#include <cmath>

#include "ui/plots/plot_style.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {

constexpr double kTracePen_px = 2.0;
/// Spikes closer than this many pixel columns share one stroke.
constexpr double kSpikeMerge_columns = 0.25;

QPen exportPen(const QColor& colour, double width = kTracePen_px, Qt::PenStyle style = Qt::SolidLine) {
    QPen pen(colour, width, style);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

/// Text sizes follow the picture's height so that a 1200x800 or a 1920x1080 picture reads well on a slide.
using Fonts = SlideFonts;

/// The shared axis look (plot_style.h) as on a slide, with a zero line as light as the grid.
void styleRecordingAxis(QCPAxis* axis, const QString& label, const Fonts& fonts) {
    styleAxis(axis, label);
    styleSlideAxis(axis, fonts);
    axis->grid()->setZeroLinePen(plotPen(palette::grid().darker(115)));
}

QCPRange paddedRange(double lower, double upper, double fraction, double minimumSpan) {
    if (!(upper > lower)) {
        lower -= minimumSpan / 2.0;
        upper += minimumSpan / 2.0;
    }
    const double pad = (upper - lower) * fraction;
    return QCPRange(lower - pad, upper + pad);
}

}  // namespace

void RecordingPlot::decimate(const QVector<double>& t, const QVector<double>& y, double t0, double t1, int columns,
                             QVector<double>& outT, QVector<double>& outY) {
    outT.clear();
    outY.clear();
    if (t.size() <= 4LL * columns || !(t1 > t0)) {
        outT = t;
        outY = y;
        return;
    }
    const double perColumn = static_cast<double>(columns) / (t1 - t0);
    int i = 0;
    const int n = static_cast<int>(t.size());
    while (i < n) {
        const double column = std::floor((t[i] - t0) * perColumn);
        int end = i + 1;
        int lowest = i;
        int highest = i;
        while (end < n && std::floor((t[end] - t0) * perColumn) == column) {
            if (y[end] < y[lowest]) lowest = end;
            if (y[end] > y[highest]) highest = end;
            ++end;
        }
        int picks[4] = {i, std::min(lowest, highest), std::max(lowest, highest), end - 1};
        int previous = -1;
        for (const int pick : picks) {
            if (pick != previous) {
                outT.push_back(t[pick]);
                outY.push_back(y[pick]);
                previous = pick;
            }
        }
        i = end;
    }
}

RecordingPlot::RecordingPlot(const Session& session, const Batch& recording, QSize size)
    : plot_(std::make_unique<QCustomPlot>()) {
    QCustomPlot& plot = *plot_;
    plot.resize(size);
    plot.setBackground(QBrush(Qt::white));
    plot.setAntialiasedElements(QCP::aeAll);
    const Fonts fonts = slideFontsFor(size);
    const Parameters& p = session.run.parameters;
    const double duration = session.duration_ms;

    QCPAxisRect* voltageRect = plot.axisRect();
    auto* inputRect = new QCPAxisRect(&plot);
    QCPLayoutGrid* layout = plot.plotLayout();
    layout->addElement(1, 0, inputRect);
    auto* margins = new QCPMarginGroup(&plot);
    for (QCPAxisRect* rect : {voltageRect, inputRect}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    }
    QCPAxis* vTime = voltageRect->axis(QCPAxis::atBottom);
    QCPAxis* vValue = voltageRect->axis(QCPAxis::atLeft);
    QCPAxis* iTime = inputRect->axis(QCPAxis::atBottom);
    QCPAxis* iValue = inputRect->axis(QCPAxis::atLeft);
    styleRecordingAxis(vTime, QString(), fonts);
    styleRecordingAxis(vValue, QStringLiteral("V (mV)"), fonts);
    const bool seconds = duration >= 10000.0;
    styleRecordingAxis(iTime,
                       seconds ? QCoreApplication::translate("lif::ui::RecordingPlot", "time (s)")
                               : QCoreApplication::translate("lif::ui::RecordingPlot", "time (ms)"),
                       fonts);
    styleRecordingAxis(iValue, QCoreApplication::translate("lif::ui::RecordingPlot", "current (pA)"), fonts);
    vTime->setTickLabels(false);
    const double timeScale = seconds ? 1e-3 : 1.0;
    for (QCPAxis* time : {vTime, iTime}) {
        time->setRange(0.0, duration * timeScale);
    }

    // ---- data, decimated per pixel column ----
    const int n = static_cast<int>(recording.samples.size());
    QVector<double> t(n);
    QVector<double> v(n);
    QVector<double> iext(n);
    QVector<double> isyn(n);
    for (int k = 0; k < n; ++k) {
        const Sample& sample = recording.samples[static_cast<std::size_t>(k)];
        t[k] = sample.t_ms * timeScale;
        v[k] = sample.V_mV;
        iext[k] = sample.Iext_pA;
        isyn[k] = sample.Isyn_pA;
    }
    const int columns = std::max(100, size.width());
    const double end = duration * timeScale;
    QVector<double> dt;
    QVector<double> dy;

    QCPGraph* voltage = plot.addGraph(vTime, vValue);
    voltage->setName(QCoreApplication::translate("lif::ui::RecordingPlot", "membrane potential V"));
    voltage->setPen(exportPen(palette::voltage()));
    voltage->setAdaptiveSampling(false);
    decimate(t, v, 0.0, end, columns, dt, dy);
    voltage->setData(dt, dy, true);

    QCPGraph* threshold = plot.addGraph(vTime, vValue);
    threshold->setName(QCoreApplication::translate("lif::ui::RecordingPlot", "threshold Vth"));
    threshold->setPen(exportPen(palette::threshold(), 1.5, Qt::DashLine));
    threshold->setData({0.0, end}, {p.Vth, p.Vth}, true);

    // Every spike a stroke from threshold to peak at its exact time (NaN separates the strokes).
    QCPGraph* spikes = plot.addGraph(vTime, vValue);
    spikes->setName(QCoreApplication::translate("lif::ui::RecordingPlot", "spike"));
    spikes->setPen(exportPen(palette::spike()));
    spikes->setAdaptiveSampling(false);
    {
        QVector<double> keys;
        QVector<double> values;
        const double merge = kSpikeMerge_columns * end / columns;
        double last = -1e300;
        for (const double spike_ms : recording.spikeTimes_ms) {
            const double at = spike_ms * timeScale;
            if (at - last < merge) {
                continue;  // the same pixel: the stroke is already there
            }
            last = at;
            keys << at << at << at;
            values << p.Vth << p.Vpeak << std::nan("");
        }
        spikes->setData(keys, values, true);
    }

    QCPGraph* injected = plot.addGraph(iTime, iValue);
    injected->setName(QCoreApplication::translate("lif::ui::RecordingPlot", "injected Iext"));
    injected->setPen(exportPen(palette::injected()));
    injected->setAdaptiveSampling(false);
    decimate(t, iext, 0.0, end, columns, dt, dy);
    injected->setData(dt, dy, true);
    QCPGraph* synaptic = plot.addGraph(iTime, iValue);
    synaptic->setName(QCoreApplication::translate("lif::ui::RecordingPlot", "synaptic Isyn"));
    synaptic->setPen(exportPen(palette::synaptic()));
    synaptic->setAdaptiveSampling(false);
    decimate(t, isyn, 0.0, end, columns, dt, dy);
    synaptic->setData(dt, dy, true);
    const bool anySynaptic = std::any_of(isyn.begin(), isyn.end(), [](double x) { return x != 0.0; });
    if (!anySynaptic) {
        synaptic->removeFromLegend();
        synaptic->setVisible(false);
    }

    // ---- value ranges: the whole trace, threshold and peak always in view ----
    double vLow = std::min(p.Vreset, p.EL);
    double vHigh = std::max(p.Vth, recording.spikeTimes_ms.empty() ? p.Vth : p.Vpeak);
    for (const double x : v) {
        vLow = std::min(vLow, x);
        vHigh = std::max(vHigh, x);
    }
    vValue->setRange(paddedRange(vLow, vHigh, 0.06, 10.0));
    double iLow = 0.0;
    double iHigh = 0.0;
    for (const auto* series : {&iext, &isyn}) {
        for (const double x : *series) {
            iLow = std::min(iLow, x);
            iHigh = std::max(iHigh, x);
        }
    }
    iValue->setRange(paddedRange(iLow, iHigh, 0.1, 100.0));

    // ---- layout: legend strip on top, voltage twice the height of the currents ----
    QCPLegend* legend = plot.legend;
    voltageRect->insetLayout()->take(legend);
    voltageRect->insetLayout()->simplify();
    layout->insertRow(0);
    layout->addElement(0, 0, legend);
    layout->setRowStretchFactors({0.001, 2.0, 1.0});
    layout->setRowSpacing(0);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFont(fonts.legend);
    legend->setTextColor(palette::ink());
    legend->setIconSize(fonts.legend.pixelSize() * 2, fonts.legend.pixelSize());
    legend->setColumnSpacing(fonts.legend.pixelSize());
    plot.replot();
}

RecordingPlot::~RecordingPlot() = default;

}  // namespace lif::ui

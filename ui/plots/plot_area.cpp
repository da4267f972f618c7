#include "ui/plots/plot_area.h"

#include <qcustomplot.h>
#include <QKeyEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "ui/plots/history_overlay.h"
#include "ui/plots/plot_axes.h"
#include "ui/plots/plot_readout.h"
#include "ui/plots/plot_style.h"
#include "ui/plots/trace_history.h"
#include "ui/simulation/trace_packer.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {

/// Data kept to the left of the window, as a fraction of it, so the trace reaches the left edge.
constexpr double kKeepBeyondWindow = 0.02;

/// A filled disc of `diameter` px, antialiased, on a transparent background.
QPixmap discPixmap(const QColor& colour, int diameter) {
    QPixmap pixmap(diameter + 1, diameter + 1);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, diameter, diameter));
    return pixmap;
}

}  // namespace

PlotArea::PlotArea(std::shared_ptr<const RunHistory> history, double window_ms, QWidget* parent)
    : QWidget(parent), window_ms_(window_ms) {
    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("plot"));
    plot_->setPlottingHints(QCP::phCacheLabels | QCP::phImmediateRefresh);
    plot_->setNotAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeGrid | QCP::aeAxes);
    plot_->setBackground(QBrush(Qt::white));
    // An explicit minimum: the legend wraps to the width (fitLegend) instead of holding the window wide.
    plot_->setMinimumSize(320, 200);

    // ---- layout: legend strip, voltage, raster strip, input currents ----
    voltageRect_ = plot_->axisRect();
    rasterRect_ = new QCPAxisRect(plot_);
    inputRect_ = new QCPAxisRect(plot_);
    QCPLayoutGrid* layout = plot_->plotLayout();
    layout->addElement(1, 0, rasterRect_);
    layout->addElement(2, 0, inputRect_);
    layout->setRowSpacing(0);
    rasterRect_->setMinimumSize(0, 24);
    rasterRect_->setMaximumSize(QWIDGETSIZE_MAX, 24);
    auto* margins = new QCPMarginGroup(plot_);
    for (QCPAxisRect* rect : {voltageRect_, rasterRect_, inputRect_}) {
        // What the mouse pans and zooms while paused (the raster strip's height is fixed).
        const Qt::Orientations movable = rect == rasterRect_ ? Qt::Horizontal : Qt::Horizontal | Qt::Vertical;
        rect->setRangeDrag(movable);
        rect->setRangeZoom(movable);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
        rect->setMargins(QMargins(0, 4, 0, 0));
    }
    voltageRect_->setAutoMargins(QCP::msLeft | QCP::msRight);
    voltageRect_->setMargins(QMargins(0, 6, 0, 2));
    rasterRect_->setAutoMargins(QCP::msLeft | QCP::msRight);
    rasterRect_->setMargins(QMargins(0, 2, 0, 2));

    QCPAxis* vTime = voltageRect_->axis(QCPAxis::atBottom);
    QCPAxis* vValue = voltageRect_->axis(QCPAxis::atLeft);
    QCPAxis* rTime = rasterRect_->axis(QCPAxis::atBottom);
    QCPAxis* rValue = rasterRect_->axis(QCPAxis::atLeft);
    QCPAxis* iTime = inputRect_->axis(QCPAxis::atBottom);
    QCPAxis* iValue = inputRect_->axis(QCPAxis::atLeft);
    styleAxis(vTime, QString());
    const QString voltageLabel = tr("membrane potential V (mV)");
    styleAxis(vValue, voltageLabel);
    styleAxis(rTime, QString());
    styleAxis(rValue, QString());
    styleAxis(iTime, tr("time (ms)"));
    styleAxis(iValue, tr("current (pA)"));
    vTime->setTickLabels(false);
    rTime->setTickLabels(false);
    rTime->setTicks(false);
    rTime->grid()->setVisible(false);
    labelRasterStrip(rValue);
    rValue->setRange(-0.2, 1.2);
    setupTimeAxes({vTime, rTime, iTime}, iTime);
    iValue->grid()->setZeroLinePen(plotPen(palette::muted(), 1.0));

    // ---- plottables ----
    voltage_ = plot_->addGraph(vTime, vValue);
    voltage_->setName(QStringLiteral("V"));
    voltage_->setPen(plotPen(palette::voltage()));
    threshold_ = plot_->addGraph(vTime, vValue);
    threshold_->setName(tr("threshold Vth"));
    threshold_->setPen(plotPen(palette::threshold(), 1.5, Qt::DashLine));
    threshold_->setLineStyle(QCPGraph::lsStepLeft);
    steadyState_ = plot_->addGraph(vTime, vValue);
    steadyState_->setName(tr("V\u221e = EL + (Iext + \u27e8Isyn\u27e9)/gL"));
    steadyState_->setPen(plotPen(palette::steadyState(), 2.0, Qt::DotLine));
    steadyState_->setLineStyle(QCPGraph::lsStepLeft);
    spikeMarkers_ = plot_->addGraph(vTime, vValue);
    spikeMarkers_->setName(tr("spike"));
    spikeMarkers_->setLineStyle(QCPGraph::lsNone);
    // A disc drawn once into a pixmap and blitted per spike: ssDisc draws an ellipse per spike, which took ~12 ms
    // of a replot with a 10 s window at 1000x (630 spikes); a blit takes a fraction of that.
    spikeMarkers_->setScatterStyle(QCPScatterStyle(discPixmap(palette::spike(), 5)));
    raster_ = plot_->addGraph(rTime, rValue);
    raster_->setName(tr("spike raster"));
    // One vertical line per spike from the strip's bottom to its top: impulses are drawn as one batch of 1 px
    // lines, where a custom scatter shape costs a painter path per spike (~10 ms a frame for 600 spikes).
    raster_->setLineStyle(QCPGraph::lsImpulse);
    raster_->setPen(plotPen(palette::ink(), 1.0));
    injected_ = plot_->addGraph(iTime, iValue);
    injected_->setName(tr("Iext injected"));
    injected_->setPen(plotPen(palette::injected()));
    synaptic_ = plot_->addGraph(iTime, iValue);
    synaptic_->setName(tr("Isyn synaptic"));
    synaptic_->setPen(plotPen(palette::synaptic()));
    // The worker already reduced the trace to min/max pairs at about screen resolution; QCustomPlot's own
    // adaptive sampling on top of that draws spikes as doubled columns.
    for (QCPGraph* graph : {voltage_, threshold_, steadyState_, raster_, injected_, synaptic_}) {
        graph->setAdaptiveSampling(false);
    }

    // ---- one legend strip above the plots ----
    placeLegendAbove(plot_->legend, voltageRect_);
    layout->setRowStretchFactors({0.001, 3.0, 0.001, 1.3});
    raster_->removeFromLegend();  // the raster strip is labelled by its axis
    overlay_ =
        std::make_unique<HistoryOverlay>(std::move(history), plot_, voltageRect_, inputRect_, threshold_, steadyState_);
    recent_ = std::make_unique<TraceHistory>();
    readout_ = std::make_unique<PlotReadout>(plot_, QVector<QCPAxisRect*>{voltageRect_, rasterRect_, inputRect_},
                                             voltage_, injected_, synaptic_);

    for (QCPAxis* time : {vTime, rTime, iTime}) {
        connect(time, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &PlotArea::syncTimeAxes);
    }
    for (QCPAxis* axis : {vTime, rTime, iTime, vValue, iValue}) {
        connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &PlotArea::noteRangeChange);
    }
    plot_->setMouseTracking(true);  // the read-out follows the mouse without a button held
    plot_->installEventFilter(this);
    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) { readout_->pointAt(event->position()); });
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, &PlotArea::resetView);
    // Translated once here, not at every layout (one per replot).
    connect(plot_, &QCustomPlot::afterLayout, this, [vValue, iValue, voltageLabel, brief = tr("V (mV)")] {
        fitTickCount(vValue);
        fitTickCount(iValue);
        fitAxisLabel(vValue, voltageLabel, brief);
    });

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(plot_);

    frameTimer_.setSingleShot(true);
    frameTimer_.setTimerType(Qt::PreciseTimer);
    connect(&frameTimer_, &QTimer::timeout, this, &PlotArea::replotNow);
    sinceReplot_.start();
    setRunning(true);
    clear();
}

PlotArea::~PlotArea() = default;

int PlotArea::livePointBudget() {
    // Three traces of at most TracePacker::kMaxPointsPerWindow each, with the margin kept beyond the window; a
    // few points per generation change (the worker closes its bucket there) and the level lines. Markers and
    // raster ticks of at most kMarkersPerWindow each, from the margin before the view's end to the newest chunk's
    // time, at most a window after it.
    const double margin = 1.0 + 2.0 * kKeepBeyondWindow;
    const double trace = 3.0 * (TracePacker::kMaxPointsPerWindow * margin + 400.0);
    const double spikes = 2.0 * kMarkersPerWindow * (1.0 + margin);
    return static_cast<int>(trace + spikes) + 200;
}

int PlotArea::pointBudget() {
    // The recent history, and its copy in the plottables while paused (three traces and two spike plottables).
    const int history = TraceHistory::kMaxPoints + TraceHistory::kMaxSpikes;
    const int copy = 3 * TraceHistory::kMaxPoints + 2 * TraceHistory::kMaxSpikes;
    return livePointBudget() + history + copy;
}

int PlotArea::historyPointCount() const {
    return recent_->pointCount();
}

int PlotArea::pointCount() const {
    int count = 0;
    for (QCPGraph* graph : {voltage_, threshold_, steadyState_, spikeMarkers_, raster_, injected_, synaptic_}) {
        count += graph->dataCount();
    }
    return count + recent_->pointCount();
}

QStringList PlotArea::changeLabels() const {
    return overlay_->labels();
}

void PlotArea::clear() {
    for (QCPGraph* graph : {voltage_, threshold_, steadyState_, spikeMarkers_, raster_, injected_, synaptic_}) {
        graph->data()->clear();
    }
    overlay_->clear();
    recent_->clear();
    latest_ms_ = 0.0;
    newestSample_ms_ = 0.0;
    lastMarker_ms_ = -1e300;
    liveFrom_ms_ = -1e300;
    historyShown_ = false;
    resetView();  // a new run: an old zoom means nothing in it
}

void PlotArea::setWindow(double window_ms) {
    window_ms_ = window_ms;
    scheduleReplot();
}

void PlotArea::setRunning(bool running) {
    running_ = running;
    if (running) {
        plot_->setInteractions(QCP::Interactions());
        historyShown_ = false;  // trimmed away at the next replot
        following_ = true;
    } else {
        showHistory();
        plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    }
    scheduleReplot();
}

void PlotArea::resetView() {
    following_ = true;
    refitCurrents_ = true;
    scheduleReplot();
}

void PlotArea::showHistory() {
    if (!historyShown_) {
        recent_->prependTo(liveFrom_ms_, voltage_, injected_, synaptic_, spikeMarkers_, raster_);
        historyShown_ = true;
    }
}

void PlotArea::noteRangeChange() {
    if (!adjusting_) {
        following_ = false;  // panned or zoomed: the view stays there
    }
}

void PlotArea::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Home && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        resetView();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool PlotArea::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_ && event->type() == QEvent::Leave) {
        readout_->hide();
    }
    return QWidget::eventFilter(watched, event);
}

void PlotArea::syncTimeAxes(const QCPRange& range) {
    if (syncing_) {
        return;
    }
    syncing_ = true;
    for (QCPAxisRect* rect : {voltageRect_, rasterRect_, inputRect_}) {
        rect->axis(QCPAxis::atBottom)->setRange(range);
    }
    updateTimeUnits(inputRect_->axis(QCPAxis::atBottom), range);
    syncing_ = false;
}

void PlotArea::resizeEvent(QResizeEvent* event) {
    fitLegend(plot_->legend, event->size().width());
    QWidget::resizeEvent(event);
}

void PlotArea::appendChunk(const SimulationChunk& chunk) {
    bool soon = false;
    if (chunk.changeTime_ms.has_value()) {
        overlay_->noteChange(*chunk.changeTime_ms);
    }
    if (!chunk.t_ms.isEmpty()) {
        voltage_->addData(chunk.t_ms, chunk.V_mV, true);
        injected_->addData(chunk.t_ms, chunk.Iext_pA, true);
        synaptic_->addData(chunk.t_ms, chunk.Isyn_pA, true);
        latest_ms_ = std::max(latest_ms_, chunk.t_ms.back());
        for (auto i = chunk.t_ms.size(); i-- > 0;) {
            if (!std::isnan(chunk.V_mV[i])) {
                newestSample_ms_ = std::max(newestSample_ms_, chunk.t_ms[i]);
                break;
            }
        }
        soon = chunk.generation > std::max(pendingGeneration_, shownGeneration_);
        pendingGeneration_ = std::max(pendingGeneration_, chunk.generation);
    }
    recent_->append(chunk.t_ms, chunk.V_mV, chunk.Iext_pA, chunk.Isyn_pA);
    const double spacing = window_ms_ / kMarkersPerWindow;
    const double peak = overlay_->latest().parameters.Vpeak;  // the chunk's setup: recorded before it came
    for (const double t : chunk.spikes_ms) {
        if (t - lastMarker_ms_ >= spacing) {
            spikeMarkers_->addData(t, peak);
            raster_->addData(t, 1.0);
            lastMarker_ms_ = t;
        }
        recent_->appendSpike(t, peak);
    }
    latest_ms_ = std::max(latest_ms_, chunk.simTime_ms);
    recent_->reach(latest_ms_);
    // At a real 1000x one 16 ms frame brings more than a 10 s window of data: trim as chunks arrive, not only at
    // the replot, so that the plot holds at most pointBudget() points between replots too.
    trimLive();
    scheduleReplot(soon);
}

void PlotArea::trimLive() {
    if (historyShown_) {
        return;  // paused: what is in the plottables is what can be scrolled back over
    }
    const double keepFrom = viewEnd() - (1.0 + kKeepBeyondWindow) * window_ms_;
    for (QCPGraph* graph : {voltage_, spikeMarkers_, raster_, injected_, synaptic_}) {
        graph->data()->removeBefore(keepFrom);
    }
    liveFrom_ms_ = std::max(liveFrom_ms_, keepFrom);
}

void PlotArea::scheduleReplot(bool soon) {
    dirty_ = true;
    // At most one replot per frame: wait out the rest of the frame since the last one (at least 1 ms, so a
    // burst of chunks arriving together is drawn once). The first samples of an edit are what the person is
    // waiting for: they wait out a shorter interval (this raises the rate only while setups change).
    const int interval = soon ? kChangeFrameInterval_ms : kFrameInterval_ms;
    const qint64 elapsed = sinceReplot_.elapsed();
    const int wait = static_cast<int>(std::clamp<qint64>(interval - elapsed, 1, interval));
    if (frameTimer_.isActive() && (!soon || frameTimer_.remainingTime() <= wait)) {
        return;
    }
    frameTimer_.start(wait);
}

void PlotArea::trimAndScroll() {
    trimLive();
    overlay_->trimBefore(latest_ms_ - TraceHistory::kSpan_ms);  // marks stay as long as the recent history
    if (following_) {
        const double end = viewEnd();
        syncTimeAxes(QCPRange(std::max(0.0, end - window_ms_), std::max(window_ms_, end)));
    }
}

void PlotArea::updateValueRanges() {
    if (!following_) {
        return;
    }
    const QCPRange visible = voltageRect_->axis(QCPAxis::atBottom)->range();
    bool found = false;
    const QCPRange traced = valueRange({voltage_}, visible, found);
    fitVoltageAxis(voltageRect_->axis(QCPAxis::atLeft), overlay_->latest().parameters, overlay_->steadyStateLevels(),
                   found ? &traced : nullptr);
    const QCPRange currents = valueRange({injected_, synaptic_}, visible, found);
    fitCurrentAxis(inputRect_->axis(QCPAxis::atLeft), found ? &currents : nullptr, refitCurrents_);
    refitCurrents_ = false;
}

void PlotArea::replotNow() {
    if (!dirty_) {
        return;
    }
    dirty_ = false;
    adjusting_ = true;
    trimAndScroll();
    const QCPRange visible = voltageRect_->axis(QCPAxis::atBottom)->range();
    const double liveFrom = viewEnd() - (1.0 + kKeepBeyondWindow) * window_ms_;
    const double from = historyShown_ ? std::min(liveFrom, recent_->begin()) : liveFrom;
    overlay_->updateLevels(std::max(0.0, from), std::max(latest_ms_, visible.upper));
    updateValueRanges();
    adjusting_ = false;
    readout_->refresh();
    sinceReplot_.restart();  // the frame cadence counts from the start of a replot
    plot_->replot(QCustomPlot::rpRefreshHint);
    ++replots_;
    shownGeneration_ = pendingGeneration_;
    Q_EMIT replotted(shownGeneration_);
}

}  // namespace lif::ui

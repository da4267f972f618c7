#include "ui/plots/plot_area.h"

#include <qcustomplot.h>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "core/model/analytic.h"
#include "ui/plots/change_description.h"
#include "ui/simulation/trace_packer.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {

/// Changes of the same parameter closer together than this in wall time (a slider being dragged) share one mark.
constexpr qint64 kMarkMergeWall_ms = 800;
/// Data kept to the left of the window, as a fraction of it, so the trace reaches the left edge.
constexpr double kKeepBeyondWindow = 0.02;

double steadyStateOf(const ModelSetup& setup) {
    return analytic::steadyStateVoltage_mV(setup.parameters, setup.stimulus.amplitude());
}

QPen pen(const QColor& colour, double width = 1.0, Qt::PenStyle style = Qt::SolidLine) {
    QPen result(colour, width, style);
    result.setCapStyle(Qt::FlatCap);
    return result;
}

void styleAxis(QCPAxis* axis, const QString& label) {
    const QColor ink = palette::ink();
    axis->setLabel(label);
    axis->setBasePen(pen(palette::muted()));
    axis->setTickPen(pen(palette::muted()));
    axis->setSubTickPen(pen(palette::muted()));
    axis->setTickLabelColor(ink);
    axis->setLabelColor(ink);
    QFont labelFont = axis->labelFont();
    labelFont.setPointSizeF(10.0);
    axis->setLabelFont(labelFont);
    axis->grid()->setPen(pen(palette::grid()));
    axis->grid()->setZeroLinePen(pen(palette::muted().lighter(150)));
}

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

/// Union of the value ranges of `graphs` over `keys`; `found` false when none has data there.
QCPRange valueRange(std::initializer_list<QCPGraph*> graphs, const QCPRange& keys, bool& found) {
    QCPRange total;
    found = false;
    for (QCPGraph* graph : graphs) {
        bool graphFound = false;
        const QCPRange range = graph->getValueRange(graphFound, QCP::sdBoth, keys);
        if (graphFound) {
            total = found ? QCPRange(std::min(total.lower, range.lower), std::max(total.upper, range.upper)) : range;
            found = true;
        }
    }
    return total;
}

}  // namespace

PlotArea::PlotArea(const ModelSetup& setup, double window_ms, QWidget* parent)
    : QWidget(parent), applied_(setup), window_ms_(window_ms) {
    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("plot"));
    plot_->setPlottingHints(QCP::phCacheLabels | QCP::phImmediateRefresh);
    plot_->setNotAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeGrid | QCP::aeAxes);
    plot_->setBackground(QBrush(Qt::white));

    // ---- layout: legend strip, voltage, raster strip, input currents ----
    voltageRect_ = plot_->axisRect();
    rasterRect_ = new QCPAxisRect(plot_);
    inputRect_ = new QCPAxisRect(plot_);
    QCPLayoutGrid* layout = plot_->plotLayout();
    layout->addElement(1, 0, rasterRect_);
    layout->addElement(2, 0, inputRect_);
    layout->setRowSpacing(0);
    layout->setRowStretchFactors({3.0, 0.001, 1.5});
    rasterRect_->setMinimumSize(0, 24);
    rasterRect_->setMaximumSize(QWIDGETSIZE_MAX, 24);
    auto* margins = new QCPMarginGroup(plot_);
    for (QCPAxisRect* rect : {voltageRect_, rasterRect_, inputRect_}) {
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
    styleAxis(vValue, QStringLiteral("membrane potential V (mV)"));
    styleAxis(rTime, QString());
    styleAxis(rValue, QStringLiteral("spikes"));
    styleAxis(iTime, QStringLiteral("time (ms)"));
    styleAxis(iValue, QStringLiteral("current (pA)"));
    vTime->setTickLabels(false);
    rTime->setTickLabels(false);
    rTime->setTicks(false);
    rTime->grid()->setVisible(false);
    rValue->setTicks(false);
    rValue->setTickLabels(false);
    rValue->grid()->setVisible(false);
    rValue->setRange(-0.2, 1.2);
    rValue->setLabelPadding(2);
    for (QCPAxis* time : {vTime, rTime, iTime}) {
        time->setNumberFormat(QStringLiteral("f"));
        time->setNumberPrecision(0);
    }
    iValue->grid()->setZeroLinePen(pen(palette::muted(), 1.0));

    // ---- plottables ----
    voltage_ = plot_->addGraph(vTime, vValue);
    voltage_->setName(QStringLiteral("V"));
    voltage_->setPen(pen(palette::voltage()));
    // The worker already reduced the trace to min/max pairs at about screen resolution; QCustomPlot's own
    // adaptive sampling on top of that draws spikes as doubled columns.
    voltage_->setAdaptiveSampling(false);
    threshold_ = plot_->addGraph(vTime, vValue);
    threshold_->setName(QStringLiteral("threshold Vth"));
    threshold_->setPen(pen(palette::threshold(), 1.5, Qt::DashLine));
    threshold_->setLineStyle(QCPGraph::lsStepLeft);
    threshold_->setAdaptiveSampling(false);
    steadyState_ = plot_->addGraph(vTime, vValue);
    steadyState_->setName(QStringLiteral("V\u221e = EL + I/gL"));
    steadyState_->setPen(pen(palette::steadyState(), 2.0, Qt::DotLine));
    steadyState_->setLineStyle(QCPGraph::lsStepLeft);
    steadyState_->setAdaptiveSampling(false);
    spikeMarkers_ = plot_->addGraph(vTime, vValue);
    spikeMarkers_->setName(QStringLiteral("spike"));
    spikeMarkers_->setLineStyle(QCPGraph::lsNone);
    // A disc drawn once into a pixmap and blitted per spike: ssDisc draws an ellipse per spike, which took ~12 ms
    // of a replot with a 10 s window at 1000x (630 spikes); a blit takes a fraction of that.
    spikeMarkers_->setScatterStyle(QCPScatterStyle(discPixmap(palette::spike(), 5)));
    raster_ = plot_->addGraph(rTime, rValue);
    raster_->setName(QStringLiteral("spike raster"));
    // One vertical line per spike from the strip's bottom to its top: impulses are drawn as one batch of 1 px
    // lines, where a custom scatter shape costs a painter path per spike (~10 ms a frame for 600 spikes).
    raster_->setLineStyle(QCPGraph::lsImpulse);
    raster_->setPen(pen(palette::ink(), 1.0));
    raster_->setAdaptiveSampling(false);
    injected_ = plot_->addGraph(iTime, iValue);
    injected_->setName(QStringLiteral("Iext injected"));
    injected_->setPen(pen(palette::injected()));
    injected_->setAdaptiveSampling(false);
    synaptic_ = plot_->addGraph(iTime, iValue);
    synaptic_->setName(QStringLiteral("Isyn synaptic"));
    synaptic_->setPen(pen(palette::synaptic()));
    synaptic_->setAdaptiveSampling(false);

    // ---- one legend strip above the plots ----
    QCPLegend* legend = plot_->legend;
    voltageRect_->insetLayout()->take(legend);
    voltageRect_->insetLayout()->simplify();
    layout->insertRow(0);
    layout->addElement(0, 0, legend);
    layout->setRowStretchFactors({0.001, 3.0, 0.001, 1.3});
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(4, 2, 4, 0));
    legend->setColumnSpacing(14);
    legend->setTextColor(palette::ink());
    legend->setMaximumSize(QWIDGETSIZE_MAX, 26);
    raster_->removeFromLegend();  // the raster strip is labelled by its axis

    for (QCPAxis* time : {vTime, rTime, iTime}) {
        connect(time, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &PlotArea::syncTimeAxes);
    }

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(plot_);

    frameTimer_.setSingleShot(true);
    frameTimer_.setTimerType(Qt::PreciseTimer);
    connect(&frameTimer_, &QTimer::timeout, this, &PlotArea::replotNow);
    sinceReplot_.start();
    wallClock_.start();
    setRunning(true);
    clear();
}

int PlotArea::pointBudget() {
    // Three traces of at most TracePacker::kMaxPointsPerWindow each, markers and raster ticks of at most
    // kMarkersPerWindow each, all with the margin kept beyond the window; a few points per generation change
    // (the worker closes its bucket there) and the level lines.
    const double margin = 1.0 + 2.0 * kKeepBeyondWindow;
    const double trace = 3.0 * (TracePacker::kMaxPointsPerWindow * margin + 400.0);
    const double spikes = 2.0 * kMarkersPerWindow * margin;
    return static_cast<int>(trace + spikes) + 200;
}

int PlotArea::pointCount() const {
    int count = 0;
    for (QCPGraph* graph : {voltage_, threshold_, steadyState_, spikeMarkers_, raster_, injected_, synaptic_}) {
        count += graph->dataCount();
    }
    return count;
}

QStringList PlotArea::changeLabels() const {
    QStringList labels;
    for (const ChangeMark& mark : marks_) {
        labels << mark.label->text();
    }
    return labels;
}

void PlotArea::clear() {
    for (QCPGraph* graph : {voltage_, threshold_, steadyState_, spikeMarkers_, raster_, injected_, synaptic_}) {
        graph->data()->clear();
    }
    for (ChangeMark& mark : marks_) {
        removeMark(mark);
    }
    marks_.clear();
    thresholdLevels_.clear();
    steadyStateLevels_.clear();
    haveSetup_ = false;
    latest_ms_ = 0.0;
    lastMarker_ms_ = -1e300;
    scheduleReplot();
}

void PlotArea::setWindow(double window_ms) {
    window_ms_ = window_ms;
    scheduleReplot();
}

void PlotArea::setRunning(bool running) {
    running_ = running;
    if (running) {
        plot_->setInteractions(QCP::Interactions());
    } else {
        plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        for (QCPAxisRect* rect : {voltageRect_, inputRect_}) {
            rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
            rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
        }
        rasterRect_->setRangeDrag(Qt::Horizontal);
        rasterRect_->setRangeZoom(Qt::Horizontal);
    }
    scheduleReplot();
}

void PlotArea::syncTimeAxes(const QCPRange& range) {
    if (syncing_) {
        return;
    }
    syncing_ = true;
    for (QCPAxisRect* rect : {voltageRect_, rasterRect_, inputRect_}) {
        rect->axis(QCPAxis::atBottom)->setRange(range);
    }
    syncing_ = false;
}

void PlotArea::appendChunk(const SimulationChunk& chunk) {
    bool soon = false;
    if (chunk.setupChanged) {
        onSetupApplied(chunk);
    }
    if (!chunk.t_ms.isEmpty()) {
        voltage_->addData(chunk.t_ms, chunk.V_mV, true);
        injected_->addData(chunk.t_ms, chunk.Iext_pA, true);
        synaptic_->addData(chunk.t_ms, chunk.Isyn_pA, true);
        latest_ms_ = std::max(latest_ms_, chunk.t_ms.back());
        soon = chunk.generation > std::max(pendingGeneration_, shownGeneration_);
        pendingGeneration_ = std::max(pendingGeneration_, chunk.generation);
    }
    const double spacing = window_ms_ / kMarkersPerWindow;
    for (const double t : chunk.spikes_ms) {
        if (t - lastMarker_ms_ >= spacing) {
            spikeMarkers_->addData(t, chunk.setup.parameters.Vpeak);
            raster_->addData(t, 1.0);
            lastMarker_ms_ = t;
        }
    }
    latest_ms_ = std::max(latest_ms_, chunk.simTime_ms);
    // At a real 1000x one 16 ms frame brings more than a 10 s window of data: trim as chunks arrive, not only at
    // the replot, so that the plot holds at most pointBudget() points between replots too.
    const double keepFrom = latest_ms_ - (1.0 + kKeepBeyondWindow) * window_ms_;
    for (QCPGraph* graph : {voltage_, spikeMarkers_, raster_, injected_, synaptic_}) {
        graph->data()->removeBefore(keepFrom);
    }
    scheduleReplot(soon);
}

void PlotArea::onSetupApplied(const SimulationChunk& chunk) {
    const double t = chunk.changeTime_ms;
    if (!haveSetup_) {
        applied_ = chunk.setup;
        haveSetup_ = true;
        thresholdLevels_ = {{t, applied_.parameters.Vth}};
        steadyStateLevels_ = {{t, steadyStateOf(applied_)}};
        return;
    }
    if (chunk.setup == applied_) {
        return;
    }
    const ModelSetup previous = applied_;
    applied_ = chunk.setup;
    thresholdLevels_.emplace_back(t, applied_.parameters.Vth);
    steadyStateLevels_.emplace_back(t, steadyStateOf(applied_));

    // A slider being dragged sends a stream of changes of the same parameter: they extend the latest mark
    // rather than draw one each. A change of something else gets its own mark.
    const qint64 now = wallClock_.elapsed();
    const auto sameKnob = [&](const ChangeMark& mark) {
        const QStringList marked = changedNames(mark.before, mark.after);
        const QStringList changing = changedNames(previous, applied_);
        return std::all_of(changing.begin(), changing.end(),
                           [&](const QString& name) { return marked.contains(name); });
    };
    if (!marks_.empty() && now - marks_.back().lastUpdate_ms < kMarkMergeWall_ms && sameKnob(marks_.back())) {
        ChangeMark& mark = marks_.back();
        mark.after = applied_;
        mark.lastUpdate_ms = now;
        const QString text = describeChange(mark.before, mark.after);
        if (text.isEmpty()) {  // dragged back to where it started
            removeMark(mark);
            marks_.pop_back();
        } else {
            mark.label->setText(text);
        }
        return;
    }
    addMark(t, previous, applied_);
}

void PlotArea::addMark(double t_ms, const ModelSetup& before, const ModelSetup& after) {
    ChangeMark mark;
    mark.t_ms = t_ms;
    mark.before = before;
    mark.after = after;
    mark.lastUpdate_ms = wallClock_.elapsed();
    const QPen markPen = pen(palette::muted(), 1.0, Qt::DashDotLine);
    const auto line = [&](QCPAxisRect* rect) {
        auto* item = new QCPItemStraightLine(plot_);
        item->setClipAxisRect(rect);
        for (QCPItemPosition* point : {item->point1, item->point2}) {
            point->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            point->setAxisRect(rect);
        }
        item->point1->setCoords(t_ms, 0.0);
        item->point2->setCoords(t_ms, 1.0);
        item->setPen(markPen);
        return item;
    };
    mark.voltageLine = line(voltageRect_);
    mark.inputLine = line(inputRect_);
    mark.label = new QCPItemText(plot_);
    mark.label->setClipAxisRect(voltageRect_);
    mark.label->position->setAxes(voltageRect_->axis(QCPAxis::atBottom), voltageRect_->axis(QCPAxis::atLeft));
    mark.label->position->setAxisRect(voltageRect_);
    mark.label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    mark.label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    const int row = static_cast<int>(marks_.size() % 3);
    mark.label->position->setCoords(t_ms, 0.015 + 0.07 * row);
    mark.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    mark.label->setPadding(QMargins(3, 1, 3, 1));
    mark.label->setBrush(QBrush(QColor(255, 255, 255, 225)));
    mark.label->setColor(palette::ink());
    QFont font = mark.label->font();
    font.setPointSizeF(9.0);
    mark.label->setFont(font);
    mark.label->setText(describeChange(before, after));
    marks_.push_back(mark);
}

void PlotArea::removeMark(ChangeMark& mark) {
    plot_->removeItem(mark.voltageLine);
    plot_->removeItem(mark.inputLine);
    plot_->removeItem(mark.label);
    mark.voltageLine = nullptr;
    mark.inputLine = nullptr;
    mark.label = nullptr;
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
    const double start = latest_ms_ - window_ms_;
    const double keepFrom = start - kKeepBeyondWindow * window_ms_;
    for (QCPGraph* graph : {voltage_, spikeMarkers_, raster_, injected_, synaptic_}) {
        graph->data()->removeBefore(keepFrom);
    }
    while (!marks_.empty() && marks_.front().t_ms < keepFrom) {
        removeMark(marks_.front());
        marks_.erase(marks_.begin());
    }
    for (auto* levels : {&thresholdLevels_, &steadyStateLevels_}) {
        while (levels->size() > 1 && (*levels)[1].first <= keepFrom) {
            levels->erase(levels->begin());
        }
    }
    if (running_) {
        const QCPRange time(std::max(0.0, start), std::max(window_ms_, latest_ms_));
        syncTimeAxes(time);
    }
}

void PlotArea::updateLevels(double from_ms, double to_ms) {
    const auto fill = [&](QCPGraph* graph, const std::vector<std::pair<double, double>>& levels) {
        QVector<double> keys;
        QVector<double> values;
        for (const auto& [t, value] : levels) {
            keys.push_back(std::max(t, from_ms));
            values.push_back(value);
        }
        if (!levels.empty()) {
            keys.push_back(std::max(to_ms, keys.back()));
            values.push_back(levels.back().second);
        }
        graph->setData(keys, values, true);
    };
    fill(threshold_, thresholdLevels_);
    fill(steadyState_, steadyStateLevels_);
}

void PlotArea::updateValueRanges() {
    if (!running_) {
        return;
    }
    const QCPRange visible = voltageRect_->axis(QCPAxis::atBottom)->range();
    const Parameters& p = applied_.parameters;
    bool found = false;
    const QCPRange traced = valueRange({voltage_}, visible, found);
    double lower = std::min(p.EL, p.Vreset);
    double upper = std::max(p.Vpeak, p.Vth);
    for (const auto& level : steadyStateLevels_) {
        if (level.second < upper + 10.0) {
            lower = std::min(lower, level.second);
            upper = std::max(upper, level.second);
        }
    }
    if (found) {
        lower = std::min(lower, traced.lower);
    }
    const double pad = 0.06 * (upper - lower) + 1.0;
    voltageRect_->axis(QCPAxis::atLeft)->setRange(lower - pad, upper + pad);

    // Currents: follow the data, but only rescale when it leaves the range or fills less than half of it,
    // so the axis does not twitch on every frame.
    const QCPRange currents = valueRange({injected_, synaptic_}, visible, found);
    QCPRange wanted(std::min(0.0, found ? currents.lower : 0.0), std::max(0.0, found ? currents.upper : 0.0));
    if (wanted.size() < 1e-9) {
        wanted = QCPRange(wanted.lower - 50.0, wanted.upper + 50.0);
    }
    const double margin = 0.12 * wanted.size();
    wanted = QCPRange(wanted.lower - (wanted.lower < 0.0 ? margin : 0.0) - 0.04 * wanted.size(), wanted.upper + margin);
    QCPAxis* currentAxis = inputRect_->axis(QCPAxis::atLeft);
    const QCPRange shown = currentAxis->range();
    const bool outside = wanted.lower < shown.lower || wanted.upper > shown.upper;
    const bool tooLoose = wanted.size() < 0.5 * shown.size();
    if (outside || tooLoose) {
        currentAxis->setRange(wanted);
    }
}

void PlotArea::replotNow() {
    if (!dirty_) {
        return;
    }
    dirty_ = false;
    trimAndScroll();
    const QCPRange visible = voltageRect_->axis(QCPAxis::atBottom)->range();
    updateLevels(std::max(0.0, latest_ms_ - (1.0 + kKeepBeyondWindow) * window_ms_),
                 std::max(latest_ms_, visible.upper));
    updateValueRanges();
    sinceReplot_.restart();  // the frame cadence counts from the start of a replot
    plot_->replot(QCustomPlot::rpRefreshHint);
    ++replots_;
    shownGeneration_ = pendingGeneration_;
    Q_EMIT replotted(shownGeneration_);
}

}  // namespace lif::ui

#include "ui/plots/plot_readout.h"

#include <qcustomplot.h>
#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

#include "ui/plots/plot_axes.h"
#include "ui/plots/plot_style.h"
#include "ui/plots/trace_history.h"
#include "ui/style/display_format.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {

/// Points looked at on either side of the cursor for one that is not a gap (a spike shape has a few).
constexpr int kSearch = 12;

/// The point of `graph` nearest in time to `t_ms` whose value is a number; false if there is none nearby.
bool nearestSample(const QCPGraph* graph, double t_ms, QCPGraphData& found) {
    const QCPGraphDataContainer& data = *graph->data();
    if (data.isEmpty()) {
        return false;
    }
    const auto at =
        std::lower_bound(data.constBegin(), data.constEnd(), QCPGraphData(t_ms, 0.0), qcpLessThanSortKey<QCPGraphData>);
    bool any = false;
    double best = 0.0;
    const auto consider = [&](QCPGraphDataContainer::const_iterator it) {
        if (!std::isnan(it->value) && (!any || std::fabs(it->key - t_ms) < best)) {
            found = *it;
            best = std::fabs(it->key - t_ms);
            any = true;
        }
    };
    auto after = at;
    for (int i = 0; i < kSearch && after != data.constEnd(); ++i, ++after) {
        consider(after);
    }
    auto before = at;
    for (int i = 0; i < kSearch && before != data.constBegin(); ++i) {
        consider(--before);
    }
    return any;
}

/// The value of `graph` at exactly `t_ms` (its first point there that is a number), NaN if none.
double valueAt(const QCPGraph* graph, double t_ms) {
    const QCPGraphDataContainer& data = *graph->data();
    auto it =
        std::lower_bound(data.constBegin(), data.constEnd(), QCPGraphData(t_ms, 0.0), qcpLessThanSortKey<QCPGraphData>);
    for (; it != data.constEnd() && it->key == t_ms; ++it) {
        if (!std::isnan(it->value)) {
            return it->value;
        }
    }
    return std::nan("");
}

}  // namespace

PlotReadout::PlotReadout(QCustomPlot* plot, const QVector<QCPAxisRect*>& rects, QCPGraph* voltage, QCPGraph* injected,
                         QCPGraph* synaptic)
    : plot_(plot), rects_(rects), voltage_(voltage), injected_(injected), synaptic_(synaptic) {
    plot_->addLayer(QString::fromLatin1(kLayerName), plot_->layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    layer_ = plot_->layer(QString::fromLatin1(kLayerName));
    layer_->setMode(QCPLayer::lmBuffered);

    const std::array<QCPGraph*, 3> graphs{voltage_, injected_, synaptic_};
    for (std::size_t i = 0; i < graphs.size(); ++i) {
        QCPGraph* graph = graphs[i];
        auto* dot = new QCPItemTracer(plot_);
        dot->setLayer(layer_);
        dot->setClipAxisRect(graph->keyAxis()->axisRect());
        dot->position->setAxes(graph->keyAxis(), graph->valueAxis());
        dot->setStyle(QCPItemTracer::tsCircle);
        dot->setSize(7.0);
        dot->setPen(plotPen(graph->pen().color(), 1.5));
        dot->setBrush(QBrush(Qt::white));
        dots_[i] = dot;
    }
    label_ = new QCPItemText(plot_);
    label_->setLayer(layer_);
    QCPAxisRect* top = rects_.front();
    label_->setClipToAxisRect(false);
    label_->position->setAxisRect(top);
    label_->position->setType(QCPItemPosition::ptAxisRectRatio);
    label_->position->setCoords(1.0, 0.0);
    label_->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    label_->setPadding(QMargins(4, 2, 4, 2));
    label_->setBrush(QBrush(QColor(255, 255, 255, 235)));
    label_->setPen(plotPen(palette::muted(), 1.0));
    label_->setColor(palette::ink());
    QFont font = label_->font();
    font.setPointSizeF(9.0);
    label_->setFont(font);
    setVisible(false);
}

QString PlotReadout::text() const {
    return shown_ ? label_->text() : QString();
}

void PlotReadout::pointAt(const QPointF& pixel) {
    pixel_ = pixel;
    pointing_ = true;
    const bool wasShown = shown_;
    refresh();
    if (shown_ || wasShown) {
        layer_->replot();
    }
}

void PlotReadout::hide() {
    pointing_ = false;
    if (shown_) {
        setVisible(false);
        layer_->replot();
    }
}

void PlotReadout::refresh() {
    setVisible(pointing_ && place());
}

void PlotReadout::setVisible(bool visible) {
    shown_ = visible;
    label_->setVisible(visible);
    for (QCPItemTracer* dot : dots_) {
        // A current that is a gap at the sample's time has no dot.
        dot->setVisible(visible && !std::isnan(dot->position->value()));
    }
    if (!visible) {
        sample_ms_ = std::nan("");
    }
}

bool PlotReadout::place() {
    const bool over = std::any_of(rects_.begin(), rects_.end(),
                                  [&](const QCPAxisRect* rect) { return rect->rect().contains(pixel_.toPoint()); });
    if (!over) {
        return false;
    }
    QCPAxis* time = rects_.front()->axis(QCPAxis::atBottom);
    const double cursor = time->pixelToCoord(pixel_.x());
    QCPGraphData sample;
    // Farther than sampled data are apart: the cursor is over a gap (time computed without samples, or before
    // what is kept), and a sample beyond it is no answer.
    const bool found =
        nearestSample(voltage_, cursor, sample) && std::fabs(sample.key - cursor) <= TraceHistory::longestStep_ms();
    const std::array<double, 3> values{found ? sample.value : std::nan(""),
                                       found ? valueAt(injected_, sample.key) : std::nan(""),
                                       found ? valueAt(synaptic_, sample.key) : std::nan("")};
    sample_ms_ = found ? sample.key : std::nan("");
    for (std::size_t i = 0; i < dots_.size(); ++i) {
        dots_[i]->position->setCoords(found ? sample.key : cursor, values[i]);
    }

    // Time in the axis' unit, to the resolution of one pixel.
    const auto ticker = time->ticker().dynamicCast<TimeTicker>();
    const bool seconds = !ticker.isNull() && ticker->inSeconds();
    const double scale = seconds ? 1e-3 : 1.0;
    const double perPixel = time->range().size() * scale / std::max(1, rects_.front()->width());
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(perPixel))), 0, 6);
    const QString t = QStringLiteral("t = ") + displayDecimals((found ? sample.key : cursor) * scale, decimals) +
                      (seconds ? QStringLiteral("\u2009s") : QStringLiteral("\u2009ms"));
    const QString dot = QStringLiteral("  \u00b7  ");
    if (!found) {
        label_->setText(t + dot + QCoreApplication::translate("lif::ui::PlotReadout", "no trace here"));
        return true;
    }
    label_->setText(t + dot + QStringLiteral("V = ") + displayQuantity(values[0], "mV", 4) + dot +
                    QStringLiteral("Iext = ") + displayQuantity(values[1], "pA", 4) + dot + QStringLiteral("Isyn = ") +
                    displayQuantity(values[2], "pA", 4));
    return true;
}

}  // namespace lif::ui

#include "ui/plots/plot_axes.h"

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>
#include <cmath>

#include "ui/style/palette.h"

namespace lif::ui {

namespace {

QString timeLabel(bool seconds) {
    return seconds ? QCoreApplication::translate("lif::ui::PlotAxes", "time (s)")
                   : QCoreApplication::translate("lif::ui::PlotAxes", "time (ms)");
}

}  // namespace

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

void fitVoltageAxis(QCPAxis* axis, const Parameters& parameters, const std::vector<double>& steadyStates,
                    const QCPRange* trace) {
    double lower = std::min(parameters.EL, parameters.Vreset);
    double upper = std::max(parameters.Vpeak, parameters.Vth);
    for (const double level : steadyStates) {
        if (level < upper + 10.0) {  // a V_inf far above the peak is never reached: it would squash the trace
            lower = std::min(lower, level);
            upper = std::max(upper, level);
        }
    }
    if (trace != nullptr) {
        lower = std::min(lower, trace->lower);
    }
    const double pad = 0.06 * (upper - lower) + 1.0;
    axis->setRange(lower - pad, upper + pad);
}

void fitCurrentAxis(QCPAxis* axis, const QCPRange* currents, bool force) {
    QCPRange wanted(std::min(0.0, currents != nullptr ? currents->lower : 0.0),
                    std::max(0.0, currents != nullptr ? currents->upper : 0.0));
    if (wanted.size() < 1e-9) {
        wanted = QCPRange(wanted.lower - 50.0, wanted.upper + 50.0);
    }
    const double margin = 0.12 * wanted.size();
    wanted = QCPRange(wanted.lower - (wanted.lower < 0.0 ? margin : 0.0) - 0.04 * wanted.size(), wanted.upper + margin);
    const QCPRange shown = axis->range();
    const bool outside = wanted.lower < shown.lower || wanted.upper > shown.upper;
    const double slack = 0.25 * shown.size();
    const bool tooLoose = wanted.upper < shown.upper - slack || wanted.lower > shown.lower + slack;
    if (outside || tooLoose || force) {
        axis->setRange(wanted);
    }
}

QVector<QString> TimeTicker::createLabelVector(const QVector<double>& ticks, const QLocale& locale,
                                               QChar /*formatChar*/, int /*precision*/) {
    const double scale = seconds_ ? 1e-3 : 1.0;
    const double step = ticks.size() > 1 ? std::fabs(ticks[1] - ticks[0]) * scale : 1.0;
    // Just enough decimals to tell neighbouring ticks apart: a step of 0.02 s shows two.
    const int decimals = step > 0.0 ? std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 9) : 0;
    QVector<QString> labels;
    labels.reserve(ticks.size());
    for (const double tick : ticks) {
        const double value = tick * scale;
        // No "-0" at the origin from a tick a rounding error below zero.
        labels.push_back(locale.toString(std::fabs(value) < 0.5 * step ? 0.0 : value, 'f', decimals));
    }
    return labels;
}

void setupTimeAxes(const QVector<QCPAxis*>& axes, QCPAxis* labelled) {
    const QSharedPointer<TimeTicker> ticker(new TimeTicker);
    for (QCPAxis* axis : axes) {
        axis->setTicker(ticker);
    }
    labelled->setLabel(timeLabel(false));
}

void updateTimeUnits(QCPAxis* labelled, const QCPRange& range) {
    const QSharedPointer<TimeTicker> ticker = labelled->ticker().dynamicCast<TimeTicker>();
    const bool seconds = std::max(std::fabs(range.lower), std::fabs(range.upper)) >= TimeTicker::kSecondsFrom_ms;
    if (ticker.isNull() || ticker->inSeconds() == seconds) {
        return;
    }
    ticker->setSeconds(seconds);
    labelled->setLabel(timeLabel(seconds));
}

void placeLegendAbove(QCPLegend* legend, QCPAxisRect* inset) {
    inset->insetLayout()->take(legend);
    inset->insetLayout()->simplify();
    QCPLayoutGrid* layout = legend->parentPlot()->plotLayout();
    layout->insertRow(0);
    layout->addElement(0, 0, legend);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(4, 2, 4, 0));
    legend->setColumnSpacing(14);
    legend->setTextColor(palette::ink());
    legend->setMaximumSize(QWIDGETSIZE_MAX, 26);
}

void fitLegend(QCPLegend* legend, int width) {
    // The grid counts its empty cells too (a wrapped last row): only the items themselves matter.
    QVector<QSize> sizes;
    for (int i = 0; i < legend->elementCount(); ++i) {
        if (QCPLayoutElement* item = legend->elementAt(i)) {
            sizes.push_back(item->minimumOuterSizeHint());
        }
    }
    const auto count = static_cast<int>(sizes.size());
    if (count == 0) {
        return;
    }
    const QMargins margins = legend->margins();
    const int available = width - margins.left() - margins.right() - 8;
    int columns = count;
    for (; columns > 1; --columns) {
        // The widest item of each column, as QCPLayoutGrid sizes them.
        int used = legend->columnSpacing() * (columns - 1);
        for (int column = 0; column < columns; ++column) {
            int widest = 0;
            for (int i = column; i < count; i += columns) {
                widest = std::max(widest, sizes[i].width());
            }
            used += widest;
        }
        if (used <= available) {
            break;
        }
    }
    // As few rows as that, then as few columns as those rows need: 3 + 3 rather than 5 + 1.
    const int rows = (count + columns - 1) / columns;
    columns = (count + rows - 1) / rows;
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(legend->fillOrder(), true);  // re-flows the items already there
    }
    legend->setMaximumSize(QWIDGETSIZE_MAX, rows * sizes[0].height() + (rows - 1) * legend->rowSpacing() +
                                                margins.top() + margins.bottom() + 4);
}

void fitTickCount(QCPAxis* axis) {
    // About one labelled tick per 30 px of axis: a short current axis at 1024x600 shows 0, 250, 500, not six.
    constexpr int kPixelsPerTick = 30;
    const int length = axis->orientation() == Qt::Vertical ? axis->axisRect()->height() : axis->axisRect()->width();
    const int count = std::clamp(length / kPixelsPerTick, 2, 5);
    if (axis->ticker()->tickCount() != count) {
        axis->ticker()->setTickCount(count);
    }
}

void fitAxisLabel(QCPAxis* axis, const QString& full, const QString& brief) {
    constexpr int kEndRoom_px = 8;  // the label is centred: this much clear at either end
    const int length = axis->orientation() == Qt::Vertical ? axis->axisRect()->height() : axis->axisRect()->width();
    const bool fits = QFontMetrics(axis->labelFont()).horizontalAdvance(full) + 2 * kEndRoom_px <= length;
    const QString& wanted = fits ? full : brief;
    if (axis->label() != wanted) {
        axis->setLabel(wanted);
    }
}

void labelRasterStrip(QCPAxis* rasterValueAxis) {
    const QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTick(0.5, QCoreApplication::translate("lif::ui::PlotAxes", "spikes"));
    rasterValueAxis->setTicker(ticker);
    rasterValueAxis->setLabel(QString());
    rasterValueAxis->setTicks(true);
    rasterValueAxis->setTickLabels(true);
    rasterValueAxis->setTickLength(0, 0);
    rasterValueAxis->setSubTicks(false);
    rasterValueAxis->grid()->setVisible(false);
}

}  // namespace lif::ui

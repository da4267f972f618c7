#pragma once
// How the live plots' axes and labels adapt to what is shown (PlotArea's layout, kept apart from its data):
//  - the time axis counts in ms while the visible times stay below 10 s and in s beyond, with as many decimals as
//    the tick step needs ("2954.52", never "2954520"), and its label says which;
//  - the legend wraps into as many rows as the plot's width needs, and a short axis gets fewer ticks;
//  - the voltage axis shows the model's levels and the trace; the current axis follows the data with hysteresis;
//  - the raster strip is labelled "spikes" horizontally beside it (a rotated label is taller than the strip and
//    ran into the tick labels of the axes above and below).
//
// Threading: GUI thread only.
#include <qcustomplot.h>

#include <initializer_list>
#include <vector>

#include "core/model/parameters.h"

namespace lif::ui {

/// Tick labels for a time axis whose data are in ms.
class TimeTicker final : public QCPAxisTicker {
public:
    /// From this time on the axis counts in seconds, ms.
    static constexpr double kSecondsFrom_ms = 10000.0;

    bool inSeconds() const { return seconds_; }
    void setSeconds(bool seconds) { seconds_ = seconds; }

protected:
    QVector<QString> createLabelVector(const QVector<double>& ticks, const QLocale& locale, QChar formatChar,
                                       int precision) override;

private:
    bool seconds_ = false;
};

/// Gives `axes` one shared TimeTicker and `labelled` its label (the others show no tick labels).
void setupTimeAxes(const QVector<QCPAxis*>& axes, QCPAxis* labelled);
/// Switches ms <-> s for `range` (in ms) on the axes set up by setupTimeAxes, relabelling `labelled`.
void updateTimeUnits(QCPAxis* labelled, const QCPRange& range);
/// Moves `legend` out of the inset of `inset` into a strip of its own above the plot's layout (a new row 0).
void placeLegendAbove(QCPLegend* legend, QCPAxisRect* inset);
/// As many legend columns as fit in `width` px, in as many rows as needed.
void fitLegend(QCPLegend* legend, int width);
/// As many ticks as the axis' length has room for (2 to 5).
void fitTickCount(QCPAxis* axis);
/// `full` as the vertical axis' label where it fits along the axis rect's height, else `brief`: a long label on a
/// short axis (the voltage axis at 1024x600) would run up into the legend. After the layout (afterLayout), as the
/// label's text does not change the layout (a vertical label takes its font's height of width, whatever it says).
void fitAxisLabel(QCPAxis* axis, const QString& full, const QString& brief);
/// Union of the value ranges of `graphs` over `keys`; `found` false when none has data there.
QCPRange valueRange(std::initializer_list<QCPGraph*> graphs, const QCPRange& keys, bool& found);
/// From the lowest of EL, Vreset, the V_inf levels near the trace and the trace's lowest point (`trace`, nullptr
/// when none is shown) to the highest of Vpeak, Vth and those levels, with a margin.
void fitVoltageAxis(QCPAxis* axis, const Parameters& parameters, const std::vector<double>& steadyStates,
                    const QCPRange* trace);
/// Follows `currents` (nullptr: no data), zero included, but rescales only when the data leave the range or
/// leave a quarter of it empty at either end (800 pA back to 500 pA), so the axis does not twitch on every frame;
/// `force`: rescales anyway.
void fitCurrentAxis(QCPAxis* axis, const QCPRange* currents, bool force);
/// A horizontal "spikes" label at the left of the raster strip's value axis.
void labelRasterStrip(QCPAxis* rasterValueAxis);

}  // namespace lif::ui

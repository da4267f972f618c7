#pragma once
// How the live plots' axes and labels adapt to what is shown (PlotArea's layout, kept apart from its data):
//  - the time axis counts in ms while the visible times stay below 10 s and in s beyond, with as many decimals as
//    the tick step needs ("2954.52", never "2954520"), and its label says which;
//  - the legend wraps into as many rows as the plot's width needs, and a short axis gets fewer ticks;
//  - the raster strip is labelled "spikes" horizontally beside it (a rotated label is taller than the strip and
//    ran into the tick labels of the axes above and below).
//
// Threading: GUI thread only.
#include <qcustomplot.h>

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
/// As many legend columns as fit in `width` px, in as many rows as needed.
void fitLegend(QCPLegend* legend, int width);
/// As many ticks as the axis' length has room for (2 to 5).
void fitTickCount(QCPAxis* axis);
/// A horizontal "spikes" label at the left of the raster strip's value axis.
void labelRasterStrip(QCPAxis* rasterValueAxis);

}  // namespace lif::ui

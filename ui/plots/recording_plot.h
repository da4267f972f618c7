#pragma once
// RecordingPlot draws a whole recorded run (a Session and the Batch it produced) as a static picture for export:
// on top the membrane voltage with the threshold (dashed) and every spike as a vertical stroke from threshold to
// Vpeak at its exact time, under it the injected and synaptic currents, sharing the time axis. It is styled like
// the live plot (ui/palette.h) but with export-weight pens (2 px, antialiased) and fonts sized for a slide.
// Long runs are decimated to the first, minimum, maximum and last sample of each pixel column, so the shape and
// every extreme survive; spikes are never decimated away (spikes closer than a fraction of a pixel share one
// stroke, which looks the same).
//
// Threading: GUI thread only (it owns a QCustomPlot widget, never shown).
#include <QSize>
#include <QVector>

#include <memory>

#include "core/io/session.h"
#include "core/model/run_output.h"

class QCustomPlot;

namespace lif::ui {

class RecordingPlot {
public:
    /// `size` is the picture size the plot is laid out and decimated for.
    RecordingPlot(const Session& session, const Batch& recording, QSize size);
    ~RecordingPlot();
    RecordingPlot(const RecordingPlot&) = delete;
    RecordingPlot& operator=(const RecordingPlot&) = delete;

    QCustomPlot& plot() { return *plot_; }

    /// Reduces (t, y) to at most four points per column of `columns` over [t0, t1], in time order.
    static void decimate(const QVector<double>& t, const QVector<double>& y, double t0, double t1, int columns,
                         QVector<double>& outT, QVector<double>& outY);

private:
    std::unique_ptr<QCustomPlot> plot_;
};

}  // namespace lif::ui

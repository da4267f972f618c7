#pragma once
// PlotReadout answers "what is the trace here?" while the mouse is over the live plots: the trace sample nearest
// the cursor's time is marked with a dot on V, Iext and Isyn, and one line at the top right of the voltage plot
// gives its time and values ("t = 1234.57 ms · V = −55.32 mV · Iext = 500 pA · Isyn = 0 pA") in the window's
// number formats (ui/style/display_format.h), the time in the unit of the time axis with as many decimals as one
// pixel of it resolves. Over a gap in the trace (time computed without samples) it says "no trace here". A sample
// is a point the plot holds (after the worker's min/max reduction), so the values
// are ones the trace really passes through. Everything is drawn on a layer of its own with its own paint buffer,
// so following the mouse repaints only that layer, not the traces.
//
// Units: ms, mV, pA. Threading: GUI thread only (owned by PlotArea).
#include <QPointF>
#include <QString>
#include <QVector>

#include <array>
#include <limits>

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;

namespace lif::ui {

class PlotReadout {
public:
    /// Name of the layer the read-out is drawn on (hide it to keep the read-out out of a picture).
    static constexpr const char* kLayerName = "readout";

    /// `rects` share one time axis (the first is the voltage plot); the graphs are the traces read out.
    PlotReadout(QCustomPlot* plot, const QVector<QCPAxisRect*>& rects, QCPGraph* voltage, QCPGraph* injected,
                QCPGraph* synaptic);

    /// The mouse is at `pixel` (the plot widget's coordinates): shows the read-out there, or hides it outside the
    /// plots. Repaints the read-out's layer only.
    void pointAt(const QPointF& pixel);
    /// Hides it (the mouse left the plot).
    void hide();
    /// Recomputes it at the last position, as the data or the ranges moved (the caller replots).
    void refresh();

    bool isShown() const { return shown_; }
    /// The line shown ("" when hidden).
    QString text() const;
    /// Time of the sample read out, ms (NaN when hidden or over a gap).
    double sampleTime() const { return sample_ms_; }

private:
    /// Places everything for the mouse at pixel_; false if there is nothing to show there.
    bool place();
    void setVisible(bool visible);

    QCustomPlot* plot_;
    QVector<QCPAxisRect*> rects_;
    QCPGraph* voltage_;
    QCPGraph* injected_;
    QCPGraph* synaptic_;
    QCPLayer* layer_ = nullptr;
    QCPItemText* label_ = nullptr;
    std::array<QCPItemTracer*, 3> dots_{};  ///< on V, Iext, Isyn
    QPointF pixel_;
    bool pointing_ = false;  ///< the mouse is over the plot
    bool shown_ = false;
    double sample_ms_ = std::numeric_limits<double>::quiet_NaN();
};

}  // namespace lif::ui

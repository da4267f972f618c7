#pragma once
// An SVG of a QCustomPlot in which what an axis rect holds is clipped to it, as on screen. QSvgGenerator (Qt 6.4)
// ignores the painter's clip, so the plot alone, painted into it, draws spike markers and line ends that lie just
// outside the visible range past the axes and over the tick labels. The plot is painted in passes instead: first
// everything that QCustomPlot does not clip (background, grids, axes, legend, titles), then, for each axis rect,
// only its plottables and the items clipped to it; the passes are joined into one SVG 1.1 document in which each
// rect's pass is a group with a clip-path of that rect. The layout is the same in every pass (only what does not
// take part in the layout is hidden: plottables, items, legends and text; axes through their layer). The axes are
// thus drawn under the traces rather than over them.
//
// Threading: GUI thread only (it paints the plot).
#include <QByteArray>
#include <QSize>
#include <QString>

class QCustomPlot;
class QPaintDevice;

namespace lif::ui {

/// The SVG document of `plot` laid out at `size` px, with the given title and description.
QByteArray clippedSvg(QCustomPlot& plot, QSize size, const QString& title, const QString& description);
/// The same painted in one pass: nothing clipped (for plots whose ranges hold all their data).
QByteArray plainSvg(QCustomPlot& plot, QSize size, const QString& title, const QString& description);
/// Paints `plot` laid out at `size` into a vector device (SVG, PDF): vector painting, no cached pixmaps.
void paintVectorized(QCustomPlot& plot, QPaintDevice& device, QSize size);

}  // namespace lif::ui

#pragma once
// The look every LIFscope plot shares: pens with flat caps, axes in the palette's ink and muted greys with
// light grid lines and a 10 pt label. One place, so the live plots and the analysis views look alike.
//
// Threading: GUI thread (QCustomPlot objects).
#include <QColor>
#include <QFont>
#include <QPen>
#include <QSize>
#include <QString>

class QCPAxis;
class QCustomPlot;

namespace lif::ui {

QPen plotPen(const QColor& colour, double width = 1.0, Qt::PenStyle style = Qt::SolidLine);
void styleAxis(QCPAxis* axis, const QString& label);
/// A plot with the shared look: white background, antialiased lines, both bottom and left axes styled.
void stylePlot(QCustomPlot& plot, const QString& xLabel, const QString& yLabel);

/// Fonts for a picture of `size` px that is read on a slide: 12 to 40 px, 17 px at 800 px high.
struct SlideFonts {
    QFont tick;
    QFont label;
    QFont legend;
    QFont title;
};
SlideFonts slideFontsFor(QSize size);
/// Restyles a plot as a slide of `size` px: slide fonts on every axis and the legend, lines at least 2 px and
/// grids 1 px; with a non-empty `title`, a title row above the plot.
void applySlideStyle(QCustomPlot& plot, QSize size, const QString& title = QString());

}  // namespace lif::ui

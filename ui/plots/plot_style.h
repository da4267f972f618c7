#pragma once
// The look every LIFscope plot shares: pens with flat caps, axes in the palette's ink and muted greys with
// light grid lines and a 10 pt label. One place, so the live plots and the analysis views look alike.
//
// Threading: GUI thread (QCustomPlot objects).
#include <QColor>
#include <QPen>
#include <QString>

class QCPAxis;
class QCustomPlot;

namespace lif::ui {

QPen plotPen(const QColor& colour, double width = 1.0, Qt::PenStyle style = Qt::SolidLine);
void styleAxis(QCPAxis* axis, const QString& label);
/// A plot with the shared look: white background, antialiased lines, both bottom and left axes styled.
void stylePlot(QCustomPlot& plot, const QString& xLabel, const QString& yLabel);

}  // namespace lif::ui

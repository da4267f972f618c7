#include "ui/plots/plot_style.h"

#include <qcustomplot.h>

#include "ui/style/palette.h"

namespace lif::ui {

QPen plotPen(const QColor& colour, double width, Qt::PenStyle style) {
    QPen result(colour, width, style);
    result.setCapStyle(Qt::FlatCap);
    return result;
}

void styleAxis(QCPAxis* axis, const QString& label) {
    const QColor ink = palette::ink();
    axis->setLabel(label);
    axis->setBasePen(plotPen(palette::muted()));
    axis->setTickPen(plotPen(palette::muted()));
    axis->setSubTickPen(plotPen(palette::muted()));
    axis->setTickLabelColor(ink);
    axis->setLabelColor(ink);
    QFont labelFont = axis->labelFont();
    labelFont.setPointSizeF(10.0);
    axis->setLabelFont(labelFont);
    axis->grid()->setPen(plotPen(palette::grid()));
    axis->grid()->setZeroLinePen(plotPen(palette::muted().lighter(150)));
}

void stylePlot(QCustomPlot& plot, const QString& xLabel, const QString& yLabel) {
    plot.setBackground(Qt::white);
    plot.setAntialiasedElements(QCP::aeAll);
    styleAxis(plot.xAxis, xLabel);
    styleAxis(plot.yAxis, yLabel);
}

}  // namespace lif::ui

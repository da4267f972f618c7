#include "ui/plots/plot_style.h"

#include <qcustomplot.h>

#include <algorithm>

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

SlideFonts slideFontsFor(QSize size) {
    const int base = std::clamp(size.height() / 45, 12, 40);  // 800 px -> 17 px, 1080 px -> 24 px
    SlideFonts fonts;
    fonts.tick.setPixelSize(base);
    fonts.label.setPixelSize(base + 2);
    fonts.legend.setPixelSize(base);
    fonts.title.setPixelSize(base + 6);
    fonts.title.setBold(true);
    return fonts;
}

void applySlideStyle(QCustomPlot& plot, QSize size, const QString& title) {
    const SlideFonts fonts = slideFontsFor(size);
    for (QCPAxisRect* rect : plot.axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            axis->setTickLabelFont(fonts.tick);
            axis->setLabelFont(fonts.label);
            axis->setBasePen(plotPen(palette::muted(), 1.5));
            axis->setTickPen(plotPen(palette::muted(), 1.5));
        }
    }
    plot.legend->setFont(fonts.legend);
    plot.legend->setIconSize(fonts.legend.pixelSize() * 2, fonts.legend.pixelSize());
    for (int i = 0; i < plot.plottableCount(); ++i) {
        QCPAbstractPlottable* plottable = plot.plottable(i);
        QPen pen = plottable->pen();
        pen.setWidthF(std::max(2.0, pen.widthF()));
        plottable->setPen(pen);
        if (auto* graph = qobject_cast<QCPGraph*>(plottable)) {
            QCPScatterStyle scatter = graph->scatterStyle();
            if (!scatter.isNone()) {
                scatter.setSize(std::max(scatter.size(), fonts.tick.pixelSize() * 0.6));
                graph->setScatterStyle(scatter);
            }
        }
    }
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i))) {
            text->setFont(fonts.legend);
        }
    }
    if (!title.isEmpty()) {
        plot.plotLayout()->insertRow(0);
        auto* heading = new QCPTextElement(&plot, title, fonts.title);
        heading->setTextColor(palette::ink());
        plot.plotLayout()->addElement(0, 0, heading);
    }
}

}  // namespace lif::ui

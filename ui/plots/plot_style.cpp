#include "ui/plots/plot_style.h"

#include <QFontMetrics>
#include <QStringList>

#include <algorithm>

#include "ui/plots/plot_axes.h"
#include "ui/style/display_format.h"
#include "ui/style/palette.h"

namespace lif::ui {

namespace {

/// `text` broken into lines at its "; " where one line would be wider than `width` px in `font`.
QString wrappedAtSemicolons(const QString& text, const QFont& font, int width) {
    const QFontMetrics metrics(font);
    const QStringList parts = text.split(QStringLiteral("; "));
    QString result;
    QString line;
    for (const QString& part : parts) {
        const QString longer = line.isEmpty() ? part : line + QStringLiteral("; ") + part;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            result += line + QStringLiteral(";\n");
            line = part;
        } else {
            line = longer;
        }
    }
    return result + line;
}

}  // namespace

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

void styleSlideAxis(QCPAxis* axis, const SlideFonts& fonts) {
    axis->setTickLabelFont(fonts.tick);
    axis->setLabelFont(fonts.label);
    axis->setBasePen(plotPen(palette::muted(), 1.5));
    axis->setTickPen(plotPen(palette::muted(), 1.5));
}

void applySlideStyle(QCustomPlot& plot, QSize size, const QString& title, const QString& caption) {
    const SlideFonts fonts = slideFontsFor(size);
    for (QCPAxisRect* rect : plot.axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            styleSlideAxis(axis, fonts);
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
    // The caption is as wide as the picture allows: a long parameter list goes on two lines, not off the edge.
    const QString captionLines = wrappedAtSemicolons(caption, fonts.tick, size.width() * 9 / 10);
    int row = 0;
    for (const auto& [text, font] : {std::pair(title, fonts.title), std::pair(captionLines, fonts.tick)}) {
        if (text.isEmpty()) {
            continue;
        }
        plot.plotLayout()->insertRow(row);
        auto* heading = new QCPTextElement(&plot, text, font);
        heading->setTextColor(palette::ink());
        plot.plotLayout()->addElement(row, 0, heading);
        ++row;
    }
}

QString parameterText(const Parameters& parameters, std::initializer_list<std::string_view> names) {
    QStringList parts;
    for (const std::string_view name : names) {
        if (const ParamSpec* spec = findParameter(name)) {
            QString part = fromCoreText(spec->name) + QLatin1Char(' ') + displayNumber(parameters.*(spec->field), 4);
            if (!spec->unit.empty()) {
                part += QLatin1Char(' ') + fromCoreText(spec->unit);
            }
            parts << part;
        }
    }
    return parts.join(QStringLiteral(", "));
}

SlideStyleScope::SlideStyleScope(QCustomPlot& plot, QSize size, const QString& title, const QString& caption)
    : plot_(plot),
      legendFont_(plot.legend->font()),
      legendIcon_(plot.legend->iconSize()),
      legendMaximum_(plot.legend->maximumSize()),
      legendMargins_(plot.legend->margins()),
      legendWrap_(plot.legend->wrap()),
      rows_(plot.plotLayout()->rowCount()),
      rowStretch_(plot.plotLayout()->rowStretchFactors()) {
    for (QCPAxisRect* rect : plot.axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            axes_.push_back({axis, axis->tickLabelFont(), axis->labelFont(), axis->basePen(), axis->tickPen()});
        }
    }
    for (int i = 0; i < plot.plottableCount(); ++i) {
        QCPAbstractPlottable* plottable = plot.plottable(i);
        PlottableLook look{plottable, plottable->pen(), std::nullopt};
        if (auto* graph = qobject_cast<QCPGraph*>(plottable)) {
            look.scatter = graph->scatterStyle();
        }
        plottables_.push_back(look);
    }
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i))) {
            texts_.push_back({text, text->font()});
        }
    }
    applySlideStyle(plot, size, title, caption);
    if (plot.legend->layout() == plot.plotLayout() && plot.legend->visible()) {
        const int edge = slideFontsFor(size).legend.pixelSize();
        plot.legend->setMargins(QMargins(edge, legendMargins_.top(), edge, legendMargins_.bottom()));
        fitLegend(plot.legend, size.width());
    }
}

SlideStyleScope::~SlideStyleScope() {
    QCPLayoutGrid* layout = plot_.plotLayout();
    for (int row = layout->rowCount() - rows_ - 1; row >= 0; --row) {
        layout->remove(layout->element(row, 0));  // the title rows applySlideStyle put on top
    }
    layout->simplify();
    layout->setRowStretchFactors(rowStretch_);
    for (const AxisLook& look : axes_) {
        look.axis->setTickLabelFont(look.tickFont);
        look.axis->setLabelFont(look.labelFont);
        look.axis->setBasePen(look.basePen);
        look.axis->setTickPen(look.tickPen);
    }
    for (const PlottableLook& look : plottables_) {
        look.plottable->setPen(look.pen);
        if (auto* graph = qobject_cast<QCPGraph*>(look.plottable); graph != nullptr && look.scatter) {
            graph->setScatterStyle(*look.scatter);
        }
    }
    for (const TextLook& look : texts_) {
        look.item->setFont(look.font);
    }
    QCPLegend* legend = plot_.legend;
    legend->setFont(legendFont_);
    legend->setIconSize(legendIcon_);
    legend->setMaximumSize(legendMaximum_);
    legend->setMargins(legendMargins_);
    if (legend->wrap() != legendWrap_) {
        legend->setWrap(legendWrap_);
        legend->setFillOrder(legend->fillOrder(), true);  // re-flows the items into the old columns
    }
}

}  // namespace lif::ui

#pragma once
// The look every LIFscope plot shares: pens with flat caps, axes in the palette's ink and muted greys with
// light grid lines and a 10 pt label. One place, so the live plots and the analysis views look alike. And the look
// of a plot on a slide (the pictures of the command line and of the window's export): fonts sized for the picture,
// lines at least 2 px, a title and a parameter line above the plot.
//
// Threading: GUI thread (QCustomPlot objects).
#include <qcustomplot.h>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPen>
#include <QSize>
#include <QString>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "core/model/parameters.h"

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
/// An axis as on a slide: `fonts` for its tick labels and label, base line and ticks 1.5 px.
void styleSlideAxis(QCPAxis* axis, const SlideFonts& fonts);
/// Restyles a plot as a slide of `size` px: slide fonts on every axis and the legend, lines at least 2 px and
/// grids 1 px; with a non-empty `title`, a title row above the plot, and with a non-empty `caption` a row under
/// the title in the tick font (the parameters of the run, say).
void applySlideStyle(QCustomPlot& plot, QSize size, const QString& title = QString(),
                     const QString& caption = QString());

/// The named parameters with their units, 4 significant digits: "C 250 pF, gL 25 nS, tref 2 ms". Names that the
/// table does not know are left out.
QString parameterText(const Parameters& parameters, std::initializer_list<std::string_view> names);

/// applySlideStyle for the life of the scope, then everything it changed put back (fonts, pens, scatter sizes, the
/// title rows, the legend's wrapping), so that a live plot can be written as a slide and go on as it was. A legend
/// strip in the plot's layout (not an inset one) is re-wrapped for the picture's width and fonts, a character away
/// from the picture's edges. The caller replots afterwards.
class SlideStyleScope {
public:
    SlideStyleScope(QCustomPlot& plot, QSize size, const QString& title, const QString& caption);
    ~SlideStyleScope();
    SlideStyleScope(const SlideStyleScope&) = delete;
    SlideStyleScope& operator=(const SlideStyleScope&) = delete;

private:
    struct AxisLook {
        QCPAxis* axis;
        QFont tickFont;
        QFont labelFont;
        QPen basePen;
        QPen tickPen;
    };
    struct PlottableLook {
        QCPAbstractPlottable* plottable;
        QPen pen;
        std::optional<QCPScatterStyle> scatter;  ///< a graph's
    };
    struct TextLook {
        QCPItemText* item;
        QFont font;
    };

    QCustomPlot& plot_;
    std::vector<AxisLook> axes_;
    std::vector<PlottableLook> plottables_;
    std::vector<TextLook> texts_;
    QFont legendFont_;
    QSize legendIcon_;
    QSize legendMaximum_;
    QMargins legendMargins_;
    int legendWrap_ = 0;
    int rows_ = 0;  ///< rows of the plot's layout before the title rows
    QList<double> rowStretch_;
};

}  // namespace lif::ui

#pragma once
// Writes a QCustomPlot to a picture file at a chosen size: PNG (rastered, antialiased), SVG (QSvgGenerator) or
// PDF (QPdfWriter, one page the size of the picture). SVG and PDF stay vector: the plot is painted into the
// generator, never embedded as a bitmap. The picture is rendered into memory and written by core's AtomicFile
// (a temporary beside the destination, renamed only when complete), so an unwritable place or a full disk
// leaves any existing file untouched. While rendering, plottables, items and grids are antialiased; the plot's own
// hints are restored afterwards (the live window keeps its fast path).
//  - exportPlot: the plot as it is styled (the command line's pictures, already drawn for a slide).
//  - exportLivePlot: a plot of the window, by default restyled as a slide for the picture (plot_style.h's
//    SlideStyleScope: fonts for the picture's size, lines of at least 2 px, a title and a parameter line), then put
//    back as it was; its SVG clipped to the axis rects (clipped_svg.h).
//
// Threading: GUI thread only (it paints widgets' content).
#include <QSize>
#include <QString>

#include <optional>

#include "core/io/image_request.h"

class QCustomPlot;

namespace lif::ui {

/// The format a file name asks for by its suffix (.png, .svg, .pdf; any case); nothing for anything else.
std::optional<ImageFormat> imageFormatForPath(const QString& path);

/// Renders `plot` at `size` (pixels; points for PDF) into `path`. Returns an empty string on success, else a
/// message naming the file and the reason; the destination is then untouched.
QString exportPlot(QCustomPlot& plot, const QString& path, ImageFormat format, QSize size);

/// How a live plot is drawn into a picture.
enum class PictureLook {
    Slide,       ///< restyled for the picture's size, with the caption's title and parameter line above
    AsOnScreen,  ///< the window's own pens and fonts (1 px lines, small text), no caption
};
/// What a slide says above the plot.
struct PictureCaption {
    QString title;
    QString parameters;  ///< one line; broken at "; " where the picture is too narrow for it
};

/// As exportPlot, for a plot of the window: drawn with `look` (the plot is as before afterwards and has been
/// replotted), an SVG clipped to the axis rects.
QString exportLivePlot(QCustomPlot& plot, const QString& path, ImageFormat format, QSize size, PictureLook look,
                       const PictureCaption& caption);

}  // namespace lif::ui

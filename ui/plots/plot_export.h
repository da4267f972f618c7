#pragma once
// Writes a QCustomPlot to a picture file at a chosen size: PNG (rastered, antialiased), SVG (QSvgGenerator) or
// PDF (QPdfWriter, one page the size of the picture). SVG and PDF stay vector: the plot is painted into the
// generator, never embedded as a bitmap. The picture is rendered into memory and written by core's AtomicFile
// (a temporary beside the destination, renamed only when complete), so an unwritable place or a full disk
// leaves any existing file untouched. While rendering, plottables, items and grids are antialiased; the plot's own
// hints are restored afterwards (the live window keeps its fast path).
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

}  // namespace lif::ui

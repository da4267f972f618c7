#include "ui/plots/plot_export.h"

#include <qcustomplot.h>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>

#include <utility>
#include <vector>

#include "core/io/atomic_file.h"
#include "core/model/errors.h"
#include "ui/plots/clipped_svg.h"
#include "ui/plots/plot_readout.h"
#include "ui/plots/plot_style.h"

namespace lif::ui {

namespace {

/// Antialiasing on for the export, and scatter markers that the live plot blits as pixmaps (fast on screen) drawn
/// as vector discs, so SVG and PDF stay vector; the plot's own settings back afterwards.
class ExportHints {
public:
    explicit ExportHints(QCustomPlot& plot)
        : plot_(plot), antialiased_(plot.antialiasedElements()), notAntialiased_(plot.notAntialiasedElements()) {
        plot_.setNotAntialiasedElements(QCP::aeNone);
        plot_.setAntialiasedElements(QCP::aeAll);
        for (int i = 0; i < plot_.graphCount(); ++i) {
            QCPGraph* graph = plot_.graph(i);
            const QCPScatterStyle style = graph->scatterStyle();
            if (style.shape() != QCPScatterStyle::ssPixmap || style.pixmap().isNull()) {
                continue;
            }
            const QImage image = style.pixmap().toImage();
            const QColor colour = image.pixelColor(image.width() / 2, image.height() / 2);
            const double diameter = image.width() / style.pixmap().devicePixelRatio();
            swapped_.emplace_back(graph, style);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, diameter));
        }
    }
    ~ExportHints() {
        plot_.setAntialiasedElements(antialiased_);
        plot_.setNotAntialiasedElements(notAntialiased_);
        for (auto& [graph, style] : swapped_) {
            graph->setScatterStyle(style);
        }
    }
    ExportHints(const ExportHints&) = delete;
    ExportHints& operator=(const ExportHints&) = delete;

private:
    QCustomPlot& plot_;
    QCP::AntialiasedElements antialiased_;
    QCP::AntialiasedElements notAntialiased_;
    std::vector<std::pair<QCPGraph*, QCPScatterStyle>> swapped_;
};

QString svgTitle() {
    return QStringLiteral("LIFscope");
}
QString svgDescription() {
    return QStringLiteral("Membrane potential and input current of a leaky integrate-and-fire neuron");
}

QString failure(const QString& path, const QString& reason) {
    return QCoreApplication::translate("lif::ui::PlotExport",
                                       "Could not write %1: %2. Nothing was written; any existing file is unchanged.")
        .arg(QFileInfo(path).absoluteFilePath(), reason);
}

/// The picture of `plot` written to `path` (the caller holds the ExportHints); with `clipSvg`, an SVG clipped to
/// the axis rects.
QString writePicture(QCustomPlot& plot, const QString& path, ImageFormat format, QSize size, bool clipSvg) {
    if (size.width() <= 0 || size.height() <= 0) {
        return failure(path, QCoreApplication::translate("lif::ui::PlotExport", "the picture size %1x%2 is empty")
                                 .arg(size.width())
                                 .arg(size.height()));
    }
    // Rendered into memory first, then written by the core's atomic writer. Not QSaveFile: Qt 6.4 commits a
    // truncated file when the disk fills in the middle of a write (a short write is not reported as an error;
    // seen with a file-size limit, see tests/ui/files/test_ui_files).
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        switch (format) {
            case ImageFormat::Png: {
                // The scale is given explicitly: savePng/toPixmap ignore the screen's pixel ratio otherwise.
                const QImage image = plot.toPixmap(size.width(), size.height(), 1.0).toImage();
                if (image.isNull() || !image.save(&buffer, "PNG")) {
                    return failure(path,
                                   QCoreApplication::translate("lif::ui::PlotExport", "the PNG could not be encoded"));
                }
                break;
            }
            case ImageFormat::Svg:
                buffer.write(clipSvg ? clippedSvg(plot, size, svgTitle(), svgDescription())
                                     : plainSvg(plot, size, svgTitle(), svgDescription()));
                break;
            case ImageFormat::Pdf: {
                QPdfWriter writer(&buffer);
                writer.setCreator(QStringLiteral("LIFscope"));
                writer.setTitle(QStringLiteral("LIFscope"));
                writer.setResolution(72);  // one pixel of the requested size is one point of the page
                writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
                writer.setPageMargins(QMarginsF(0, 0, 0, 0));
                paintVectorized(plot, writer, size);
                break;
            }
        }
    }
    if (bytes.isEmpty()) {
        return failure(path, QCoreApplication::translate("lif::ui::PlotExport", "the picture could not be rendered"));
    }
    try {
        writeFileAtomically(path.toStdString(), bytes.toStdString(), "picture");
    } catch (const OutputError& error) {
        return QString::fromStdString(error.what());  // names the file and the reason; the old file is unchanged
    }
    return QString();
}

}  // namespace

std::optional<ImageFormat> imageFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("png")) {
        return ImageFormat::Png;
    }
    if (suffix == QStringLiteral("svg")) {
        return ImageFormat::Svg;
    }
    if (suffix == QStringLiteral("pdf")) {
        return ImageFormat::Pdf;
    }
    return std::nullopt;
}

QString exportPlot(QCustomPlot& plot, const QString& path, ImageFormat format, QSize size) {
    const ExportHints hints(plot);
    return writePicture(plot, path, format, size, false);
}

QString exportLivePlot(QCustomPlot& plot, const QString& path, ImageFormat format, QSize size, PictureLook look,
                       const PictureCaption& caption) {
    QString error;
    // The mouse read-out belongs to the screen, not to the picture.
    QCPLayer* readout = plot.layer(QString::fromLatin1(PlotReadout::kLayerName));
    const bool readoutShown = readout != nullptr && readout->visible();
    if (readout != nullptr) {
        readout->setVisible(false);
    }
    {
        const ExportHints hints(plot);  // first: the slide style then enlarges the vector discs it puts in
        std::optional<SlideStyleScope> slide;
        if (look == PictureLook::Slide && !size.isEmpty()) {
            slide.emplace(plot, size, caption.title, caption.parameters);
        }
        error = writePicture(plot, path, format, size, true);
    }
    if (readout != nullptr) {
        readout->setVisible(readoutShown);
    }
    plot.replot();  // lays the plot out again for the screen, as it was
    return error;
}

}  // namespace lif::ui

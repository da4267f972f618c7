#include "ui/files/headless_export.h"

#include <QApplication>

#include <cstdio>
#include <memory>

#include "core/model/errors.h"
#include "ui/plots/plot_export.h"
#include "ui/plots/recording_plot.h"

namespace lif::ui {

namespace {

/// The command line's stderr is a contract (one line per problem): Qt's informational warnings (e.g. about
/// XDG_RUNTIME_DIR) stay out of it; critical and fatal messages still get through.
void quietMessages(QtMsgType type, const QMessageLogContext& /*context*/, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        std::fprintf(stderr, "lifscope: Qt: %s\n", qPrintable(message));
    }
}

}  // namespace

ImageExporter headlessImageExporter(int& argc, char** argv) {
    auto application = std::make_shared<std::unique_ptr<QApplication>>();
    return [application, &argc, argv](const ImageRequest& request, const Session& session, const Batch& recording) {
        if (!*application && QApplication::instance() == nullptr) {
            // No display is needed, whatever DISPLAY or QT_QPA_PLATFORM say.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            qInstallMessageHandler(quietMessages);
            *application = std::make_unique<QApplication>(argc, argv);
        }
        const QSize size(request.width_px, request.height_px);
        RecordingPlot picture(session, recording, size);
        const QString path = QString::fromStdString(request.path);
        const QString error = exportPlot(picture.plot(), path, request.format, size);
        if (!error.isEmpty()) {
            const char* flag = request.format == ImageFormat::Png   ? "--png: "
                               : request.format == ImageFormat::Svg ? "--svg: "
                                                                    : "--pdf: ";
            throw OutputError(flag + error.toStdString());
        }
    };
}

}  // namespace lif::ui

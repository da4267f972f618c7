#include "ui/files/headless_export.h"

#include <qcustomplot.h>
#include <QApplication>

#include <cstdio>
#include <memory>

#include "core/model/errors.h"
#include "ui/plots/fi_curve_plot.h"
#include "ui/plots/plot_export.h"
#include "ui/plots/plot_style.h"
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

/// The QApplication the pictures need, created on the first picture, on the offscreen platform: no display is
/// needed, whatever DISPLAY or QT_QPA_PLATFORM say.
class OffscreenApplication {
public:
    OffscreenApplication(int& argc, char** argv) : argc_(argc), argv_(argv) {}
    void ensure() {
        if (!application_ && QApplication::instance() == nullptr) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            qInstallMessageHandler(quietMessages);
            application_ = std::make_unique<QApplication>(argc_, argv_);
        }
    }

private:
    int& argc_;
    char** argv_;
    std::unique_ptr<QApplication> application_;
};

void write(QCustomPlot& plot, const ImageRequest& request, const char* pngFlag, const char* svgFlag,
           const char* pdfFlag) {
    const QString error = exportPlot(plot, QString::fromStdString(request.path), request.format,
                                     QSize(request.width_px, request.height_px));
    if (!error.isEmpty()) {
        const char* flag = request.format == ImageFormat::Png   ? pngFlag
                           : request.format == ImageFormat::Svg ? svgFlag
                                                                : pdfFlag;
        throw OutputError(std::string(flag) + ": " + error.toStdString());
    }
}

}  // namespace

Exporters headlessExporters(int& argc, char** argv) {
    auto application = std::make_shared<OffscreenApplication>(argc, argv);
    Exporters exporters;
    exporters.run = [application](const ImageRequest& request, const Session& session, const Batch& recording) {
        application->ensure();
        RecordingPlot picture(session, recording, QSize(request.width_px, request.height_px));
        write(picture.plot(), request, "--png", "--svg", "--pdf");
    };
    exporters.fiCurve = [application](const ImageRequest& request, const Session& session, const FiCurve& curve) {
        application->ensure();
        const QSize size(request.width_px, request.height_px);
        QCustomPlot plot;
        plot.resize(size);
        FiCurvePlot drawing(plot);
        drawing.setTheory(session.run.parameters, theory::stationaryInjected(session.run.stimulus),
                          curve.range.start_pA, curve.range.stop_pA);
        drawing.setCurve(curve);
        applySlideStyle(
            plot, size,
            QStringLiteral("f-I curve: ") + parameterText(session.run.parameters, {"C", "gL", "Vth", "tref"}));
        write(plot, request, "--fi-png", "--fi-svg", "--fi-pdf");
    };
    return exporters;
}

}  // namespace lif::ui

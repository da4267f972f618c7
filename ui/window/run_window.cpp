#include "ui/window/run_window.h"

#include <QApplication>
#include <QLocale>
#include <QScreen>
#include <QStyleFactory>

#include "ui/files/session_actions.h"
#include "ui/window/main_window.h"
#include "ui/window/translations.h"

namespace lif::ui {

int runWindow(int argc, char** argv) {
    QApplication::setApplicationName(QStringLiteral("LIFscope"));
    QApplication::setApplicationVersion(QStringLiteral(LIFSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("LIFscope"));
    QApplication::setDesktopFileName(QStringLiteral("lifscope"));
    QApplication app(argc, argv);
    installChosenTranslations(app);  // before the first widget: texts are translated as they are made
    // Numbers read the same in every language, with '.' (ui/style/display_format.h): Qt's own spin boxes and the
    // plots' tick labels follow the default locale, which would otherwise be the system's ("0,5" in German).
    QLocale::setDefault(QLocale::c());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    MainWindow window;
    window.sessions()->restoreLastSession();  // where the last session left off
    window.setRememberSessionOnClose(true);
    // Open as large as the screen allows (a lecture hall projector or a laptop): the plots are the point.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        window.setGeometry(screen->availableGeometry());
    }
    window.showMaximized();
    return QApplication::exec();
}

}  // namespace lif::ui

#include "ui/window/run_window.h"

#include <QApplication>
#include <QLocale>
#include <QScreen>
#include <QStyleFactory>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include "ui/files/session_actions.h"
#include "ui/window/main_window.h"
#include "ui/window/translations.h"
#include "ui/window/window_layout.h"

namespace lif::ui {

void setApplicationIdentity() {
    QApplication::setApplicationName(QStringLiteral("LIFscope"));
    QApplication::setApplicationVersion(QStringLiteral(LIFSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("LIFscope"));
    QApplication::setDesktopFileName(QStringLiteral("lifscope"));
}

bool startWindow(MainWindow& window, const QStringList& arguments) {
    QString sessionFile;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if ((argument == QStringLiteral("--config") || argument == QStringLiteral("-c")) && i + 1 < arguments.size()) {
            sessionFile = arguments[++i];
        } else if (argument.startsWith(QStringLiteral("--config="))) {
            sessionFile = argument.mid(QStringLiteral("--config=").size());
        } else if (!argument.startsWith(QLatin1Char('-')) && sessionFile.isEmpty()) {
            sessionFile = argument;  // `lifscope FILE.json`, as a file manager or the menu entry passes it
        } else {
            std::fprintf(stderr, "lifscope: the window ignores '%s' (with --headless it runs without a window)\n",
                         qPrintable(argument));
        }
    }
    // Remembered first, so that the session opened now is autosaved like any later change.
    window.setRemembered(true);
    const bool opened = sessionFile.isEmpty() || window.sessions()->openSession(sessionFile);
    if (sessionFile.isEmpty() || !opened) {
        window.sessions()->restoreLastSession();  // where the last session left off
    }
    if (restoreWindowGeometry(window)) {
        window.show();
    } else {
        // The first start: as large as the screen allows (a lecture hall projector or a laptop), the plots are
        // the point.
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            window.setGeometry(screen->availableGeometry());
        }
        window.showMaximized();
    }
    restoreSplitterSizes(*window.splitter());
    return opened;
}

std::optional<std::string> noDisplayReason(int argc, char** argv) {
    const auto isSet = [](const char* name) {
        const char* value = std::getenv(name);
        return value != nullptr && *value != '\0';
    };
    if (isSet("QT_QPA_PLATFORM") || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY")) {
        return std::nullopt;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strncmp(argv[i], "-platform=", 10) == 0) {
            return std::nullopt;  // Qt's own choice of platform, e.g. -platform offscreen or vnc
        }
    }
    return std::string(
        "lifscope: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set, as in an ssh "
        "session or a container). Start it from a desktop session or over `ssh -X`, or run it without a window: "
        "lifscope --headless ... (lifscope --help lists what it can write)");
}

int runWindow(int argc, char** argv) {
    if (const std::optional<std::string> reason = noDisplayReason(argc, argv)) {
        std::fprintf(stderr, "%s\n", reason->c_str());
        return 2;  // as for the other reasons the window cannot start (app/window_module.h)
    }
    setApplicationIdentity();
    QApplication app(argc, argv);
    installChosenTranslations(app);  // before the first widget: texts are translated as they are made
    // Numbers read the same in every language, with '.' (ui/style/display_format.h): Qt's own spin boxes and the
    // plots' tick labels follow the default locale, which would otherwise be the system's ("0,5" in German).
    QLocale::setDefault(QLocale::c());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    MainWindow window;
    startWindow(window, QApplication::arguments().mid(1));
    return QApplication::exec();
}

}  // namespace lif::ui

#pragma once
// The window's Qt tests fail on any Qt warning, critical or fatal message: a warning is how Qt reports misuse
// (a timer stopped from the wrong thread, a bad connection) that would otherwise pass unnoticed. Install the
// counter once per test executable (initTestCase), reset it in init() and expect 0 in cleanup(). The offscreen
// platform plugin's own "This plugin does not support ..." about every top-level window is not ours.
#include <QString>
#include <QtGlobal>

#include <atomic>

namespace lif::testing {

class QtWarningCounter {
public:
    static void install() { previousHandler() = qInstallMessageHandler(&handle); }
    static void reset() { count() = 0; }
    static int warnings() { return count().load(); }

private:
    static std::atomic<int>& count() {
        static std::atomic<int> warnings{0};
        return warnings;
    }
    static QtMessageHandler& previousHandler() {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
        const bool platformNoise = message.startsWith(QStringLiteral("This plugin does not support"));
        if ((type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) && !platformNoise) {
            ++count();
        }
        if (previousHandler() != nullptr) {
            previousHandler()(type, context, message);
        }
    }
};

}  // namespace lif::testing

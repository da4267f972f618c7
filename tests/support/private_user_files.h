#pragma once
// Gives a test process user folders of its own: XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and
// XDG_STATE_HOME point into a temporary folder removed at exit, so QSettings (recent files, window layout) and
// QStandardPaths::AppDataLocation (the autosaved session) neither read the person's files nor meet another
// test's, even the same test running at the same time from another build tree (QStandardPaths' test mode
// shares ~/.qttest between them). Child processes inherit the variables. Create it in initTestCase, before the
// first QSettings: Qt reads the settings folder once; isolated() checks that it took.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace lif::testing {

class PrivateUserFiles {
public:
    PrivateUserFiles() {
        QStandardPaths::setTestModeEnabled(false);  // test mode would ignore the variables
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            qputenv(name, QFile::encodeName(folder(QString::fromLatin1(name).toLower())));
        }
    }
    /// A folder inside the private place (created), e.g. "xdg_data_home".
    QString folder(const QString& name) const {
        const QString path = root_.path() + QLatin1Char('/') + name;
        QDir().mkpath(path);
        return path;
    }
    /// Both the settings and the app data really are inside the private place.
    bool isolated() const {
        return root_.isValid() && QSettings().fileName().startsWith(root_.path()) &&
               QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(root_.path());
    }

private:
    QTemporaryDir root_;
};

}  // namespace lif::testing

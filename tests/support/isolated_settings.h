#pragma once
// A window test's QSettings kept apart from the user's and from the other test executables' (which run in
// parallel): QStandardPaths' test mode and an organisation and application name of the test's own. Call it in
// initTestCase, before the first window.
#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

namespace lif::testing {

inline void isolateSettings(const QString& application) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LIFscopeTests"));
    QCoreApplication::setApplicationName(application);
}

}  // namespace lif::testing

#include "ui/window/window_layout.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace lif::ui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");

}  // namespace

void saveWindowLayout(const QMainWindow& window, const QSplitter& splitter) {
    QSettings settings;
    settings.setValue(kGeometryKey, window.saveGeometry());
    settings.setValue(kSplitterKey, splitter.saveState());
}

bool restoreWindowGeometry(QMainWindow& window) {
    const QByteArray geometry = QSettings().value(kGeometryKey).toByteArray();
    return !geometry.isEmpty() && window.restoreGeometry(geometry);
}

void restoreSplitterSizes(QSplitter& splitter) {
    splitter.restoreState(QSettings().value(kSplitterKey).toByteArray());
}

}  // namespace lif::ui

#pragma once
// What the tests of the whole window share: a MainWindow opened and shown as init() needs it, a plot's graph
// found by its name, the speed set through the transport bar's slider as a person sets it.
// Threading: GUI thread only.
#include <qcustomplot.h>
#include <QSlider>
#include <QString>
#include <QTest>

#include <memory>

#include "tests/support/qt_warning_counter.h"
#include "ui/controls/transport_bar.h"
#include "ui/window/main_window.h"

namespace lif::testing {

/// Resets the warning counter, then makes `window` a new MainWindow, shown; false if it was never exposed.
/// In init(): QVERIFY(lif::testing::openWindow(window_));
inline bool openWindow(std::unique_ptr<ui::MainWindow>& window) {
    QtWarningCounter::reset();
    window = std::make_unique<ui::MainWindow>();
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

/// The graph of `plot` whose legend name is `name`, or nullptr.
inline QCPGraph* graphNamed(QCustomPlot* plot, const QString& name) {
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name() == name) {
            return plot->graph(i);
        }
    }
    return nullptr;
}

/// Moves the speed slider to `speed` (simulated per wall time); true if the transport bar then says that speed.
inline bool setSpeed(ui::MainWindow& window, double speed) {
    window.transport()->speedSlider()->setValue(ui::TransportBar::speedSliderPosition(speed));
    return window.transport()->speed() == speed;
}

}  // namespace lif::testing

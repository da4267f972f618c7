#include "bench/window_drive.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSlider>
#include <QTimer>

#include <qcustomplot.h>

#include <vector>

#include "bench/process_measures.h"
#include "ui/controls/parameter_panel.h"
#include "ui/controls/transport_bar.h"
#include "ui/plots/plot_area.h"
#include "ui/simulation/simulation_controller.h"

namespace lif::bench {

void spin(double ms) {
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(ms), &loop, &QEventLoop::quit);
    loop.exec();
}

void setSpeed(ui::MainWindow& window, double speed) {
    QSlider* slider = window.transport()->speedSlider();
    slider->setValue(ui::TransportBar::speedSliderPosition(speed));
}

void setWindowLength(ui::MainWindow& window, double window_ms) {
    QComboBox* box = window.transport()->windowBox();
    box->setCurrentIndex(box->findData(window_ms));
}

bool setSolver(ui::MainWindow& window, const char* name) {
    QComboBox* box = window.panel()->solverBox();
    const int index = box->findText(QString::fromLatin1(name));
    if (index < 0) {
        return false;
    }
    box->setCurrentIndex(index);
    return true;
}

FrameResult measureFrames(ui::MainWindow& window, double seconds, testing::StallMonitor& stalls,
                          const double& achieved) {
    FrameResult result;
    QCustomPlot* plot = window.plots()->plot();
    QElapsedTimer frame;
    std::vector<double> durations;
    const QMetaObject::Connection before =
        QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [&] { frame.start(); });
    const QMetaObject::Connection after = QObject::connect(plot, &QCustomPlot::afterReplot, plot, [&] {
        durations.push_back(static_cast<double>(frame.nsecsElapsed()) * 1e-6);
    });
    stalls.nextPhase();
    const int replots0 = window.plots()->replotCount();
    const double sim0 = window.plots()->latestTime();
    const double cpu0 = cpu_s();
    QElapsedTimer wall;
    wall.start();
    spin(seconds * 1000.0);
    const double elapsed_s = static_cast<double>(wall.nsecsElapsed()) * 1e-9;
    result.fps = (window.plots()->replotCount() - replots0) / elapsed_s;
    result.simPerWall = (window.plots()->latestTime() - sim0) / 1000.0 / elapsed_s;
    result.cpuPerWall = (cpu_s() - cpu0) / elapsed_s;
    result.frameP50_ms = percentile(durations, 50.0);
    result.frameP99_ms = percentile(durations, 99.0);
    result.frameMax_ms = percentile(durations, 100.0);
    result.achievedSpeed = achieved;
    result.maxStall_ms = stalls.nextPhase();
    result.points = window.plots()->pointCount();
    result.solver = std::string(solverName(window.controller()->latestSetup().solver));
    QObject::disconnect(before);
    QObject::disconnect(after);
    return result;
}

}  // namespace lif::bench

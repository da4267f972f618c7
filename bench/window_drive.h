#pragma once
// Driving the real main window as a person would, for the window benchmark (bench/ui_bench.cpp): the event loop
// for a while, the transport's speed slider and window box, the panel's solver box; and the frame measure (replots
// per second, replot durations, simulated time per wall second) over a stretch of running.
//
// Threading: GUI thread only.
#include <string>

#include "tests/support/stall_monitor.h"
#include "ui/window/main_window.h"

namespace lif::bench {

/// Runs the event loop for `ms` wall milliseconds (a real loop: no sleeping between rounds).
void spin(double ms);

void setSpeed(ui::MainWindow& window, double speed);
void setWindowLength(ui::MainWindow& window, double window_ms);
/// Chooses a solver in the panel's solver box; false if the box does not offer it.
bool setSolver(ui::MainWindow& window, const char* name);

struct FrameResult {
    double fps = 0.0;
    double frameP50_ms = 0.0;
    double frameP99_ms = 0.0;
    double frameMax_ms = 0.0;
    double achievedSpeed = 0.0;  ///< the worker's own figure at the end (chunk.achievedSpeed)
    double simPerWall = 0.0;     ///< simulated s per wall s over the stretch: the achieved speed of the row
    double cpuPerWall = 0.0;
    double maxStall_ms = 0.0;
    int points = 0;
    std::string solver;  ///< the solver the controller last submitted
};

/// Lets the window run for `seconds` and measures its frames; `achieved` is the latest chunk's achieved speed.
FrameResult measureFrames(ui::MainWindow& window, double seconds, testing::StallMonitor& stalls,
                          const double& achieved);

}  // namespace lif::bench

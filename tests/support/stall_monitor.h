#pragma once
// The longest gaps between two runs of a 1 ms timer on the GUI thread: how long its event loop was kept from
// running (a stall a person would see). Used by the window's stress tests and by bench/ui_bench.
//
// Threading: GUI thread only (the timer runs in the thread that creates the monitor).
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace lif::testing {

class StallMonitor {
public:
    StallMonitor() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(1);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const double now = static_cast<double>(clock_.nsecsElapsed()) * 1e-6;
            const double gap = now - last_;
            last_ = now;
            phaseMax_ = std::max(phaseMax_, gap);
            max_ = std::max(max_, gap);
        });
        clock_.start();
        timer_.start();
    }
    /// Starts a new phase; returns the longest gap of the phase that ends.
    double nextPhase() {
        const double result = phaseMax_;
        phaseMax_ = 0.0;
        return result;
    }
    /// The longest gap since construction or resetMax(), ms.
    double max() const { return max_; }
    void resetMax() { max_ = 0.0; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    double last_ = 0.0;
    double max_ = 0.0;
    double phaseMax_ = 0.0;
};

}  // namespace lif::testing

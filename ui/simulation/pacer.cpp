#include "ui/simulation/pacer.h"

#include <algorithm>
#include <chrono>

namespace lif::ui {

Pacer::Clock Pacer::steadyClock() {
    return [] {
        using Clock = std::chrono::steady_clock;
        static const Clock::time_point origin = Clock::now();
        return std::chrono::duration<double, std::milli>(Clock::now() - origin).count();
    };
}

Pacer::Pacer(Clock clock) : clock_(std::move(clock)) {}

void Pacer::anchor(double sim_ms, double speed) {
    anchorWall_ms_ = now();
    anchorSim_ms_ = sim_ms;
    anchorSpeed_ = speed;
    progress_.clear();
    progress_.emplace_back(anchorWall_ms_, anchorSim_ms_);
}

double Pacer::target(double sim_ms, double speed) {
    const double wall = now();
    if (speed != anchorSpeed_) {
        anchor(sim_ms, speed);
    }
    const double target = anchorSim_ms_ + (wall - anchorWall_ms_) * anchorSpeed_;
    if (target - sim_ms > anchorSpeed_ * kMaxDebt_ms) {
        anchorSim_ms_ = sim_ms;
        anchorWall_ms_ = wall - kMaxDebt_ms;
        return anchorSim_ms_ + kMaxDebt_ms * anchorSpeed_;
    }
    return target;
}

void Pacer::noteProgress(double wall_ms, double sim_ms) {
    progress_.emplace_back(wall_ms, sim_ms);
    while (progress_.size() > 2 && wall_ms - progress_[1].first >= kSpeedSpan_ms) {
        progress_.pop_front();
    }
}

double Pacer::achievedSpeed() const {
    if (progress_.size() < 2) {
        return anchorSpeed_;
    }
    const double wall = progress_.back().first - progress_.front().first;
    if (wall < kShortestSpeedSpan_ms) {
        return anchorSpeed_;  // too short to tell
    }
    return (progress_.back().second - progress_.front().second) / wall;
}

void Pacer::noteCall(double cost_ms, double advanced_ms, bool wholeSubChunk, bool stoppedShort) {
    if (cost_ms > 0.0 && advanced_ms > 0.0) {
        const double pace = advanced_ms / cost_ms;
        pace_ = pace_ > 0.0 ? 0.7 * pace_ + 0.3 * pace : pace;
    }
    if (cost_ms > 2.0 * kTargetCallCost_ms || stoppedShort) {
        subChunk_ms_ = std::max(kMinSubChunk_ms, subChunk_ms_ * 0.5);
    } else if (cost_ms < 0.5 * kTargetCallCost_ms && wholeSubChunk) {
        subChunk_ms_ = std::min(kMaxSubChunk_ms, subChunk_ms_ * 2.0);
    }
}

}  // namespace lif::ui

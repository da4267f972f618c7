#include "core/model/theory_drive.h"

#include <algorithm>
#include <cmath>

#include "core/model/theory.h"

namespace lif::theory {

double steadyStateAt(const ModelSetup& setup, double t_ms) {
    return steadyStateVoltage_mV(setup.parameters, setup.stimulus.meanAt(t_ms));
}

std::vector<LevelPoint> steadyStateCurve(const ModelSetup& setup, double from_ms, double to_ms, std::size_t maxPoints) {
    std::vector<LevelPoint> points;
    if (!(to_ms >= from_ms)) {
        return points;
    }
    const auto add = [&](double t) { points.push_back({t, steadyStateAt(setup, t)}); };
    const StimulusSpec& stimulus = setup.stimulus;
    maxPoints = std::max<std::size_t>(maxPoints, 8);
    if (!stimulus.hasTimes()) {
        add(from_ms);
        add(to_ms);
        return points;
    }
    if (stimulus.kind == StimulusKind::Sine) {
        const double period = stimulus.values[2] > 0.0 ? 1000.0 / stimulus.values[2] : to_ms - from_ms;
        const double span = to_ms - from_ms;
        const double step = std::max(period / 32.0, span / static_cast<double>(maxPoints));
        const auto count = static_cast<std::size_t>(std::ceil(span / std::max(step, 1e-300)));
        for (std::size_t k = 0; k < count; ++k) {
            add(from_ms + static_cast<double>(k) * step);
        }
        add(to_ms);
        return points;
    }
    // Piecewise linear: walk the protocol's pieces with the simulator's own drive (its SegmentDrive on each), so
    // the line's edges are the trace's. Both ends of every piece: a break is a vertical segment.
    StimulusProcess process(stimulus, 0, from_ms);
    const auto level = [&](double current) { return steadyStateVoltage_mV(setup.parameters, current); };
    long double t = from_ms;
    while (points.size() + 2 < maxPoints) {
        const SegmentDrive drive = process.driveFrom(t);
        const long double next = std::min(process.nextBreakAfter(t), static_cast<long double>(to_ms));
        points.push_back({static_cast<double>(t), level(drive.at(0.0))});
        points.push_back({static_cast<double>(next), level(drive.at(static_cast<double>(next - t)))});
        if (!(next < static_cast<long double>(to_ms))) {
            return points;
        }
        t = next;
    }
    // Too many breaks to draw each: even samples for the rest.
    const double rest = static_cast<double>(t);
    const double step = (to_ms - rest) / static_cast<double>(maxPoints);
    for (std::size_t k = 1; k <= maxPoints; ++k) {
        add(rest + static_cast<double>(k) * step);
    }
    return points;
}

}  // namespace lif::theory

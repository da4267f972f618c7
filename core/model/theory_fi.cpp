#include "core/model/theory_fi.h"

#include <array>
#include <cmath>

#include "core/model/errors.h"
#include "core/model/numbers.h"
#include "core/model/stimulus.h"

namespace lif {

namespace {

// Rounding slack when counting grid points, so that 0:1000:10 has 101 points whatever the binary rounding.
constexpr double kGridSlack = 1e-9;

const StimulusField& currentField() {
    return protocolOf(StimulusKind::Constant).fields[0];
}

double pointsAsDouble(const FiRange& range) {
    return std::floor((range.stop_pA - range.start_pA) / range.step_pA + kGridSlack) + 1.0;
}

}  // namespace

FiRange FiRange::parse(std::string_view text) {
    const std::string_view body = trimmed(text);
    std::array<std::string_view, 3> parts{};
    std::size_t found = 0;
    std::string_view rest = body;
    for (bool more = true; more && found <= parts.size(); ++found) {
        const auto colon = rest.find(':');
        more = colon != std::string_view::npos;
        if (found < parts.size()) {
            parts[found] = rest.substr(0, colon);
        }
        rest.remove_prefix(more ? colon + 1 : rest.size());
    }
    if (found != parts.size()) {
        throw InputError("f-I range " + quoted(text) + ": expected START:STOP:STEP in pA (e.g. 0:1000:10)",
                         {"fi.start", "fi.stop", "fi.step"});
    }
    FiRange range;
    const std::array<const char*, 3> names{"START", "STOP", "STEP"};
    const std::array<const char*, 3> ids{"fi.start", "fi.stop", "fi.step"};
    const std::array<double*, 3> targets{&range.start_pA, &range.stop_pA, &range.step_pA};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        try {
            *targets[i] = parseNumber(parts[i], std::string("f-I range ") + names[i]);
        } catch (const InputError& error) {
            throw InputError(error.what(), {ids[i]});
        }
    }
    range.validate();
    return range;
}

void FiRange::validate() const {
    const StimulusField& field = currentField();
    const std::string allowed =
        "; allowed " + formatShort(field.minValue, 10) + " to " + formatShort(field.maxValue, 10) + " pA";
    struct End {
        const char* name;
        const char* id;
        double value;
    };
    for (const End& end : {End{"START", "fi.start", start_pA}, End{"STOP", "fi.stop", stop_pA}}) {
        const double value = end.value;
        if (!std::isfinite(value) || value < field.minValue || value > field.maxValue) {
            throw InputError(std::string("f-I range ") + end.name + " = " + formatShort(value, 10) +
                                 " pA is outside the stimulus current range" + allowed,
                             {end.id});
        }
    }
    if (stop_pA < start_pA) {
        throw InputError("f-I range STOP = " + formatShort(stop_pA, 10) +
                             " pA must not be below START = " + formatShort(start_pA, 10) + " pA",
                         {"fi.stop", "fi.start"});
    }
    if (!std::isfinite(step_pA) || !(step_pA > 0.0)) {
        throw InputError("f-I range STEP = " + formatShort(step_pA, 10) + " pA must be above 0 pA", {"fi.step"});
    }
    const double points = pointsAsDouble(*this);
    if (points > static_cast<double>(kMaxFiPoints)) {
        const double smallestStep = (stop_pA - start_pA) / static_cast<double>(kMaxFiPoints - 1);
        throw InputError("f-I range " + toString() + " has " + formatShort(points, 12) + " currents; allowed at most " +
                             std::to_string(kMaxFiPoints) + " (STEP = " + formatShort(step_pA, 10) +
                             " pA must be at least " + formatShort(smallestStep, 6) + " pA for this START and STOP)",
                         {"fi.step"});
    }
}

std::size_t FiRange::count() const {
    return static_cast<std::size_t>(pointsAsDouble(*this));
}

std::string FiRange::toString() const {
    return formatRoundTrip(start_pA) + ":" + formatRoundTrip(stop_pA) + ":" + formatRoundTrip(step_pA);
}

}  // namespace lif

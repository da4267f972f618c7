#include "core/inputs.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include "core/errors.h"
#include "core/numbers.h"

namespace lif {

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();
// About 8 million spikes; parsing holds the text and the spikes (measured ~5x the text at peak), so the cap keeps
// a bad or wrong file from taking gigabytes.
constexpr std::size_t kMaxInputFileBytes = std::size_t{128} * 1024 * 1024;
}  // namespace

std::vector<InputSpike> parseInputSpikesCsv(const std::string& text, const std::string& sourceName) {
    std::vector<InputSpike> spikes;
    std::size_t lineNumber = 0;
    std::size_t position = 0;
    bool headerSeen = false;
    double previous = 0.0;
    const auto fail = [&](const std::string& why) {
        throw InputError("--input-spikes " + quoted(sourceName) + " line " + std::to_string(lineNumber) + ": " + why);
    };
    if (text.find('\0') != std::string::npos) {
        lineNumber = 1 + static_cast<std::size_t>(
                             std::count(text.begin(), text.begin() + static_cast<long>(text.find('\0')), '\n'));
        fail("contains a NUL byte; expected a text CSV with header time_ms,channel");
    }
    while (position < text.size()) {
        auto end = text.find('\n', position);
        if (end == std::string::npos) {
            end = text.size();
        }
        ++lineNumber;
        const std::string_view line = trimmed(std::string_view(text).substr(position, end - position));
        position = end + 1;
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const auto comma = line.find(',');
        if (comma == std::string_view::npos || line.find(',', comma + 1) != std::string_view::npos) {
            fail(quoted(line) + " must have exactly two columns: time_ms,channel");
        }
        const std::string_view first = trimmed(line.substr(0, comma));
        const std::string_view second = trimmed(line.substr(comma + 1));
        if (!headerSeen) {
            if (first != "time_ms" || second != "channel") {
                fail("expected the header time_ms,channel, got " + quoted(line));
            }
            headerSeen = true;
            continue;
        }
        const double time = parseNumber(
            first, "--input-spikes " + quoted(sourceName) + " line " + std::to_string(lineNumber) + " time_ms");
        if (time < 0.0) {
            fail("time_ms = " + formatShort(time) + " is negative; times must be >= 0");
        }
        if (time < previous) {
            fail("time_ms = " + formatShort(time, 12) + " is before the previous " + formatShort(previous, 12) +
                 "; times must be non-decreasing");
        }
        Channel channel{};
        if (second == "e" || second == "E") {
            channel = Channel::Excitatory;
        } else if (second == "i" || second == "I") {
            channel = Channel::Inhibitory;
        } else {
            fail("channel " + quoted(second) + " is unknown; allowed: e (excitatory) or i (inhibitory)");
        }
        previous = time;
        spikes.push_back({time, channel});
    }
    if (!headerSeen) {
        lineNumber = std::max<std::size_t>(lineNumber, 1);
        fail("the file is empty; expected the header time_ms,channel");
    }
    return spikes;
}

std::vector<InputSpike> readInputSpikesCsv(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("--input-spikes " + quoted(path) + ": cannot open the file for reading");
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        throw InputError("--input-spikes " + quoted(path) + ": read error");
    }
    std::string text = content.str();
    if (text.size() > kMaxInputFileBytes) {
        throw InputError("--input-spikes " + quoted(path) + ": file is larger than 128 MiB (about 8 million spikes)");
    }
    return parseInputSpikesCsv(text, path);
}

void InputSchedule::PoissonTrain::restart(double rate, double from_ms) {
    rate_Hz = rate;
    next_ms = rate > 0.0 ? from_ms + random.exponential(1000.0 / rate) : kInfinity;
}

InputSchedule::InputSchedule(std::vector<InputSpike> given, double rateE_Hz, double rateI_Hz, std::uint64_t seed)
    : given_(std::move(given)),
      excitatory_{RandomStream(seed, kStreamExcitatory)},
      inhibitory_{RandomStream(seed, kStreamInhibitory)} {
    excitatory_.restart(rateE_Hz, 0.0);
    inhibitory_.restart(rateI_Hz, 0.0);
}

double InputSchedule::nextTime() const {
    const double fromFile = givenIndex_ < given_.size() ? given_[givenIndex_].time_ms : kInfinity;
    return std::min({fromFile, excitatory_.next_ms, inhibitory_.next_ms});
}

InputSpike InputSchedule::pop() {
    const double fromFile = givenIndex_ < given_.size() ? given_[givenIndex_].time_ms : kInfinity;
    if (fromFile <= excitatory_.next_ms && fromFile <= inhibitory_.next_ms && fromFile < kInfinity) {
        return given_[givenIndex_++];
    }
    if (excitatory_.next_ms <= inhibitory_.next_ms) {
        const InputSpike spike{excitatory_.next_ms, Channel::Excitatory};
        excitatory_.next_ms += excitatory_.random.exponential(1000.0 / excitatory_.rate_Hz);
        return spike;
    }
    const InputSpike spike{inhibitory_.next_ms, Channel::Inhibitory};
    inhibitory_.next_ms += inhibitory_.random.exponential(1000.0 / inhibitory_.rate_Hz);
    return spike;
}

void InputSchedule::setRates(double rateE_Hz, double rateI_Hz, double t) {
    if (rateE_Hz != excitatory_.rate_Hz) {
        excitatory_.restart(rateE_Hz, t);
    }
    if (rateI_Hz != inhibitory_.rate_Hz) {
        inhibitory_.restart(rateI_Hz, t);
    }
}

}  // namespace lif

namespace lif {
void InputSchedule::reseed(std::uint64_t seed, double t) {
    excitatory_.random = RandomStream(seed, kStreamExcitatory);
    inhibitory_.random = RandomStream(seed, kStreamInhibitory);
    excitatory_.restart(excitatory_.rate_Hz, t);
    inhibitory_.restart(inhibitory_.rate_Hz, t);
}
}  // namespace lif

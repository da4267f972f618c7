#include "core/io/input_spikes_csv.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {
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
        throw InputError("line " + std::to_string(lineNumber) + ": " + why, {"inputSpikes"},
                         TextLocation{sourceName, lineNumber, 0});
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
        double time = 0.0;
        try {
            time = parseNumber(first, "time_ms");
        } catch (const InputError& error) {
            fail(error.what());
        }
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
    const TextLocation file{path, 0, 0};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("cannot open the file for reading", {"inputSpikes"}, file);
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        throw InputError("read error", {"inputSpikes"}, file);
    }
    std::string text = content.str();
    if (text.size() > kMaxInputFileBytes) {
        throw InputError("file is larger than 128 MiB (about 8 million spikes)", {"inputSpikes"}, file);
    }
    return parseInputSpikesCsv(text, path);
}

}  // namespace lif

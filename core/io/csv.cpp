#include "core/io/csv.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {

/// A sample interval written as mantissa * 10^-decimals (0.1 = 1e-1, 0.025 = 25e-3): the decimal the person
/// typed, recovered from its shortest round-trip text. decimals < 0 when dt is not a short decimal.
struct DecimalStep {
    std::uint64_t mantissa = 0;
    int decimals = -1;
};

DecimalStep decimalStep(double dt) {
    DecimalStep step;
    if (!(dt > 0.0) || !std::isfinite(dt)) return step;
    const std::string text = formatRoundTrip(dt);
    const auto e = text.find_first_of("eE");
    const std::string digits = text.substr(0, e);
    int exponent = 0;
    if (e != std::string::npos) {
        std::from_chars(text.data() + e + 1 + (text[e + 1] == '+' ? 1 : 0), text.data() + text.size(), exponent);
    }
    const auto point = digits.find('.');
    std::string whole = digits;
    int decimals = 0;
    if (point != std::string::npos) {
        whole.erase(point, 1);
        decimals = static_cast<int>(digits.size() - point - 1);
    }
    decimals -= exponent;
    std::uint64_t mantissa = 0;
    if (whole.size() > 15 || std::from_chars(whole.data(), whole.data() + whole.size(), mantissa).ec != std::errc()) {
        return step;
    }
    for (; decimals < 0; ++decimals)
        mantissa *= 10;
    if (decimals > 18) return step;
    step.mantissa = mantissa;
    step.decimals = decimals;
    return step;
}

/// Writes a sample time on the grid t = k dt as the decimal k * dt ("128275.9", not the double nearest to
/// k * 0.1, "128275.90000000001"); any other time round-trips. Returns the end of the text; `out` needs
/// kRoundTripTextMax characters.
char* writeGridTime(char* out, double t, const DecimalStep& step, double dt) {
    if (step.decimals < 0 || !(t >= 0.0)) return writeRoundTrip(out, t);
    const double k = std::round(t / dt);
    const std::uint64_t largest = std::numeric_limits<std::uint64_t>::max() / 16 / step.mantissa;
    if (k > static_cast<double>(largest) || std::fabs(t - k * dt) > 1e-9 * dt) {
        return writeRoundTrip(out, t);
    }
    // At most 20 digits, and decimals <= 18 (decimalStep()): with a leading "0." it stays within 22 characters.
    std::array<char, 24> digits{};
    const char* digitsEnd =
        std::to_chars(digits.data(), digits.data() + digits.size(), static_cast<std::uint64_t>(k) * step.mantissa).ptr;
    const auto count = static_cast<std::size_t>(digitsEnd - digits.data());
    const auto decimals = static_cast<std::size_t>(step.decimals);
    const std::size_t whole = count > decimals ? count - decimals : 0;
    std::size_t fraction = std::min(count, decimals);  // digits after the point, before the padding zeros
    const std::size_t padding = decimals - fraction;   // zeros between the point and the digits
    // Trailing zeros of the fraction go: "0.5", not "0.50".
    while (fraction > 0 && digits[whole + fraction - 1] == '0') {
        --fraction;
    }
    if (whole == 0) {
        *out++ = '0';
    } else {
        out = std::copy(digits.data(), digits.data() + whole, out);
    }
    if (fraction == 0) return out;
    *out++ = '.';
    out = std::fill_n(out, padding, '0');
    return std::copy(digits.data() + whole, digits.data() + whole + fraction, out);
}

double sampleIntervalOf(const CsvMetadata& metadata) {
    for (const auto& [key, value] : metadata) {
        if (key == "dt_ms") {
            double dt = 0.0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), dt);
            return error == std::errc() ? dt : 0.0;
        }
    }
    return 0.0;
}

}  // namespace

CsvMetadata runMetadata(const Session& session, const std::string& createdBy) {
    CsvMetadata metadata;
    metadata.emplace_back("version", std::string("LIFscope ") + LIFSCOPE_VERSION);
    metadata.emplace_back("created_by", createdBy);
    metadata.emplace_back("model", "C dV/dt = -gL (V - EL) + Ie + Ii + Iext; dIe/dt = -Ie/tauE; dIi/dt = -Ii/tauI");
    metadata.emplace_back("stimulus", session.run.stimulus.toString());
    metadata.emplace_back("solver",
                          solverLabel(session.run) + " (" + solverDescription(resolvedSolver(session.run)) + ")");
    metadata.emplace_back("duration_ms", formatRoundTrip(session.duration_ms));
    metadata.emplace_back("dt_ms", formatRoundTrip(session.run.dt_ms));
    metadata.emplace_back("input_spikes",
                          std::to_string(session.run.inputSpikes.size()) + " given" +
                              (session.inputSpikesSource.empty() ? "" : " from " + session.inputSpikesSource));
    for (const ParamSpec& spec : parameterTable()) {
        std::string value = formatRoundTrip(session.run.parameters.*(spec.field));
        if (!spec.unit.empty()) {
            value += " " + std::string(spec.unit);
        }
        metadata.emplace_back(std::string(spec.name), value);
    }
    return metadata;
}

void writeMetadata(std::ostream& out, const std::string& kind, const CsvMetadata& metadata) {
    out << "# lifscope_" << kind << ": " << metadata.size() + 1 << " metadata lines, then one header row\n";
    for (const auto& [key, value] : metadata) {
        std::string clean = value;
        for (char& c : clean) {
            if (c == '\n' || c == '\r') c = ' ';
        }
        out << "# " << key << ": " << clean << "\n";
    }
}

TraceCsvWriter::TraceCsvWriter(std::ostream& out, const Session& session, const std::string& createdBy)
    : TraceCsvWriter(out, runMetadata(session, createdBy), session.run.parameters.Vpeak) {}

TraceCsvWriter::TraceCsvWriter(std::ostream& out, const CsvMetadata& metadata, double vpeak)
    : out_(out), vpeak_(vpeak), dt_ms_(sampleIntervalOf(metadata)) {
    writeMetadata(out_, "trace", metadata);
    out_ << "time_ms,V_mV,I_ext_pA,I_syn_pA,spike\n";
}

void TraceCsvWriter::append(const Batch& batch) {
    pendingSpikes_.insert(pendingSpikes_.end(), batch.spikeTimes_ms.begin(), batch.spikeTimes_ms.end());
    const DecimalStep step = decimalStep(dt_ms_);
    std::array<char, 4 * (kRoundTripTextMax + 1) + 24> line{};  // time, three values, the count, separators
    for (const Sample& sample : batch.samples) {
        // Every spike still pending came after the previous row, so those up to t are the ones in (t - dt, t].
        int count = 0;
        while (!pendingSpikes_.empty() && pendingSpikes_.front() <= sample.t_ms) {
            ++count;
            pendingSpikes_.pop_front();
        }
        char* end = writeGridTime(line.data(), sample.t_ms, step, dt_ms_);
        for (const double value : {count > 0 ? vpeak_ : sample.V_mV, sample.Iext_pA, sample.Isyn_pA}) {
            *end++ = ',';
            end = writeRoundTrip(end, value);
        }
        *end++ = ',';
        end = std::to_chars(end, line.data() + line.size() - 1, count).ptr;
        *end++ = '\n';
        out_.write(line.data(), end - line.data());
    }
}

void writeSpikesCsv(std::ostream& out, const Session& session, const std::string& createdBy,
                    const std::vector<double>& spikeTimes_ms) {
    writeSpikesCsv(out, runMetadata(session, createdBy), spikeTimes_ms);
}

void writeSpikesCsv(std::ostream& out, CsvMetadata metadata, const std::vector<double>& spikeTimes_ms) {
    metadata.emplace_back("spike_count", std::to_string(spikeTimes_ms.size()));
    writeMetadata(out, "spikes", metadata);
    out << "spike_time_ms\n";
    // The same shortest round-trip text as formatRoundTrip, written through one block buffer: a string per spike
    // (18 characters, past the small-string buffer, so one allocation each) was a third of a one-hour run.
    std::array<char, 1 << 16> block{};
    std::size_t used = 0;
    for (const double t : spikeTimes_ms) {
        if (block.size() - used < kRoundTripTextMax + 1) {
            out.write(block.data(), static_cast<std::streamsize>(used));
            used = 0;
        }
        char* next = writeRoundTrip(block.data() + used, t);
        *next++ = '\n';
        used = static_cast<std::size_t>(next - block.data());
    }
    out.write(block.data(), static_cast<std::streamsize>(used));
}

CsvTable parseLifscopeCsv(const std::string& text, const std::string& sourceName) {
    CsvTable table;
    std::istringstream in(text);
    std::string line;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.empty()) continue;
        if (line[0] == '#') {
            const auto colon = line.find(": ");
            if (colon != std::string::npos && colon > 2) {
                table.metadata[line.substr(2, colon - 2)] = line.substr(colon + 2);
            }
            continue;
        }
        std::vector<std::string> cells;
        std::string cell;
        std::istringstream row(line);
        while (std::getline(row, cell, ','))
            cells.push_back(cell);
        if (table.header.empty()) {
            table.header = cells;
            continue;
        }
        if (cells.size() != table.header.size()) {
            throw InputError(sourceName + " line " + std::to_string(lineNumber) + ": " + std::to_string(cells.size()) +
                                 " columns, the header has " + std::to_string(table.header.size()),
                             {}, TextLocation{sourceName, lineNumber, 0});
        }
        std::vector<double> values;
        values.reserve(cells.size());
        for (const auto& c : cells) {
            try {
                values.push_back(parseNumber(c, sourceName + " line " + std::to_string(lineNumber)));
            } catch (const InputError& error) {
                throw InputError(error.what(), {}, TextLocation{sourceName, lineNumber, 0});
            }
        }
        table.rows.push_back(std::move(values));
    }
    return table;
}

}  // namespace lif

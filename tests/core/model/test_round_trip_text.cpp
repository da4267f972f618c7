// writeRoundTrip against std::to_chars, its definition: the same bytes for every double tried. The fast path
// covers [1e-3, 2^53) and integers; the cases are drawn to reach each of its branches (every digit count, ties
// of the rounding, the ends of the interval, powers of ten and of two, the edges of the range) and the general
// path beyond it.
#include <gtest/gtest.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "core/model/numbers.h"

namespace lif {
namespace {

std::string viaToChars(double value) {
    std::array<char, 64> buffer{};
    return std::string(buffer.data(), std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr);
}

std::string viaWriteRoundTrip(double value) {
    std::array<char, kRoundTripTextMax + 8> buffer{};
    buffer.fill('#');
    char* end = writeRoundTrip(buffer.data(), value);
    EXPECT_LE(end - buffer.data(), kRoundTripTextMax);
    EXPECT_EQ(buffer[static_cast<std::size_t>(end - buffer.data())], '#') << "wrote past its end";
    return std::string(buffer.data(), end);
}

/// Compares both on every value; reports the first few that differ and how many did.
void expectSameText(const std::vector<double>& values) {
    int differing = 0;
    for (const double value : values) {
        const std::string expected = viaToChars(value);
        const std::string got = viaWriteRoundTrip(value);
        if (got != expected && ++differing <= 5) {
            ADD_FAILURE() << "for " << expected << " (bits " << std::hex <<
                [&] {
                    std::uint64_t bits = 0;
                    std::memcpy(&bits, &value, sizeof bits);
                    return bits;
                }() << std::dec
                          << ") writeRoundTrip wrote " << got;
        }
    }
    EXPECT_EQ(differing, 0) << "of " << values.size() << " values";
}

double fromBits(std::uint64_t bits) {
    double value = 0.0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

TEST(RoundTripText, MatchesToCharsOnRandomDoublesOfTheFastRange) {
    std::mt19937_64 random(20261202);
    std::uniform_int_distribution<std::uint64_t> fraction(0, (1ULL << 52) - 1);
    // Biased exponents 1013 (2^-10, below 1e-3) to 1076 (2^53, above the range): both edges and everything between.
    std::uniform_int_distribution<std::uint64_t> exponent(1013, 1076);
    std::vector<double> values;
    for (int i = 0; i < 400000; ++i) {
        const double value = fromBits((exponent(random) << 52) | fraction(random));
        values.push_back(value);
        values.push_back(-value);
    }
    expectSameText(values);
}

TEST(RoundTripText, MatchesToCharsOnSpikeTimesAndTraceValues) {
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> hour(0.0, 3.6e6);
    std::uniform_real_distribution<double> voltage(-90.0, 40.0);
    std::vector<double> values;
    for (int i = 0; i < 200000; ++i) {
        values.push_back(hour(random));
        values.push_back(voltage(random));
        values.push_back(std::nextafter(hour(random), 0.0));
    }
    // Regular spike trains: sums of one interval, as the engine adds them.
    double t = 0.0;
    for (int k = 0; k < 50000; ++k) {
        values.push_back(t);
        t += 15.862943611198906;
    }
    expectSameText(values);
}

TEST(RoundTripText, MatchesToCharsOnShortDecimalsAndTies) {
    // k / 10^j and k / 2^j: short texts (the binary search's low end), exact halves of the last digit (ties of the
    // rounding) and values that sit on the ends of their rounding intervals.
    std::vector<double> values;
    for (int k = 1; k < 20000; ++k) {
        for (const double scale : {1.0, 10.0, 100.0, 1000.0, 1e4, 1e6, 1e9, 1e12}) {
            values.push_back(k / scale);
            values.push_back(-k / scale);
        }
        for (int j = 1; j <= 40; j += 3)
            values.push_back(std::ldexp(static_cast<double>(k), -j));
    }
    for (int digits = 1; digits <= 17; ++digits) {
        const double unit = std::pow(10.0, digits);
        for (const double base : {0.5, 0.125, 0.999999999, 1.0 / 3.0}) {
            values.push_back(base * unit);
            values.push_back(std::nextafter(base * unit, 0.0));
            values.push_back(std::nextafter(base * unit, 1e300));
        }
    }
    expectSameText(values);
}

TEST(RoundTripText, MatchesToCharsOnIntegersPowersAndEdges) {
    std::vector<double> values;
    for (int e = -1074; e <= 1023; ++e) {
        const double power = std::ldexp(1.0, e);
        values.insert(values.end(), {power, std::nextafter(power, 0.0), std::nextafter(power, 1e308), -power});
    }
    for (int e = -30; e <= 30; ++e) {
        const double power = std::pow(10.0, e);
        values.insert(values.end(), {power, std::nextafter(power, 0.0), std::nextafter(power, 1e308), 9 * power,
                                     std::nextafter(10 * power, 0.0)});
    }
    for (std::int64_t i = 0; i < 100000; ++i) {
        values.push_back(static_cast<double>(i));
        values.push_back(static_cast<double>(i * 1000));
        values.push_back(static_cast<double>(i * 1000003));
    }
    const double twoTo53 = 9007199254740992.0;
    values.insert(values.end(), {twoTo53,
                                 twoTo53 - 1,
                                 twoTo53 + 2,
                                 twoTo53 / 2 - 0.5,
                                 1e15,
                                 1e15 + 0.5,
                                 1e16,
                                 123456789012345.6,
                                 0.001,
                                 std::nextafter(0.001, 0.0),
                                 std::nextafter(0.001, 1.0),
                                 0.1,
                                 0.01,
                                 std::nextafter(0.1, 0.0),
                                 std::nextafter(0.01, 1.0),
                                 0.0,
                                 -0.0,
                                 std::numeric_limits<double>::infinity(),
                                 -std::numeric_limits<double>::infinity(),
                                 std::numeric_limits<double>::quiet_NaN(),
                                 std::numeric_limits<double>::denorm_min(),
                                 std::numeric_limits<double>::min(),
                                 std::numeric_limits<double>::max(),
                                 std::numeric_limits<double>::lowest(),
                                 -65.0,
                                 500.0,
                                 2.0,
                                 -70.000000000000014});
    expectSameText(values);
}

TEST(RoundTripText, FormatRoundTripReadsBackExactly) {
    std::mt19937_64 random(99);
    std::uniform_int_distribution<std::uint64_t> bits(0, ~0ULL);
    for (int i = 0; i < 20000; ++i) {
        const double value = fromBits(bits(random));
        if (!std::isfinite(value)) continue;
        const std::string text = formatRoundTrip(value);
        double back = 0.0;
        std::from_chars(text.data(), text.data() + text.size(), back);
        EXPECT_EQ(back, value) << text;
    }
}

}  // namespace
}  // namespace lif

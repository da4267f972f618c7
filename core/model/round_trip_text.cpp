// The shortest round-trip text of a double, as std::to_chars(first, last, value) writes it, with a fast path for
// the numbers a run writes by the million (spike times, voltages, currents).
//
// A double x = m 2^-s reads back from every decimal inside its rounding interval x +- 2^-s / 2. (Its ends,
// (2m +- 1) 2^-(s+1), need 2^(s+1) to divide 10^p, so at least (2m +- 1) 5^(s+1) >= 2^53 * 25 as digits: more
// than 17, never the shortest text; whether they are included does not arise.) For n digits the nearest n-digit decimal
// is D 10^-p with p = n - 1 - floor(log10 x) and D = m 10^p / 2^s rounded half-even; it lies in the interval iff |D 2^s
// - m 10^p| <= 10^p / 2, a test on 128-bit integers with nothing rounded. The nearest n-digit decimal being in the
// interval implies the nearest (n+1)-digit one is (it is at least as near), so the shortest n is found by a binary
// search, and its nearest decimal is what std::to_chars writes: the shortest representation, and of those the nearest
// (the interval is symmetric here: powers of two, whose lower half is narrower, take the general path). In the range
// covered, [1e-3, 2^53), the fixed notation is never longer than the scientific one for a number that is not an
// integer, and std::to_chars chooses fixed on a tie; integers are their own digits with the trailing zeros dropped,
// written fixed where that is not longer.
//
// Everything else (0, subnormals, infinities, NaN, |x| < 1e-3 or >= 2^53, integers that read shorter in
// scientific notation) goes to std::to_chars. tests/core/model/test_round_trip_text.cpp compares both on millions
// of numbers.
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "core/model/numbers.h"

namespace lif {

namespace {

// GCC and Clang have a 128-bit integer; __extension__ says that we use it on purpose.
__extension__ typedef unsigned __int128 Wide;  // NOLINT(modernize-use-using): __extension__ needs a typedef

constexpr std::array<std::uint64_t, 20> kPowersOfTen = {1ULL,
                                                        10ULL,
                                                        100ULL,
                                                        1000ULL,
                                                        10000ULL,
                                                        100000ULL,
                                                        1000000ULL,
                                                        10000000ULL,
                                                        100000000ULL,
                                                        1000000000ULL,
                                                        10000000000ULL,
                                                        100000000000ULL,
                                                        1000000000000ULL,
                                                        10000000000000ULL,
                                                        100000000000000ULL,
                                                        1000000000000000ULL,
                                                        10000000000000000ULL,
                                                        100000000000000000ULL,
                                                        1000000000000000000ULL,
                                                        10000000000000000000ULL};

constexpr int kMostDigits = 17;  ///< every double reads back from its 17 significant digits
constexpr std::uint64_t kHiddenBit = 1ULL << 52;
constexpr double kTwoTo53 = 9007199254740992.0;

/// Decimal digits of v > 0: log10(2) ~ 1233 / 4096 turns its bit length into the count or one less.
int digitCount(std::uint64_t v) {
    const int bitLength = 64 - __builtin_clzll(v | 1U);
    const int guess = (bitLength * 1233) >> 12;
    return guess + (v >= kPowersOfTen[static_cast<std::size_t>(guess)] ? 1 : 0);
}

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

void writePair(char* out, std::uint32_t pair) {
    const std::size_t at = 2 * static_cast<std::size_t>(pair);
    out[0] = kDigitPairs[at];
    out[1] = kDigitPairs[at + 1];
}

/// The 8 digits of v < 10^8, leading zeros included: four pairs from two independent halves.
void writeEight(char* out, std::uint32_t v) {
    const std::uint32_t high = v / 10000;
    const std::uint32_t low = v % 10000;
    writePair(out, high / 100);
    writePair(out + 2, high % 100);
    writePair(out + 4, low / 100);
    writePair(out + 6, low % 100);
}

/// The n <= 8 digits of v < 10^n, leading zeros included.
void writeUpToEight(char* out, std::uint32_t v, int n) {
    while (n >= 2) {
        n -= 2;
        writePair(out + n, v % 100);
        v /= 100;
    }
    if (n == 1) out[0] = static_cast<char>('0' + v);
}

/// The n <= 20 digits of v < 10^n at out, leading zeros included; in blocks of eight so that the divisions do not
/// form one long chain.
void writeDigits(char* out, std::uint64_t v, int n) {
    constexpr std::uint64_t kBlock = 100000000;
    while (n > 8) {
        n -= 8;
        writeEight(out + n, static_cast<std::uint32_t>(v % kBlock));
        v /= kBlock;
    }
    writeUpToEight(out, static_cast<std::uint32_t>(v), n);
}

/// A double m 2^-s (m with its hidden bit, 1 <= s <= 62).
struct Binary {
    std::uint64_t m;
    int s;
};

/// The nearest decimal D 10^-p (rounded half-even) and whether it reads back to x.
struct Candidate {
    std::uint64_t digits;
    bool readsBack;
};

Candidate nearestDecimal(const Binary& x, int p) {
    // Only the product needs 128 bits: s <= 62, so 2^s and the remainder below it fit in 64.
    const std::uint64_t scale = kPowersOfTen[static_cast<std::size_t>(p)];
    const Wide n = static_cast<Wide>(x.m) * scale;
    const std::uint64_t one = 1ULL << x.s;
    const std::uint64_t half = one >> 1;
    auto digits = static_cast<std::uint64_t>(n >> x.s);
    const std::uint64_t rest = static_cast<std::uint64_t>(n) & (one - 1);
    const bool up = rest > half || (rest == half && (digits & 1U) != 0);
    if (up) ++digits;
    // |D 2^s - m 10^p|, doubled (at most 2^62), against 10^p (never equal to it: see the top of the file).
    const std::uint64_t twiceDistance = 2 * (up ? one - rest : rest);
    return Candidate{digits, twiceDistance < scale};
}

/// Writes D 10^-p in fixed notation (D > 0 without trailing zeros, the value not an integer). `wholeGuess` is
/// the integer part of x, which D 10^-p rounds, so D's own integer part is it or one more: a multiplication
/// finds it, not a division by 10^p.
char* writeFixed(char* out, std::uint64_t digits, int p, std::uint64_t wholeGuess) {
    const int count = digitCount(digits);
    const int whole = count - p;
    if (whole > 0) {
        const std::uint64_t unit = kPowersOfTen[static_cast<std::size_t>(p)];
        std::uint64_t integerPart = wholeGuess;
        std::uint64_t fractionPart = digits - wholeGuess * unit;
        if (fractionPart >= unit) {
            ++integerPart;
            fractionPart -= unit;
        }
        writeDigits(out, integerPart, whole);
        out[whole] = '.';
        writeDigits(out + whole + 1, fractionPart, p);
        return out + count + 1;
    }
    *out++ = '0';
    *out++ = '.';
    for (int i = 0; i < -whole; ++i)
        *out++ = '0';
    writeDigits(out, digits, count);
    return out + count;
}

/// The shortest text of a non-integer x in [1e-3, 2^53) that is not a power of two; nullptr if the search fails
/// (it cannot: 17 digits always read back), so that the caller falls back.
char* writeFraction(char* out, const Binary& x, std::uint64_t wholePart) {
    // floor(log10 x): from the integer part, or for x < 1 by exact comparisons with 1/10 and 1/100.
    int exponent10 = 0;
    if (wholePart > 0) {
        exponent10 = digitCount(wholePart) - 1;
    } else {
        const Wide one = static_cast<Wide>(1) << x.s;
        const Wide m = x.m;
        exponent10 = m * 10 >= one ? -1 : (m * 100 >= one ? -2 : -3);
    }
    const auto precisionFor = [&](int n) { return n - 1 - exponent10; };
    // Most doubles need 16 or 17 digits: 16 is tried first, then 17 or 15, and only below 15 a binary search.
    Candidate best = nearestDecimal(x, precisionFor(kMostDigits - 1));
    int bestN = kMostDigits - 1;
    if (!best.readsBack) {
        best = nearestDecimal(x, precisionFor(kMostDigits));
        bestN = kMostDigits;
        if (!best.readsBack) return nullptr;
    } else if (const Candidate fifteen = nearestDecimal(x, precisionFor(kMostDigits - 2)); fifteen.readsBack) {
        best = fifteen;
        bestN = kMostDigits - 2;
        // The shortest n that reads back, in [exponent10 + 2, 15]: fewer digits than the integer part and one
        // decimal would be an integer, which x is not.
        int low = exponent10 + 2;
        int high = bestN;
        while (low < high) {
            const int middle = low + (high - low) / 2;
            const Candidate c = nearestDecimal(x, precisionFor(middle));
            if (c.readsBack) {
                high = middle;
                best = c;
                bestN = middle;
            } else {
                low = middle + 1;
            }
        }
    }
    std::uint64_t digits = best.digits;
    int p = precisionFor(bestN);
    while (digits % 10 == 0 && p > 0) {  // only after rounding up to a power of ten, e.g. 9.99... -> 10.0
        digits /= 10;
        --p;
    }
    if (p == 0) return nullptr;  // an integer cannot read back as a non-integer; be safe
    return writeFixed(out, digits, p, wholePart);
}

/// An integer below 2^53: its digits without the trailing zeros are its shortest text; fixed unless
/// scientific is shorter (then nullptr: the caller falls back).
char* writeInteger(char* out, std::uint64_t value) {
    const int count = digitCount(value);
    int significant = count;
    for (std::uint64_t rest = value; rest % 10 == 0; rest /= 10)
        --significant;
    const int scientific = significant + (significant > 1 ? 1 : 0) + 4;  // d[.ddd]e+XX
    if (count > scientific) return nullptr;
    writeDigits(out, value, count);
    return out + count;
}

}  // namespace

char* writeRoundTrip(char* first, double value) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    const auto biased = static_cast<int>((bits >> 52) & 0x7FF);
    const std::uint64_t fraction = bits & (kHiddenBit - 1);
    const double magnitude = std::fabs(value);
    if (biased != 0 && magnitude >= 1e-3 && magnitude < kTwoTo53) {
        char* out = first;
        if (value < 0.0) *out++ = '-';
        const std::uint64_t m = fraction | kHiddenBit;
        const int s = 1075 - biased;  // value = m 2^-s; 0 <= s <= 62 in this range
        char* end = nullptr;
        if (s == 0) {
            end = writeInteger(out, m);
        } else if (s <= 52 && (m & ((1ULL << s) - 1)) == 0) {
            end = writeInteger(out, m >> s);
        } else if (fraction != 0) {
            end = writeFraction(out, Binary{m, s}, m >> s);
        }
        if (end != nullptr) return end;
    }
    return std::to_chars(first, first + kRoundTripTextMax, value).ptr;
}

}  // namespace lif

#pragma once
// Locale-independent number parsing and formatting. Parsing is strict (the whole text must be one finite
// number) so that "12abc", "nan" and "1e999" are refused with a message instead of silently becoming 12, NaN or inf.
#include <string>
#include <string_view>

namespace lif {

/// Parses a finite decimal number; throws InputError naming `what` and the text when it is not one.
double parseNumber(std::string_view text, std::string_view what);

/// Shortest text that reads back as exactly the same double ('.' decimal point, never locale-dependent).
std::string formatRoundTrip(double value);

/// The room writeRoundTrip needs: its text has at most 24 characters, and it may use the rest as scratch.
inline constexpr int kRoundTripTextMax = 40;
/// The text of formatRoundTrip written at `first` (room for kRoundTripTextMax characters; no terminating zero,
/// and the bytes after the text may have changed); returns the end of the text. Byte for byte what
/// std::to_chars(first, last, value) writes, in about 60% of its time for spike times (core/model/round_trip_text.cpp;
/// bench/core_bench.cpp measures both).
char* writeRoundTrip(char* first, double value);

/// Human-friendly text for messages and labels: up to `significantDigits` digits, no trailing zeros.
std::string formatShort(double value, int significantDigits = 6);

/// `value` rounded to `digits` significant digits (for values reached by multiplicative steps or a log
/// slider, so that they read as 0.0125 rather than 0.012500000000000001); 0 and non-finite values unchanged.
double roundSignificant(double value, int digits);

/// Quotes a piece of user text for an error message, with non-printable bytes escaped.
std::string quoted(std::string_view text);

/// Text with leading and trailing blanks removed.
std::string_view trimmed(std::string_view text);

}  // namespace lif

#pragma once
// How numbers are written in the window: plain decimals with a given number of significant digits (no
// exponent between 1e-4 and 1e7, no trailing zeros), '.' as decimal point whatever the locale, and the unit
// after a thin space. Text only; no numerics.
//
// Threading: pure functions, callable from any thread (used on the GUI thread).
#include <QString>

#include <string_view>

namespace lif::ui {

/// "63.1", "0.0125", "375", "1.5e-12"; "—" for NaN.
QString displayNumber(double value, int significantDigits = 3);
/// displayNumber plus the unit: "63.1 Hz". An empty unit gives the number alone.
QString displayQuantity(double value, std::string_view unit, int significantDigits = 3);
/// `value` with at most `decimals` decimals, trailing zeros dropped: displayDecimals(-50.040, 3) is "−50.04".
QString displayDecimals(double value, int decimals);
/// Simulated time to the millisecond at any length of run: "532 ms", "2954.500 s".
QString displaySimulatedTime(double t_ms);
/// Two simulated times in the unit of the later one, as displaySimulatedTime writes it: "260 to 924 ms",
/// "0.260 to 1.260 s".
QString displaySimulatedTimeRange(double from_ms, double to_ms);
/// A duration such as a window: "500 ms", "2 s", "3.14 s" (3 significant digits).
QString displayDuration(double t_ms);
/// The power of ten at or below `value` (> 0): 100 for 100 to 999.9. A value a hair below a power (999.9999999
/// for 1000 after a log and an exponential) counts as that power.
double decadeOf(double value);
/// `value` (> 0) rounded to 1, 2 or 5 times a power of ten (the stops of sliders and steps: 0.1, 0.2, 0.5, 1 ...):
/// below 1.5 times its decade to 1, below 3.5 to 2, below 7.5 to 5, else 10. Other values are returned as they are.
double roundToOneTwoFive(double value);
/// "1 spike", "2 spikes": `count` with the singular or plural noun.
QString countOf(qint64 count, const QString& singular, const QString& plural);
/// Text from the core's tables (names, units, formulas: UTF-8 std::string_view) as a QString.
QString fromCoreText(std::string_view text);

}  // namespace lif::ui

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
/// A duration such as a window: "500 ms", "2 s", "3.14 s" (3 significant digits).
QString displayDuration(double t_ms);
/// "1 spike", "2 spikes": `count` with the singular or plural noun.
QString countOf(qint64 count, const QString& singular, const QString& plural);
/// A std::string_view from the core's tables as a QString.
QString qs(std::string_view text);

}  // namespace lif::ui

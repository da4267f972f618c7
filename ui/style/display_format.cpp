#include "ui/style/display_format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lif::ui {

QString fromCoreText(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

namespace {

QString withoutTrailingZeros(QString text) {
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(QLatin1Char('.'))) {
            text.chop(1);
        }
    }
    if (text == QStringLiteral("-0")) {
        text = QStringLiteral("0");
    }
    if (text.startsWith(QLatin1Char('-'))) {
        text.replace(0, 1, QStringLiteral("\u2212"));  // a real minus sign reads better than a hyphen
    }
    return text;
}

}  // namespace

QString displayNumber(double value, int significantDigits) {
    if (std::isnan(value)) {
        return QStringLiteral("\u2014");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("\u221e") : QStringLiteral("\u2212\u221e");
    }
    if (value == 0.0) {
        return QStringLiteral("0");
    }
    const double magnitude = std::floor(std::log10(std::fabs(value)));
    if (magnitude < -4.0 || magnitude >= 7.0) {
        return QLocale::c().toString(value, 'g', significantDigits);
    }
    const int decimals = std::max(0, significantDigits - 1 - static_cast<int>(magnitude));
    return withoutTrailingZeros(QLocale::c().toString(value, 'f', decimals));
}

QString displayDecimals(double value, int decimals) {
    if (!std::isfinite(value)) {
        return displayNumber(value);
    }
    return withoutTrailingZeros(QLocale::c().toString(value, 'f', std::max(0, decimals)));
}

QString displayQuantity(double value, std::string_view unit, int significantDigits) {
    const QString number = displayNumber(value, significantDigits);
    return unit.empty() ? number : number + QStringLiteral("\u2009") + fromCoreText(unit);
}

namespace {

/// Simulated times below 1 s in whole ms, longer ones in s with fixed millisecond digits: the text neither jumps in
/// width nor loses resolution as the run grows.
bool inSeconds(double t_ms) {
    return std::fabs(t_ms) >= 1000.0;
}
QString timeNumber(double t_ms, bool seconds) {
    return seconds ? QLocale::c().toString(t_ms / 1000.0, 'f', 3) : QLocale::c().toString(t_ms, 'f', 0);
}
QString timeUnit(bool seconds) {
    return seconds ? QStringLiteral("\u2009s") : QStringLiteral("\u2009ms");
}

}  // namespace

QString displaySimulatedTime(double t_ms) {
    if (!std::isfinite(t_ms)) {
        return displayQuantity(t_ms, "ms");
    }
    return timeNumber(t_ms, inSeconds(t_ms)) + timeUnit(inSeconds(t_ms));
}

QString displaySimulatedTimeRange(double from_ms, double to_ms) {
    if (!std::isfinite(from_ms) || !std::isfinite(to_ms)) {
        return displaySimulatedTime(from_ms) + QStringLiteral(" to ") + displaySimulatedTime(to_ms);
    }
    const bool seconds = inSeconds(to_ms);
    return timeNumber(from_ms, seconds) + QStringLiteral(" to ") + timeNumber(to_ms, seconds) + timeUnit(seconds);
}

QString displayDuration(double t_ms) {
    return std::fabs(t_ms) >= 1000.0 ? displayQuantity(t_ms / 1000.0, "s") : displayQuantity(t_ms, "ms");
}

double decadeOf(double value) {
    return std::pow(10.0, std::floor(std::log10(value) + 1e-9));
}

double roundToOneTwoFive(double value) {
    if (!(value > 0.0) || !std::isfinite(value)) {
        return value;
    }
    const double power = decadeOf(value);
    const double mantissa = value / power;
    return (mantissa < 1.5 ? 1.0 : mantissa < 3.5 ? 2.0 : mantissa < 7.5 ? 5.0 : 10.0) * power;
}

QString countOf(qint64 count, const QString& singular, const QString& plural) {
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

}  // namespace lif::ui

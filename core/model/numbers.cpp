#include "core/model/numbers.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/model/errors.h"

namespace lif {

std::string_view trimmed(std::string_view text) {
    const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isBlank(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isBlank(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

std::string quoted(std::string_view text) {
    constexpr std::size_t kMaxShown = 240;  // whole paths, but not a whole binary file
    std::string out = "'";
    std::size_t shown = 0;
    for (const char c : text) {
        if (shown++ == kMaxShown) {
            out += "...";
            break;
        }
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            std::array<char, 8> buffer{};
            std::snprintf(buffer.data(), buffer.size(), "\\x%02x", static_cast<unsigned>(byte));
            out += buffer.data();
        } else {
            out += c;
        }
    }
    out += "'";
    return out;
}

double parseNumber(std::string_view text, std::string_view what) {
    const std::string_view body = trimmed(text);
    if (body.empty()) {
        throw InputError(std::string(what) + ": a number is required, got an empty value");
    }
    std::string_view digits = body;
    if (digits.front() == '+') {
        digits.remove_prefix(1);
        // from_chars takes a '-' of its own, so "+-1" would otherwise read as -1.
        if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) {
            throw InputError(std::string(what) + ": " + quoted(body) + " is not a number");
        }
    }
    double value = 0.0;
    const auto* first = digits.data();
    const auto* last = digits.data() + digits.size();
    const auto [end, error] = std::from_chars(first, last, value, std::chars_format::general);
    if (error == std::errc::result_out_of_range) {
        throw InputError(std::string(what) + ": " + quoted(body) + " is too large or too small to represent");
    }
    if (error != std::errc() || end != last || digits.empty()) {
        throw InputError(std::string(what) + ": " + quoted(body) + " is not a number");
    }
    if (!std::isfinite(value)) {
        throw InputError(std::string(what) + ": " + quoted(body) + " is not a finite number");
    }
    return value;
}

std::string formatRoundTrip(double value) {
    std::array<char, kRoundTripTextMax> buffer{};
    return std::string(buffer.data(), writeRoundTrip(buffer.data(), value));
}

std::string formatShort(double value, int significantDigits) {
    std::array<char, 40> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                            std::chars_format::general, significantDigits);
    if (error != std::errc()) {
        return "nan";
    }
    return std::string(buffer.data(), end);
}

double roundSignificant(double value, int digits) {
    if (value == 0.0 || !std::isfinite(value)) {
        return value;
    }
    const double magnitude = std::pow(10.0, digits - 1 - static_cast<int>(std::floor(std::log10(std::fabs(value)))));
    return std::round(value * magnitude) / magnitude;
}

}  // namespace lif

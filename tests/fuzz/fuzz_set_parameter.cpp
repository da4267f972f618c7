// --set NAME=VALUE and the window's number fields reach setParameterFromText and parseNumber. Each input line is one
// NAME=VALUE applied in turn, then the whole set is validated; only lif::InputError may come out. A value that was
// accepted must lie in the table's range, and a number parseNumber accepts must be one plain decimal number that
// prints and reads back exactly.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/model/errors.h"
#include "core/model/numbers.h"
#include "core/model/parameters.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// The decimal grammar parseNumber promises to read (after trimming blanks): one optional sign, digits with an
// optional decimal point (at least one digit), an optional exponent. Anything else it accepts is too lenient.
bool isStrictDecimal(std::string_view text) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        return i - start;
    };
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    std::size_t mantissa = digits();
    if (i < text.size() && text[i] == '.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0) return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == text.size();
}

void checkNumber(std::string_view text) {
    double value = 0.0;
    try {
        value = lif::parseNumber(text, "fuzz");
    } catch (const lif::InputError&) {
        return;
    }
    if (!std::isfinite(value)) lif::fuzz::propertyFailed("parseNumber accepted a non-finite value", std::string(text));
    if (!isStrictDecimal(lif::trimmed(text))) {
        lif::fuzz::propertyFailed("parseNumber accepted text that is not one decimal number", std::string(text));
    }
    const std::string printed = lif::formatRoundTrip(value);
    double back = 0.0;
    try {
        back = lif::parseNumber(printed, "round trip");
    } catch (const lif::InputError& error) {
        lif::fuzz::propertyFailed("formatRoundTrip wrote a number parseNumber refuses", printed + "\n" + error.what());
    }
    // Compare bits through ==, but keep -0 and +0 apart as a text round trip must.
    if (back != value || std::signbit(back) != std::signbit(value)) {
        lif::fuzz::propertyFailed("number changed in a text round trip", std::string(text) + " -> " + printed);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = lif::fuzz::textOf(data, size);
    checkNumber(text);

    lif::Parameters parameters;
    try {
        std::string_view rest = text;
        while (!rest.empty()) {
            const auto end = rest.find('\n');
            const std::string_view line = rest.substr(0, end);
            rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
            const auto equals = line.find('=');
            const std::string_view name = line.substr(0, equals);
            const std::string_view value =
                equals == std::string_view::npos ? std::string_view() : line.substr(equals + 1);
            checkNumber(value);
            lif::setParameterFromText(parameters, name, value, "--set");
        }
        lif::validate(parameters);
    } catch (const lif::InputError&) {
        return 0;
    }
    for (const auto& spec : lif::parameterTable()) {
        const double value = parameters.*spec.field;
        try {
            lif::checkValue(spec, value);
        } catch (const lif::InputError& error) {
            lif::fuzz::propertyFailed("an accepted parameter value is out of its range", error.what());
        }
    }
    (void)lif::seedOf(parameters);
    return 0;
}

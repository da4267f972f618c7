#pragma once
// The strict JSON reader and the string writer for session files, without Qt so the headless CLI and the fuzzers
// can use it. The grammar is nlohmann-json's (its SAX parser, core/io/json.cpp); on top of it this reader refuses
// duplicate keys, limits nesting depth, refuses numbers a double cannot hold (overflow and underflow alike),
// keeps the line and column of every value for messages, and never turns a wrong type into 0. The tree is our
// own small type so that nlohmann stays a private dependency of lifscope_io.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lif {

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;  ///< read exactly as std::from_chars reads the text (so "-0" stays -0)
    std::string string;   ///< valid UTF-8 (the parser refuses anything else)
    std::vector<JsonValue> array;
    std::vector<std::pair<std::string, JsonValue>> object;  ///< in file order; keys are unique
    int line = 1;                                           ///< where the value starts, 1-based
    int column = 1;                                         ///< in bytes, 1-based

    /// nullptr if this is not an object or has no such key.
    const JsonValue* find(const std::string& key) const;
    std::string where() const;  ///< "line L, column C"
};

std::string_view jsonTypeName(JsonValue::Type type);

/// Throws InputError "line L, column C[, field PATH]: <what is wrong>", its where() {sourceName, L, C}. The
/// message does not name the source: the caller puts it in front (InputError::withContext).
JsonValue parseJson(const std::string& text, const std::string& sourceName);

/// JSON string literal with escapes; bytes that are not valid UTF-8 become U+FFFD, so that whatever is written
/// reads back.
std::string jsonQuote(const std::string& text);

}  // namespace lif

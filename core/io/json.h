#pragma once
// A small strict JSON reader and writer for session files, without Qt so the headless CLI and the fuzzers can use
// it. Unlike QJsonDocument it reports duplicate keys, keeps the line and column of every value for messages,
// limits nesting depth, and never turns a wrong type into 0.
#include <string>
#include <utility>
#include <vector>

namespace lif {

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;
    std::string string;
    std::vector<JsonValue> array;
    std::vector<std::pair<std::string, JsonValue>> object;  ///< in file order; keys are unique
    int line = 1;
    int column = 1;

    /// nullptr if this is not an object or has no such key.
    const JsonValue* find(const std::string& key) const;
    std::string where() const;  ///< "line L, column C"
};

std::string_view jsonTypeName(JsonValue::Type type);

/// Throws InputError "<sourceName> line L, column C: <what is wrong>".
JsonValue parseJson(const std::string& text, const std::string& sourceName);

/// JSON string literal with escapes.
std::string jsonQuote(const std::string& text);

}  // namespace lif

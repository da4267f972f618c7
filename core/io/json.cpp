#include "core/io/json.h"

#include <charconv>
#include <cmath>
#include <unordered_set>

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

const JsonValue* JsonValue::find(const std::string& key) const {
    if (type != Type::Object) {
        return nullptr;
    }
    for (const auto& [name, value] : object) {
        if (name == key) {
            return &value;
        }
    }
    return nullptr;
}

std::string JsonValue::where() const {
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string_view jsonTypeName(JsonValue::Type type) {
    switch (type) {
        case JsonValue::Type::Null:
            return "null";
        case JsonValue::Type::Bool:
            return "a boolean";
        case JsonValue::Type::Number:
            return "a number";
        case JsonValue::Type::String:
            return "a string";
        case JsonValue::Type::Array:
            return "an array";
        case JsonValue::Type::Object:
            return "an object";
    }
    return "unknown";
}

namespace {

constexpr int kMaxDepth = 64;

class Parser {
public:
    Parser(const std::string& text, const std::string& source) : text_(text), source_(source) {}

    JsonValue parseDocument() {
        skipBlanks();
        JsonValue value = parseValue(0);
        skipBlanks();
        if (position_ != text_.size()) {
            fail("unexpected text after the end of the document");
        }
        return value;
    }

private:
    [[noreturn]] void fail(const std::string& why) const {
        int line = 1;
        int column = 1;
        for (std::size_t i = 0; i < position_ && i < text_.size(); ++i) {
            if (text_[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        throw InputError(source_ + " line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + why);
    }

    void locate(JsonValue& value) const {
        // Counted on from the last located offset, so locating every value stays linear in the file size.
        int line = lastLine_;
        int column = lastColumn_;
        for (std::size_t i = lastLocated_; i < position_ && i < text_.size(); ++i) {
            if (text_[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        lastLocated_ = position_;
        lastLine_ = line;
        lastColumn_ = column;
        value.line = line;
        value.column = column;
    }

    void skipBlanks() {
        while (position_ < text_.size() && (text_[position_] == ' ' || text_[position_] == '\t' ||
                                            text_[position_] == '\n' || text_[position_] == '\r')) {
            ++position_;
        }
    }

    bool consumeWord(const char* word) {
        const std::string_view expected(word);
        if (text_.compare(position_, expected.size(), expected) == 0) {
            position_ += expected.size();
            return true;
        }
        return false;
    }

    JsonValue parseValue(int depth) {
        if (depth > kMaxDepth) {
            fail("nesting deeper than 64 levels");
        }
        if (position_ >= text_.size()) {
            fail("unexpected end of file; a value was expected");
        }
        JsonValue value;
        locate(value);
        const char c = text_[position_];
        if (c == '{') {
            value.type = JsonValue::Type::Object;
            ++position_;
            skipBlanks();
            if (position_ < text_.size() && text_[position_] == '}') {
                ++position_;
                return value;
            }
            // A set, not a scan of the members so far: a scan is quadratic in the number of keys (a fuzzed
            // 512 KiB object with 65,535 keys took seconds).
            std::unordered_set<std::string> keys;
            while (true) {
                skipBlanks();
                if (position_ >= text_.size() || text_[position_] != '"') {
                    fail("a key in double quotes was expected");
                }
                const std::size_t keyPosition = position_;
                std::string key = parseString();
                if (!keys.insert(key).second) {
                    position_ = keyPosition;
                    fail("duplicate key " + jsonQuote(key));
                }
                skipBlanks();
                if (position_ >= text_.size() || text_[position_] != ':') {
                    fail("':' was expected after the key " + jsonQuote(key));
                }
                ++position_;
                skipBlanks();
                JsonValue member = parseValue(depth + 1);
                value.object.emplace_back(std::move(key), std::move(member));
                skipBlanks();
                if (position_ < text_.size() && text_[position_] == ',') {
                    ++position_;
                    continue;
                }
                if (position_ < text_.size() && text_[position_] == '}') {
                    ++position_;
                    return value;
                }
                fail("',' or '}' was expected");
            }
        }
        if (c == '[') {
            value.type = JsonValue::Type::Array;
            ++position_;
            skipBlanks();
            if (position_ < text_.size() && text_[position_] == ']') {
                ++position_;
                return value;
            }
            while (true) {
                skipBlanks();
                value.array.push_back(parseValue(depth + 1));
                skipBlanks();
                if (position_ < text_.size() && text_[position_] == ',') {
                    ++position_;
                    continue;
                }
                if (position_ < text_.size() && text_[position_] == ']') {
                    ++position_;
                    return value;
                }
                fail("',' or ']' was expected");
            }
        }
        if (c == '"') {
            value.type = JsonValue::Type::String;
            value.string = parseString();
            return value;
        }
        if (consumeWord("true")) {
            value.type = JsonValue::Type::Bool;
            value.boolean = true;
            return value;
        }
        if (consumeWord("false")) {
            value.type = JsonValue::Type::Bool;
            return value;
        }
        if (consumeWord("null")) {
            return value;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            value.type = JsonValue::Type::Number;
            value.number = parseNumberToken();
            return value;
        }
        fail("unexpected character " + quoted(std::string(1, c)) + "; a value was expected");
    }

    double parseNumberToken() {
        const std::size_t start = position_;
        const auto digit = [&] {
            return position_ < text_.size() && text_[position_] >= '0' && text_[position_] <= '9';
        };
        if (text_[position_] == '-') {
            ++position_;
        }
        if (!digit()) {
            fail("a digit was expected in the number");
        }
        if (text_[position_] == '0') {
            ++position_;
        } else {
            while (digit())
                ++position_;
        }
        if (position_ < text_.size() && text_[position_] == '.') {
            ++position_;
            if (!digit()) fail("a digit was expected after the decimal point");
            while (digit())
                ++position_;
        }
        if (position_ < text_.size() && (text_[position_] == 'e' || text_[position_] == 'E')) {
            ++position_;
            if (position_ < text_.size() && (text_[position_] == '+' || text_[position_] == '-')) ++position_;
            if (!digit()) fail("a digit was expected in the exponent");
            while (digit())
                ++position_;
        }
        double number = 0.0;
        const auto [end, error] = std::from_chars(text_.data() + start, text_.data() + position_, number);
        if (error != std::errc() || !std::isfinite(number)) {
            position_ = start;
            fail("the number " + quoted(text_.substr(start, 40)) + " is out of range");
        }
        (void)end;
        return number;
    }

    unsigned parseHex4() {
        if (position_ + 4 > text_.size()) fail("truncated \\u escape");
        unsigned code = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = text_[position_++];
            code <<= 4U;
            if (h >= '0' && h <= '9')
                code |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f')
                code |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
                code |= static_cast<unsigned>(h - 'A' + 10);
            else
                fail("invalid hex digit in \\u escape");
        }
        return code;
    }

    static void appendUtf8(std::string& out, unsigned code) {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6U));
            out += static_cast<char>(0x80 | (code & 0x3FU));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12U));
            out += static_cast<char>(0x80 | ((code >> 6U) & 0x3FU));
            out += static_cast<char>(0x80 | (code & 0x3FU));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18U));
            out += static_cast<char>(0x80 | ((code >> 12U) & 0x3FU));
            out += static_cast<char>(0x80 | ((code >> 6U) & 0x3FU));
            out += static_cast<char>(0x80 | (code & 0x3FU));
        }
    }

    std::string parseString() {
        ++position_;  // opening quote
        std::string out;
        while (true) {
            if (position_ >= text_.size()) fail("unterminated string");
            const char c = text_[position_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) {
                --position_;
                fail("control character inside a string");
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (position_ >= text_.size()) fail("unterminated escape");
            const char e = text_[position_++];
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    unsigned code = parseHex4();
                    if (code >= 0xD800 && code < 0xDC00) {
                        if (!consumeWord("\\u")) fail("a high surrogate must be followed by a low one");
                        const unsigned low = parseHex4();
                        if (low < 0xDC00 || low >= 0xE000) fail("invalid low surrogate");
                        code = 0x10000 + ((code - 0xD800) << 10U) + (low - 0xDC00);
                    } else if (code >= 0xDC00 && code < 0xE000) {
                        fail("a lone low surrogate");
                    }
                    appendUtf8(out, code);
                    break;
                }
                default:
                    --position_;
                    fail("invalid escape \\" + std::string(1, e));
            }
        }
    }

    const std::string& text_;
    const std::string& source_;
    std::size_t position_ = 0;
    mutable std::size_t lastLocated_ = 0;
    mutable int lastLine_ = 1;
    mutable int lastColumn_ = 1;
};

}  // namespace

JsonValue parseJson(const std::string& text, const std::string& sourceName) {
    Parser parser(text, sourceName);
    return parser.parseDocument();
}

std::string jsonQuote(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    static const char* const kHex = "0123456789abcdef";
                    out += "\\u00";
                    out += kHex[(static_cast<unsigned char>(c) >> 4U) & 0xFU];
                    out += kHex[static_cast<unsigned char>(c) & 0xFU];
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

}  // namespace lif

#include "core/io/json.h"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <nlohmann/json.hpp>
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

using Json = nlohmann::json;

// A container may sit inside at most this many others (any value deeper is refused).
constexpr std::size_t kMaxDepth = 64;

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Walks the text for nlohmann's lexer and counts what it has read: the SAX events carry no positions (3.11), so
/// this count is how the builder knows where each token ends.
class CountingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* at, const char* base, std::size_t* read) : at_(at), base_(base), read_(read) {}
    reference operator*() const { return *at_; }
    CountingIterator& operator++() {
        ++at_;
        *read_ = static_cast<std::size_t>(at_ - base_);
        return *this;
    }
    bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
    bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

private:
    const char* at_;
    const char* base_;
    std::size_t* read_;
};

/// Builds the JsonValue tree from nlohmann's SAX events and adds what its parser does not check. Positions: each
/// event's token ends where the lexer has read to (a number's end is found by reading it, since the lexer reads
/// one byte past a number); the next token starts after blanks and at most one ',' or ':' (the only tokens
/// that produce no event).
class TreeBuilder final : public nlohmann::json_sax<Json> {
public:
    TreeBuilder(const std::string& text, std::string source) : text_(text), source_(std::move(source)) {}

    std::size_t* readCounter() { return &read_; }
    JsonValue take() { return std::move(root_); }

    bool null() override {
        place(JsonValue::Type::Null, valueStart());
        end_ = read_;
        return true;
    }
    bool boolean(bool value) override {
        place(JsonValue::Type::Bool, valueStart()).boolean = value;
        end_ = read_;
        return true;
    }
    bool number_integer(number_integer_t /*value*/) override { return number(); }
    bool number_unsigned(number_unsigned_t /*value*/) override { return number(); }
    bool number_float(number_float_t /*value*/, const string_t& /*text*/) override { return number(); }
    bool string(string_t& value) override {
        place(JsonValue::Type::String, valueStart()).string = std::move(value);
        end_ = read_;
        return true;
    }
    bool binary(binary_t& /*value*/) override { return false; }  // JSON text has no binary values
    bool start_object(std::size_t /*elements*/) override { return open(JsonValue::Type::Object); }
    bool start_array(std::size_t /*elements*/) override { return open(JsonValue::Type::Array); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& name) override {
        const std::size_t start = valueStart();
        Frame& frame = stack_.back();
        // A set, not a scan of the members so far: a scan is quadratic in the number of keys (a fuzzed
        // 512 KiB object with 65,535 keys took seconds).
        if (!frame.keys.insert(name).second) {
            frame.key = name;
            fail(start, "duplicate key " + jsonQuote(name));
        }
        frame.key = std::move(name);
        frame.hasKey = true;
        end_ = read_;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*lastToken*/,
                     const nlohmann::detail::exception& error) override {
        // `position` counts the bytes the lexer read, the offending one (or the end of the text) included.
        const std::size_t detected = std::min(position == 0 ? 0 : position - 1, text_.size());
        std::size_t start = skipBlanks(end_);
        if (start < text_.size() && (text_[start] == ',' || text_[start] == ':') && detected > start) {
            start = skipBlanks(start + 1);
        }
        start = std::min(start, detected);
        // Inside a string the offending byte is the useful place; elsewhere, where the bad token starts.
        const bool inString = start < text_.size() && text_[start] == '"';
        fail(inString ? detected : start, describe(error, start, inString));
    }

private:
    struct Frame {
        JsonValue* value;
        std::unordered_set<std::string> keys;  ///< objects only
        std::string key;                       ///< the key of the member being read (objects)
        bool hasKey = false;
    };

    std::size_t skipBlanks(std::size_t at) const {
        while (at < text_.size() && isBlank(text_[at]))
            ++at;
        return at;
    }

    std::size_t valueStart() const {
        std::size_t at = skipBlanks(end_);
        if (at < text_.size() && (text_[at] == ',' || text_[at] == ':')) at = skipBlanks(at + 1);
        return at;
    }

    std::string numberText(std::size_t start) const {
        std::size_t end = start;
        while (end < text_.size() && end - start < 40 &&
               std::string_view("0123456789+-.eE").find(text_[end]) != std::string_view::npos)
            ++end;
        return text_.substr(start, end - start);
    }

    bool number() {
        const std::size_t start = valueStart();
        double value = 0.0;
        const char* first = text_.data() + start;
        const auto [last, error] = std::from_chars(first, text_.data() + text_.size(), value);
        if (error != std::errc() || !std::isfinite(value)) {
            fail(start, "the number " + lif::quoted(numberText(start)) + " is out of range");
        }
        place(JsonValue::Type::Number, start).number = value;
        end_ = static_cast<std::size_t>(last - text_.data());
        return true;
    }

    bool open(JsonValue::Type type) {
        JsonValue& value = place(type, valueStart());
        stack_.push_back(Frame{&value, {}, {}, false});
        end_ = read_;
        return true;
    }

    bool close() {
        stack_.pop_back();
        end_ = read_;
        return true;
    }

    JsonValue& place(JsonValue::Type type, std::size_t start) {
        if (stack_.size() > kMaxDepth) {
            stack_.clear();  // a path of 65 levels says nothing the message does not
            fail(start, "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
        }
        JsonValue* slot = &root_;
        if (!stack_.empty()) {
            // Only the innermost open container grows, so the pointers to the outer ones stay valid.
            Frame& frame = stack_.back();
            if (frame.value->type == JsonValue::Type::Array) {
                slot = &frame.value->array.emplace_back();
            } else {
                slot = &frame.value->object.emplace_back(frame.key, JsonValue{}).second;
            }
        }
        slot->type = type;
        locate(start, slot->line, slot->column);
        return *slot;
    }

    /// Line and column of byte `offset`; counted on from the last one asked for, so locating every value stays
    /// linear in the size of the text.
    void locate(std::size_t offset, int& line, int& column) {
        if (offset < located_) {
            located_ = 0;
            line_ = 1;
            column_ = 1;
        }
        for (; located_ < offset && located_ < text_.size(); ++located_) {
            if (text_[located_] == '\n') {
                ++line_;
                column_ = 1;
            } else {
                ++column_;
            }
        }
        line = line_;
        column = column_;
    }

    /// "parameters.C", "input_spikes[3][0]": the member being read when the error was found.
    std::string path() const {
        std::string path;
        for (std::size_t i = 0; i < stack_.size(); ++i) {
            const Frame& frame = stack_[i];
            if (frame.value->type == JsonValue::Type::Object) {
                if (frame.hasKey) path += (path.empty() ? "" : ".") + frame.key;
            } else {
                // An outer array holds the open container as its last element; the innermost one is reading
                // the element after its last.
                const std::size_t count = frame.value->array.size();
                path += "[" + std::to_string(i + 1 < stack_.size() ? count - 1 : count) + "]";
            }
        }
        return path;
    }

    std::string describe(const nlohmann::detail::exception& error, std::size_t start, bool inString) const {
        if (error.id == 406) {  // a number too large for a double
            return "the number " + lif::quoted(numberText(start)) + " is out of range";
        }
        // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while parsing value -
        // invalid literal; last read: 'tru'; expected ..." : the location is ours, the reason and the expectation
        // are nlohmann's.
        std::string reason = error.what();
        const auto dash = reason.find(" - ");
        if (dash != std::string::npos) reason.erase(0, dash + 3);
        std::string expected;
        static const char* const kTokens[] = {
            "'[', '{', or a literal", "string literal", "end of input", "':'", "','", "']'", "'}'"};
        for (const char* token : kTokens) {
            const std::string suffix = std::string("; expected ") + token;
            if (reason.size() >= suffix.size() &&
                reason.compare(reason.size() - suffix.size(), suffix.size(), suffix) == 0) {
                expected = token;
                reason.erase(reason.size() - suffix.size());
                break;
            }
        }
        const auto lastRead = reason.find("; last read: '");
        if (lastRead != std::string::npos) {
            reason.erase(lastRead);
            if (!inString && start < text_.size()) {
                std::size_t end = start;
                while (end < text_.size() && end - start < 40 && !isBlank(text_[end]) &&
                       std::string_view(",:[]{}\"").find(text_[end]) == std::string_view::npos) {
                    ++end;
                }
                // The token goes after nlohmann's first clause: "invalid number '1.5e'; expected ..."
                const std::string token = " " + lif::quoted(text_.substr(start, std::max<std::size_t>(end - start, 1)));
                reason.insert(std::min(reason.find("; "), reason.size()), token);
            }
        }
        if (start >= text_.size()) reason = "unexpected end of file";
        return expected.empty() ? reason : reason + "; expected " + expected;
    }

    [[noreturn]] void fail(std::size_t offset, const std::string& why) {
        TextLocation where{source_, 0, 0};
        int line = 1;
        int column = 1;
        locate(offset, line, column);
        where.line = static_cast<std::size_t>(line);
        where.column = static_cast<std::size_t>(column);
        const std::string field = path();
        throw InputError("line " + std::to_string(line) + ", column " + std::to_string(column) +
                             (field.empty() ? "" : ", field " + field) + ": " + why,
                         {}, where);
    }

    const std::string& text_;
    std::string source_;
    JsonValue root_;
    std::vector<Frame> stack_;
    std::size_t read_ = 0;  ///< bytes the lexer has read
    std::size_t end_ = 0;   ///< where the token of the last event ends
    std::size_t located_ = 0;
    int line_ = 1;
    int column_ = 1;
};

}  // namespace

JsonValue parseJson(const std::string& text, const std::string& sourceName) {
    TreeBuilder builder(text, sourceName);
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        // nlohmann skips a byte order mark; JSON files must not start with one (RFC 8259) and never did here.
        throw InputError("line 1, column 1: unexpected byte order mark; a JSON file starts with its value", {},
                         TextLocation{sourceName, 1, 1});
    }
    const char* base = text.data();
    const CountingIterator first(base, base, builder.readCounter());
    const CountingIterator last(base + text.size(), base, builder.readCounter());
    Json::sax_parse(first, last, &builder);
    return builder.take();
}

std::string jsonQuote(const std::string& text) {
    return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace lif

// The strict JSON reader under the session files: nlohmann's grammar plus what it does not check (duplicate keys,
// depth, numbers a double cannot hold), each refusal with its line and column and the member being read.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/io/json.h"
#include "core/model/errors.h"

namespace lif {
namespace {

InputError refusalOf(const std::string& text) {
    try {
        parseJson(text, "f.json");
    } catch (const InputError& error) {
        return error;
    }
    ADD_FAILURE() << "accepted: " << text;
    return InputError("accepted");
}

TEST(Json, ParsesNestedValuesWithTheirPlaces) {
    const JsonValue v = parseJson("{\"a\": [1, -2.5e3, true, null, \"x\\u00e9\\n\"],\n \"b\": {\"c\":   7}}", "t");
    ASSERT_EQ(v.type, JsonValue::Type::Object);
    const JsonValue* a = v.find("a");
    ASSERT_NE(a, nullptr);
    ASSERT_EQ(a->array.size(), 5u);
    EXPECT_EQ(a->array[1].number, -2500.0);
    EXPECT_EQ(a->array[2].type, JsonValue::Type::Bool);
    EXPECT_EQ(a->array[3].type, JsonValue::Type::Null);
    EXPECT_EQ(a->array[4].string, "x\xc3\xa9\n");
    EXPECT_EQ(a->array[1].where(), "line 1, column 11");
    EXPECT_EQ(a->array[4].where(), "line 1, column 31");
    EXPECT_EQ(v.find("b")->where(), "line 2, column 7");
    EXPECT_EQ(v.find("b")->find("c")->where(), "line 2, column 15");
}

TEST(Json, NumbersReadAsTheTextSays) {
    EXPECT_TRUE(std::signbit(parseJson("-0", "t").number)) << "-0 is not 0";
    EXPECT_EQ(parseJson("[0.1]", "t").array[0].number, 0.1);
    EXPECT_EQ(parseJson("123456789012345678901234567890", "t").number, 1.2345678901234568e29);
    EXPECT_EQ(parseJson("4.9406564584124654e-324", "t").number, 4.9406564584124654e-324);
    for (const char* text : {"1e999", "-1e999", "1e-400", "[1, 2e400]"}) {
        const InputError error = refusalOf(text);
        EXPECT_NE(std::string(error.what()).find("out of range"), std::string::npos) << error.what();
    }
}

TEST(Json, SyntaxErrorsCarryLineColumnAndMember) {
    const InputError literal = refusalOf("{\n  \"a\": 1,\n  \"b\": tru\n}");
    EXPECT_EQ(literal.where().file, "f.json");
    EXPECT_EQ(literal.where().line, 3u);
    EXPECT_EQ(literal.where().column, 8u);
    EXPECT_EQ(std::string(literal.what()), "line 3, column 8, field b: invalid literal 'tru'");

    const InputError comma = refusalOf("{\"format\": \"lifscope-session\",\n  \"parameters\": {\"C\": 300,}\n}");
    EXPECT_EQ(comma.where().line, 2u);
    EXPECT_EQ(comma.where().column, 27u) << "at the '}' where a key was expected";
    EXPECT_NE(std::string(comma.what()).find("field parameters.C"), std::string::npos) << comma.what();

    const InputError end = refusalOf("{\"parameters\": ");
    EXPECT_EQ(end.where().column, 16u);
    EXPECT_NE(std::string(end.what()).find("unexpected end of file"), std::string::npos) << end.what();

    const InputError element = refusalOf("{\"a\": [1, {\"b\": [true, -]}]}");
    EXPECT_NE(std::string(element.what()).find("field a[1].b[1]: invalid number '-'"), std::string::npos)
        << element.what();

    const InputError control = refusalOf("[\"abc\x01\"]");
    EXPECT_EQ(control.where().column, 6u) << "inside a string, the offending byte";
    EXPECT_EQ(refusalOf("[1,,2]").where().column, 4u);
    EXPECT_EQ(refusalOf("{} x").where().column, 4u);
    EXPECT_EQ(refusalOf("01").where().column, 2u);
}

TEST(Json, RefusesWhatNlohmannWouldLetThrough) {
    const InputError duplicate = refusalOf("{\"a\": 1,\n \"a\": 2}");
    EXPECT_EQ(duplicate.where().line, 2u);
    EXPECT_EQ(duplicate.where().column, 2u) << "at the second key";
    EXPECT_NE(std::string(duplicate.what()).find("duplicate key \"a\""), std::string::npos) << duplicate.what();
    EXPECT_NO_THROW(parseJson(std::string(65, '[') + std::string(65, ']'), "t"));
    const InputError deep = refusalOf(std::string(66, '[') + std::string(66, ']'));
    EXPECT_NE(std::string(deep.what()).find("nesting deeper than 64 levels"), std::string::npos) << deep.what();
    EXPECT_NE(std::string(refusalOf("\xEF\xBB\xBF{}").what()).find("byte order mark"), std::string::npos);
}

TEST(Json, RefusesMalformedText) {
    for (const char* text : {"[1, 2", "01", "", "\"\\ud800\"", "\"\\udc00\"", "{\"a\" 1}", "[1}", "NaN", "\"\xff\"",
                             "{\"a\":\"\\q\"}", "[1] ]", "'a'", "{\"a\": 1,}", "/* c */ 1"}) {
        EXPECT_THROW(parseJson(text, "t"), InputError) << text;
    }
    EXPECT_THROW(parseJson(std::string("[1,\0 2]", 7), "t"), InputError) << "a NUL byte";
}

TEST(Json, QuotedStringsReadBack) {
    for (const std::string& text : {std::string("plain"), std::string("a\"b\\c\n\t\x01\x7f"), std::string("\0x", 2),
                                    std::string("caf\xc3\xa9 \xf0\x9f\xa7\xa0")}) {
        EXPECT_EQ(parseJson(jsonQuote(text), "t").string, text);
    }
    // Bytes that are not UTF-8 (a Latin-1 file name) cannot be JSON: they become U+FFFD rather than a file that
    // does not read back.
    EXPECT_EQ(parseJson(jsonQuote("a\xff.csv"), "t").string, "a\xef\xbf\xbd.csv");
}

}  // namespace
}  // namespace lif

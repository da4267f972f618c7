#include <gtest/gtest.h>

#include "core/io/json.h"
#include "core/io/session.h"
#include "core/model/errors.h"

namespace lif {
namespace {

std::string refusal(const std::string& text) {
    try {
        parseSession(text, "s.json");
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

TEST(Json, ParsesNestedValues) {
    const JsonValue v = parseJson(R"({"a": [1, -2.5e3, true, null, "x\u00e9\n"], "b": {}})", "t");
    ASSERT_EQ(v.type, JsonValue::Type::Object);
    const JsonValue* a = v.find("a");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->array[1].number, -2500.0);
    EXPECT_EQ(a->array[4].string, "x\xc3\xa9\n");
}

TEST(Json, ErrorsCarryLineAndColumn) {
    try {
        parseJson("{\n  \"a\": 1,\n  \"b\": tru\n}", "f.json");
        FAIL();
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("f.json line 3, column 8"), std::string::npos) << error.what();
    }
    EXPECT_THROW(parseJson("{\"a\": 1, \"a\": 2}", "t"), InputError);
    EXPECT_THROW(parseJson("[1, 2", "t"), InputError);
    EXPECT_THROW(parseJson("01", "t"), InputError);
    EXPECT_THROW(parseJson("1e999", "t"), InputError);
    EXPECT_THROW(parseJson(std::string(100, '['), "t"), InputError);
    EXPECT_THROW(parseJson("\"\\ud800\"", "t"), InputError);
    EXPECT_THROW(parseJson("", "t"), InputError);
}

TEST(Session, RoundTripsExactly) {
    Session session;
    session.run.parameters.C = 123.456789012345678;
    session.run.parameters.seed = 42;
    session.run.stimulus = StimulusSpec::parse("sine:400.1,100,5.3,17");
    session.run.solver = SolverKind::Rk4;
    session.run.dt_ms = 0.05;
    session.duration_ms = 2500.0;
    session.run.inputSpikes = {{1.25, Channel::Excitatory}, {3.0, Channel::Inhibitory}};
    session.inputSpikesSource = "in \"quoted\".csv";
    session.view = {100.0, 2000.0};
    const Session back = parseSession(sessionToJson(session), "t");
    EXPECT_EQ(back.run.parameters, session.run.parameters);
    EXPECT_EQ(back.run.stimulus, session.run.stimulus);
    EXPECT_EQ(back.run.solver, session.run.solver);
    EXPECT_EQ(back.run.dt_ms, session.run.dt_ms);
    EXPECT_EQ(back.duration_ms, session.duration_ms);
    EXPECT_EQ(back.run.inputSpikes, session.run.inputSpikes);
    EXPECT_EQ(back.inputSpikesSource, session.inputSpikesSource);
    EXPECT_EQ(back.view, session.view);
}

TEST(Session, PartialFileTakesDefaults) {
    const Session session = parseSession(R"({"version": 1, "parameters": {"C": 300}})", "t");
    EXPECT_EQ(session.run.parameters.C, 300.0);
    EXPECT_EQ(session.run.parameters.gL, 25.0);
    EXPECT_EQ(session.duration_ms, 1000.0);
    EXPECT_EQ(session.run.stimulus.toString(), "const:0");
    EXPECT_NO_THROW(parseSession("{}", "t"));
}

TEST(Session, RefusalsSayWhereAndWhy) {
    EXPECT_NE(refusal(R"({"parameters": {"C": "big"}})").find("parameters.C: expected a number, found a string"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"parameters": {"C": -1}})").find("10 to 5000 pF"), std::string::npos);
    EXPECT_NE(refusal(R"({"parameters": {"Vreset": -40}})").find("Vreset"), std::string::npos);
    EXPECT_NE(refusal(R"({"parameters": {"cap": 1}})").find("unknown parameter"), std::string::npos);
    EXPECT_NE(refusal(R"({"version": 99})").find("not supported"), std::string::npos);
    EXPECT_NE(refusal(R"({"format": "other"})").find("not a LIFscope session"), std::string::npos);
    EXPECT_NE(refusal(R"({"stimulus": "step:1,5,2"})").find("OFF"), std::string::npos);
    EXPECT_NE(refusal(R"({"duration_ms": 0})").find("duration_ms"), std::string::npos);
    EXPECT_NE(refusal(R"({"input_spikes": [[2, "e"], [1, "e"]]})").find("non-decreasing"), std::string::npos);
    EXPECT_NE(refusal(R"({"input_spikes": [[2, "x"]]})").find("channel 'x'"), std::string::npos);
    EXPECT_NE(refusal(R"({"view": {"speed": 5000}})").find("view.speed"), std::string::npos);
    EXPECT_NE(refusal(R"({"solver": "leapfrog"})").find("dopri5"), std::string::npos);
    EXPECT_NE(refusal(R"({"surprise": 1})").find("unknown field"), std::string::npos);
    EXPECT_NE(refusal(R"({"parameters": {"C": 1, "C": 2}})").find("duplicate key"), std::string::npos);
    EXPECT_NE(refusal("[1]").find("expected an object"), std::string::npos);
    EXPECT_NE(refusal(R"({"parameters": {"C": 300})").find("line 1"), std::string::npos);
}

}  // namespace
}  // namespace lif

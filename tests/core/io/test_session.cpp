#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

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

InputError errorOf(const std::string& text) {
    try {
        parseSession(text, "s.json");
    } catch (const InputError& error) {
        return error;
    }
    ADD_FAILURE() << "accepted: " << text;
    return InputError("accepted");
}

using Ids = std::vector<std::string>;

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

TEST(Session, RefusalsCarryTheFieldIdsAndWhere) {
    const InputError range = errorOf("{\n  \"parameters\": {\"C\": 1e6}\n}");
    EXPECT_EQ(range.fields(), Ids{"C"});
    EXPECT_EQ(range.where().file, "s.json");
    EXPECT_EQ(range.where().line, 2u);
    EXPECT_EQ(range.where().column, 23u) << "at the value";
    EXPECT_EQ(std::string(range.what()),
              "line 2, column 23, field parameters.C: 1000000 pF is out of range; allowed 10 to 5000 pF");

    const InputError combination = errorOf(R"({"parameters": {"Vreset": -40}})");
    EXPECT_EQ(combination.fields(), (Ids{"Vreset", "Vth"}));
    EXPECT_NE(std::string(combination.what()).find("field parameters: Vreset = -40 mV must be below Vth"),
              std::string::npos)
        << combination.what();

    const InputError stimulus = errorOf(R"({"stimulus": "step:1,5,2"})");
    EXPECT_EQ(stimulus.fields(), (Ids{"stimulus", "stimulus.ON", "stimulus.OFF"}));
    EXPECT_EQ(stimulus.where().column, 14u);
    EXPECT_EQ(std::string(stimulus.what()),
              "line 1, column 14, field stimulus: 'step:1,5,2': step field OFF = 2 ms must be after ON = 5 ms");

    EXPECT_EQ(errorOf(R"({"parameters": {"gL": true}})").fields(), Ids{"gL"});
    EXPECT_EQ(errorOf(R"({"stimulus": 5})").fields(), Ids{"stimulus"});
    EXPECT_EQ(errorOf(R"({"stimulus": "stp:1"})").fields(), Ids{"stimulus"});
    EXPECT_EQ(errorOf(R"({"solver": "leapfrog"})").fields(), Ids{"solver"});
    EXPECT_EQ(errorOf(R"({"duration_ms": 0})").fields(), Ids{"duration"});
    EXPECT_EQ(errorOf(R"({"dt_ms": "x"})").fields(), Ids{"dt"});
    EXPECT_EQ(errorOf(R"({"view": {"speed": 5000}})").fields(), Ids{"speed"});
    EXPECT_EQ(errorOf(R"({"view": {"window_ms": 1}})").fields(), Ids{"window"});
    EXPECT_EQ(errorOf(R"({"input_spikes": [[2, "e"], [1, "e"]]})").fields(), Ids{"inputSpikes"});
    EXPECT_EQ(errorOf(R"({"input_spikes": [[2, "x"]]})").where().column, 23u);
}

TEST(Session, MessagesNameNoFlagAndNoSource) {
    // The caller says where the text came from (--config 'x.json', session file 'x.json'); the core never names
    // a flag of its own.
    for (const char* text : {R"({"stimulus": "stp:1"})", R"({"stimulus": "const:abc"})", R"({"solver": "x"})",
                             R"({"parameters": {"C": 1}})", R"({"duration_ms": 0})", R"({"dt_ms": 1e9})",
                             R"({"input_spikes": [[-1, "e"]]})", "{\"a\": tru}"}) {
        const std::string message = errorOf(text).what();
        EXPECT_EQ(message.find("--"), std::string::npos) << message;
        EXPECT_EQ(message.find("s.json"), std::string::npos) << message;
        EXPECT_EQ(message.rfind("line 1, column ", 0), 0u) << message;
    }
}

TEST(Session, ANonUtf8SourceStillRoundTrips) {
    Session session;
    session.inputSpikesSource = "spikes-\xff.csv";
    const Session back = parseSession(sessionToJson(session), "t");
    EXPECT_EQ(back.inputSpikesSource, "spikes-\xef\xbf\xbd.csv");
    EXPECT_EQ(parseSession(sessionToJson(back), "t").inputSpikesSource, back.inputSpikesSource);
}

TEST(Session, FilesLargerThanTheLimitAreRefused) {
    const auto path = std::filesystem::temp_directory_path() / ("lifscope-big-session-" + std::to_string(::getpid()));
    {
        std::ofstream out(path, std::ios::binary);
        out << "{\"input_spikes_source\": \"" << std::string(kMaxSessionFileBytes, 'x') << "\"}";
    }
    try {
        (void)readSessionFile(path.string());
        ADD_FAILURE() << "a file over the limit was read";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("larger than 8 MiB"), std::string::npos) << error.what();
        EXPECT_EQ(error.where().file, path.string());
    }
    std::filesystem::remove(path);
    try {
        (void)readSessionFile(path.string());
        ADD_FAILURE() << "a missing file was read";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("cannot open"), std::string::npos) << error.what();
    }
}

}  // namespace
}  // namespace lif

// The headless command line as a contract: exit statuses, messages, files written or left alone.
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "core/io/csv.h"
#include "core/io/session.h"
#include "tests/cli/cli_fixture.h"

namespace {

using lif::testing::readFile;
using lif::testing::Result;
namespace fs = std::filesystem;

class Cli : public lif::testing::CliFixture {
protected:
    Cli() : CliFixture("lifscope-cli-") {}
};

TEST_F(Cli, HelpVersionAndParameterList) {
    const Result help = run({"--help"});
    EXPECT_EQ(help.status, 0);
    EXPECT_NE(help.out.find("--headless"), std::string::npos);
    EXPECT_NE(help.out.find("pulses:I,WIDTH,PERIOD,[DELAY]"), std::string::npos);
    const Result version = run({"--version"});
    EXPECT_EQ(version.status, 0);
    EXPECT_NE(version.out.find(LIFSCOPE_VERSION), std::string::npos);
    const Result list = run({"--list-params"});
    EXPECT_EQ(list.status, 0);
    for (const auto& spec : lif::parameterTable()) {
        EXPECT_NE(list.out.find(std::string(spec.name)), std::string::npos) << spec.name;
    }
}

/// The lines of `text` from the one starting with `heading` up to the next empty line.
std::vector<std::string> section(const std::string& text, const std::string& heading) {
    std::istringstream in(text);
    std::vector<std::string> lines;
    bool inside = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind(heading, 0) == 0) {
            inside = true;
        } else if (inside && line.empty()) {
            break;
        } else if (inside) {
            lines.push_back(line);
        }
    }
    return lines;
}

/// Column where the text after "  NAME" starts on `line` (the first non-blank after the name).
std::size_t columnAfter(const std::string& line, const std::string& name) {
    const std::size_t end = line.find(name) + name.size();
    return line.find_first_not_of(' ', end);
}

TEST_F(Cli, HelpListsEverySolverAndProtocolInAlignedColumns) {
    const Result help = run({"--help"});
    ASSERT_EQ(help.status, 0);
    std::istringstream in(help.out);
    for (std::string line; std::getline(in, line);) {
        EXPECT_LE(line.size(), 100u) << line;
    }
    const auto protocols = section(help.out, "Stimulus protocols");
    ASSERT_EQ(protocols.size(), lif::stimulusProtocols().size() + 1) << "one line each, the noise line wrapped";
    std::set<std::size_t> columns;
    for (const auto& protocol : lif::stimulusProtocols()) {
        const std::string usage = lif::usageOf(protocol);
        const auto line = std::find_if(protocols.begin(), protocols.end(),
                                       [&](const std::string& l) { return l.rfind("  " + usage + " ", 0) == 0; });
        ASSERT_NE(line, protocols.end()) << usage;
        columns.insert(columnAfter(*line, usage));
    }
    EXPECT_EQ(columns.size(), 1u) << "every protocol's meaning starts in one column";

    std::vector<std::string> solvers;  // one line per solver; a long description wraps onto indented lines
    for (const auto& line : section(help.out, "Solvers")) {
        if (line.rfind("   ", 0) != 0) solvers.push_back(line);
    }
    ASSERT_EQ(solvers.size(), lif::allSolverKinds().size());
    columns.clear();
    for (std::size_t i = 0; i < solvers.size(); ++i) {
        const std::string name(lif::solverName(lif::allSolverKinds()[i]));
        EXPECT_EQ(solvers[i].rfind("  " + name + " ", 0), 0u) << solvers[i];
        columns.insert(columnAfter(solvers[i], name));
    }
    EXPECT_EQ(columns.size(), 1u);
    EXPECT_NE(help.out.find("auto (default), exact, dopri5, rk4 or euler"), std::string::npos) << help.out;

    columns.clear();
    for (const auto& line : section(help.out, "Options:")) {
        if (line.rfind("  -", 0) != 0 && line.rfind("      --", 0) != 0) continue;  // a wrapped description
        // "  -c, --config FILE.json     text": names and value are spaced singly, the description after a gap.
        const auto gap = line.find("  ", line.find_first_not_of(' '));
        ASSERT_NE(gap, std::string::npos) << line;
        columns.insert(line.find_first_not_of(' ', gap));
    }
    EXPECT_EQ(columns.size(), 1u) << help.out;
}

TEST_F(Cli, WritesTraceAndSpikesAsContracted) {
    const Result result = run({"--headless", "--stimulus", "const:500", "-T", "100", "--dt", "0.5", "--trace-csv",
                               path("trace.csv").string(), "--spikes-csv", path("spikes.csv").string()});
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_NE(result.out.find("6 spikes"), std::string::npos) << result.out;
    const auto trace = lif::parseLifscopeCsv(readFile(path("trace.csv")), "trace");
    ASSERT_EQ(trace.rows.size(), 201u);
    EXPECT_EQ(trace.rows.back()[0], 100.0);
    const auto spikes = lif::parseLifscopeCsv(readFile(path("spikes.csv")), "spikes");
    ASSERT_EQ(spikes.rows.size(), 6u);
    EXPECT_NEAR(spikes.rows[0][0], 10.0 * std::log(4.0), 1e-9);
    double spikeColumn = 0.0;
    for (const auto& row : trace.rows)
        spikeColumn += row[4];
    EXPECT_EQ(spikeColumn, 6.0);
    EXPECT_EQ(trace.metadata.at("stimulus"), "const:500");
}

TEST_F(Cli, SessionSavedThenReplayedGivesTheSameSpikes) {
    std::ofstream(path("in.csv")) << "time_ms,channel\n5,e\n6,e\n7,e\n8,i\n";
    ASSERT_EQ(run({"--headless", "--set", "rateE=900", "--set", "seed=17", "--stimulus", "noise:300,80,4",
                   "--input-spikes", path("in.csv").string(), "-T", "700", "--spikes-csv", path("a.csv").string(),
                   "--save-session", path("s.json").string()})
                  .status,
              0);
    const Result replay =
        run({"--headless", "--config", path("s.json").string(), "--spikes-csv", path("b.csv").string()});
    ASSERT_EQ(replay.status, 0) << replay.err;
    const auto a = lif::parseLifscopeCsv(readFile(path("a.csv")), "a");
    const auto b = lif::parseLifscopeCsv(readFile(path("b.csv")), "b");
    ASSERT_GT(a.rows.size(), 3u);
    EXPECT_EQ(a.rows, b.rows);
}

TEST_F(Cli, SetAppliesAfterConfig) {
    std::ofstream(path("s.json")) << R"({"parameters": {"gL": 40}, "stimulus": "const:500", "duration_ms": 200})";
    const Result quiet = run({"--headless", "-c", path("s.json").string()});
    EXPECT_NE(quiet.out.find(" 0 spikes"), std::string::npos) << quiet.out << quiet.err;
    const Result firing = run({"--headless", "-s", "gL=25", "-c", path("s.json").string()});
    EXPECT_NE(firing.out.find("12 spikes"), std::string::npos) << firing.out << firing.err;
}

TEST_F(Cli, BadInputIsRefusedWithStatusTwoAndAClearMessage) {
    const std::string out = path("out.csv").string();
    expectRefused({"--headless", "--set", "C=-5", "--trace-csv", out}, {"--set C", "-5", "10 to 5000 pF"});
    expectRefused({"--headless", "--set", "C=abc"}, {"--set C", "'abc'", "not a number"});
    expectRefused({"--headless", "--set", "C=nan"}, {"--set C", "nan"});
    expectRefused({"--headless", "--set", "C=inf"}, {"--set C", "inf"});
    expectRefused({"--headless", "--set", "Cm=3"}, {"unknown parameter 'Cm'", "gL"});
    expectRefused({"--headless", "--set", "C"}, {"--set 'C'", "NAME=VALUE"});
    expectRefused({"--headless", "--set", "Vreset=-40"}, {"Vreset", "Vth"});
    expectRefused({"--headless", "--stimulus", "square:3"}, {"--stimulus", "square", "const"});
    expectRefused({"--headless", "--stimulus", "step:500,600,100"}, {"OFF", "ON"});
    expectRefused({"--headless", "-T", "-1"}, {"--duration", "-1", "allowed"});
    expectRefused({"--headless", "--dt", "0"}, {"--dt", "0", "allowed"});
    expectRefused({"--headless", "--solver", "magic"}, {"--solver", "magic", "dopri5"});
    expectRefused({"--headless", "--frobnicate"}, {"unknown argument", "--frobnicate"});
    expectRefused({"--headless", "-T"}, {"--duration", "needs a value"});
    expectRefused({"--headless", "-T", "5", "-T", "6"}, {"--duration", "more than once"});
    expectRefused({"--headless", "--config", path("missing.json").string()}, {"missing.json", "cannot open"});
    expectRefused({"--headless", "--input-spikes", path("missing.csv").string()}, {"missing.csv"});
    expectRefused({"--headless", "--trace-csv", path("no/such/dir/t.csv").string()}, {"--trace-csv", "no/such/dir"});
    expectRefused({"--headless", "--trace-csv", out, "--spikes-csv", out}, {"named twice"});
    expectRefused({"--headless", "--size", "10x10", "--png", path("p.png").string()}, {"--size", "100 to 10000"});
}

TEST_F(Cli, ValuesGoAfterTheFlagOrAfterAnEqualsSign) {
    const Result joined =
        run({"--headless", "--duration=100", "--set=C=300", "--stimulus=const:500", "--solver=exact"});
    const Result apart =
        run({"--headless", "-T", "100", "-s", "C=300", "--stimulus", "const:500", "--solver", "exact"});
    ASSERT_EQ(joined.status, 0) << joined.err;
    ASSERT_EQ(apart.status, 0) << apart.err;
    EXPECT_EQ(joined.out.substr(0, joined.out.find(" in ")), apart.out.substr(0, apart.out.find(" in ")));
    EXPECT_NE(apart.out.find("simulated 100 ms: 5 spikes"), std::string::npos) << apart.out;
}

TEST_F(Cli, OnlyTheContractsSpellingsAreRead) {
    expectRefused({"--headless", "-T5"}, {"unknown argument", "'-T5'"});
    expectRefused({"--headless", "-qh"}, {"unknown argument", "'-qh'"});
    expectRefused({"--headless", "--", "-q"}, {"unknown argument", "'--'"});
    expectRefused({"--headless", "results.csv"}, {"unknown argument", "'results.csv'"});
    expectRefused({"--headless", "--headless=false"}, {"--headless", "takes no value", "'false'"});
    expectRefused({"--headless", "-q", "--quiet"}, {"--quiet", "more than once"});
    expectRefused({"--headless", "--dt", "0.5", "--dt=1"}, {"--dt", "more than once"});
    expectRefused({"--headless", "--stimulus="}, {"--stimulus", "''"});
}

TEST_F(Cli, BadFilesNameTheFileAndLine) {
    std::ofstream(path("unsorted.csv")) << "time_ms,channel\n5,e\n3,e\n";
    expectRefused({"--headless", "--input-spikes", path("unsorted.csv").string()},
                  {"unsorted.csv", "line 3", "non-decreasing"});
    std::ofstream(path("channel.csv")) << "time_ms,channel\n5,x\n";
    expectRefused({"--headless", "--input-spikes", path("channel.csv").string()}, {"channel.csv", "line 2", "'x'"});
    std::ofstream(path("bad.json")) << "{\n \"parameters\": {\"C\": 1e6}\n}";
    expectRefused({"--headless", "-c", path("bad.json").string()}, {"bad.json", "line 2", "parameters.C", "5000"});
    std::ofstream(path("broken.json")) << "{\"parameters\": ";
    expectRefused({"--headless", "-c", path("broken.json").string()}, {"broken.json", "line 1", "end of file"});
    std::ofstream(path("binary.csv"), std::ios::binary) << std::string(
        "\x7f"
        "ELF\0\0\x01",
        7);
    expectRefused({"--headless", "--input-spikes", path("binary.csv").string()}, {"binary.csv"});
}

TEST_F(Cli, EveryMessageNamesTheFlagItCameThrough) {
    // The core's messages name no flag; the command line puts its own in front, with the value and the range.
    expectRefused({"--headless", "--stimulus", "step:500,600,100"},
                  {"--stimulus: 'step:500,600,100': step field OFF = 100 ms must be after ON = 600 ms"});
    expectRefused({"--headless", "--stimulus", "const:abc"}, {"--stimulus: 'const:abc': const field I", "'abc'"});
    expectRefused({"--headless", "--stimulus", "const:1e9"}, {"--stimulus", "-20000 to 20000 pA"});
    expectRefused({"--headless", "--set", "Vth=-40", "--set", "Vreset=-30"},
                  {"parameters after --config and --set: Vreset = -30 mV must be below Vth = -40 mV"});
    const std::string spikes = path("late.csv").string();
    std::ofstream(spikes) << "time_ms,channel\n5,e\n3,e\n";
    expectRefused({"--headless", "--input-spikes", spikes}, {"--input-spikes '" + spikes + "': line 3: time_ms = 3"});
    expectRefused({"--headless", "--input-spikes", path("none.csv").string()},
                  {"--input-spikes '" + path("none.csv").string() + "': cannot open"});
    const std::string session = path("stimulus.json").string();
    std::ofstream(session) << R"({"stimulus": "stp:1"})";
    const Result result = run({"--headless", "--config", session});
    EXPECT_EQ(result.status, 2);
    EXPECT_NE(
        result.err.find("--config '" + session + "': line 1, column 14, field stimulus: 'stp:1': unknown protocol"),
        std::string::npos)
        << result.err;
    EXPECT_EQ(result.err.find("--stimulus"), std::string::npos)
        << "a file's stimulus is not the flag's: " << result.err;
    std::ofstream(path("solver.json")) << R"({"solver": "magic"})";
    expectRefused({"--headless", "-c", path("solver.json").string()},
                  {"--config", "field solver", "'magic'", "dopri5"});
}

TEST_F(Cli, ExistingOutputSurvivesARefusedRun) {
    std::ofstream(path("keep.csv")) << "precious";
    const Result result = run({"--headless", "--set", "tref=-1", "--trace-csv", path("keep.csv").string()});
    EXPECT_EQ(result.status, 2);
    EXPECT_EQ(readFile(path("keep.csv")), "precious");
}

TEST_F(Cli, SolverFailureExitsWithOneAndKeepsOldFiles) {
    std::ofstream(path("keep.csv")) << "precious";
    std::ofstream(path("in.csv")) << "time_ms,channel\n1,e\n";
    const Result result =
        run({"--headless", "--stimulus", "const:20000", "--set", "C=10", "--set", "gL=200", "--set", "tref=0", "--set",
             "Vreset=-50.5", "--input-spikes", path("in.csv").string(), "--trace-csv", path("keep.csv").string()});
    EXPECT_EQ(result.status, 1) << result.err;
    EXPECT_NE(result.err.find("fires faster than"), std::string::npos) << result.err;
    EXPECT_EQ(readFile(path("keep.csv")), "precious");
}

TEST_F(Cli, MoreBadFilesAndValues) {
    std::ofstream(path("empty.json")) << "";
    expectRefused({"--headless", "-c", path("empty.json").string()}, {"empty.json", "line 1", "end of file"});
    std::ofstream(path("types.json")) << R"({"parameters": {"gL": true}})";
    expectRefused({"--headless", "-c", path("types.json").string()}, {"parameters.gL", "expected a number"});
    std::ofstream(path("dup.json")) << "{\"duration_ms\": 10,\n \"duration_ms\": 20}";
    expectRefused({"--headless", "-c", path("dup.json").string()}, {"dup.json", "line 2", "duplicate key"});
    std::ofstream(path("nan.json")) << R"({"parameters": {"C": NaN}})";
    expectRefused({"--headless", "-c", path("nan.json").string()},
                  {"nan.json", "line 1, column 22", "invalid literal 'NaN'"});
    std::ofstream(path("huge.json")) << R"({"parameters": {"C": 1e999}})";
    expectRefused({"--headless", "-c", path("huge.json").string()}, {"huge.json", "out of range"});
    std::ofstream(path("stim.json")) << R"({"stimulus": 500})";
    expectRefused({"--headless", "-c", path("stim.json").string()}, {"stimulus", "expected a string"});
    std::ofstream(path("negative.csv")) << "time_ms,channel\n-3,e\n";
    expectRefused({"--headless", "--input-spikes", path("negative.csv").string()},
                  {"negative.csv", "line 2", "negative"});
    std::ofstream(path("truncated.csv")) << "time_ms,chan";
    expectRefused({"--headless", "--input-spikes", path("truncated.csv").string()}, {"truncated.csv", "header"});
    std::ofstream(path("emptyspikes.csv")) << "";
    expectRefused({"--headless", "--input-spikes", path("emptyspikes.csv").string()}, {"emptyspikes.csv", "empty"});
    expectRefused({"--headless", "--set", "seed=1.5"}, {"seed", "whole number"});
    expectRefused({"--headless", "--set", "tref=1e-400"}, {"tref"});
    expectRefused({"--headless", "--set", "Vth=-40", "--set", "Vpeak=-45"}, {"Vpeak", "Vth"});
    expectRefused({"--headless", "--stimulus", "sine:1,2"}, {"sine", "OFFSET,AMP,FREQ_HZ"});
    expectRefused({"--headless", "--stimulus", "noise:0,-5,3"}, {"SD", "-5"});
    expectRefused({"--headless", "--dt", "abc"}, {"--dt", "'abc'"});
    std::ofstream(path("a-file")) << "x";
    expectRefused({"--headless", "--spikes-csv", (path("a-file") / "out.csv").string()}, {"--spikes-csv", "a-file"});
    expectRefused({"--headless", "--save-session", directory_.string()}, {"--save-session"});
}

/// Runs the executable on a "full disk": a file-size limit of 0 bytes (write() to any regular file fails, with
/// EFBIG where a full disk gives ENOSPC) and SIGXFSZ ignored, so the failure reaches the program as an error.
/// Its stderr goes through a pipe, which the limit does not apply to.
lif::testing::Result runOnAFullDisk(const std::vector<std::string>& arguments) {
    std::vector<std::string> words = {LIFSCOPE_BIN};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    argv.reserve(words.size() + 1);
    for (auto& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    int pipeEnds[2] = {-1, -1};
    lif::testing::Result result;
    if (::pipe(pipeEnds) != 0) return result;
    const pid_t child = ::fork();
    if (child == 0) {
        const rlimit none{0, RLIM_INFINITY};
        ::setrlimit(RLIMIT_FSIZE, &none);
        ::signal(SIGXFSZ, SIG_IGN);
        ::dup2(pipeEnds[1], STDERR_FILENO);
        ::close(pipeEnds[0]);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(pipeEnds[1]);
    char buffer[4096];
    for (ssize_t n = 0; (n = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
        result.err.append(buffer, static_cast<std::size_t>(n));
    ::close(pipeEnds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

TEST_F(Cli, FullDiskExitsTwoAndLeavesTheOldFileWhole) {
    const std::vector<std::pair<std::string, std::string>> outputs = {{"--trace-csv", "old-trace.csv"},
                                                                      {"--spikes-csv", "old-spikes.csv"},
                                                                      {"--save-session", "old.json"},
                                                                      {"--png", "old.png"},
                                                                      {"--svg", "old.svg"},
                                                                      {"--pdf", "old.pdf"}};
    for (const auto& [flag, name] : outputs) {
        SCOPED_TRACE(flag);
        const fs::path target = path(name);
        std::ofstream(target) << "old contents";
        const auto before = listing();
        const Result result =
            runOnAFullDisk({"--headless", "--stimulus", "const:500", "-T", "1000", flag, target.string(), "--quiet"});
        EXPECT_EQ(result.status, 2) << result.err;
        EXPECT_NE(result.err.find(flag), std::string::npos) << result.err;
        EXPECT_NE(result.err.find(target.string()), std::string::npos) << result.err;
        EXPECT_NE(result.err.find("write failed"), std::string::npos) << result.err;
        EXPECT_EQ(listing(), before) << "the old file stays whole and no temporary is left";
    }
}

TEST_F(Cli, KilledMidExportLeavesTheOldFileWhole) {
    const fs::path target = path("trace.csv");
    std::ofstream(target) << "old contents";
    const std::string bin = LIFSCOPE_BIN;
    const std::string targetText = target.string();
    std::vector<std::string> arguments = {bin,    "--headless", "--stimulus",  "const:500", "-T",     "3600000",
                                          "--dt", "0.1",        "--trace-csv", targetText,  "--quiet"};
    std::vector<char*> argv;
    argv.reserve(arguments.size() + 1);
    for (auto& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t child = 0;
    ASSERT_EQ(::posix_spawn(&child, bin.c_str(), nullptr, nullptr, argv.data(), environ), 0);
    // Wait until the temporary beside the target has grown, so the kill lands in the middle of writing.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    bool writing = false;
    while (!writing && std::chrono::steady_clock::now() < deadline) {
        for (const auto& entry : fs::directory_iterator(directory_)) {
            if (entry.path().filename().string().rfind("trace.csv.lifscope-tmp-", 0) == 0 &&
                fs::file_size(entry.path()) > 1000000) {
                writing = true;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    EXPECT_TRUE(writing) << "the export never started writing";
    EXPECT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(readFile(target), "old contents");
}

}  // namespace

// The window module (app/window_module.h) is loaded only for the window and pictures: a headless CSV run works
// without it, and a picture or the window without it is refused with a message naming the flag and the module.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/cli/cli_fixture.h"

namespace {

using lif::testing::Result;

constexpr const char* kMissing = "/nonexistent/lifscope-window.so";

class CliWithoutWindowModule : public lif::testing::CliFixture {
protected:
    CliWithoutWindowModule()
        : CliFixture("lifscope-cli-module-", std::string("env LIFSCOPE_WINDOW_MODULE_PATH=") + kMissing + " ") {}
};

TEST_F(CliWithoutWindowModule, AHeadlessCsvRunDoesNotNeedIt) {
    const Result result = run({"--headless", "-T", "200", "--stimulus", "const:500", "--spikes-csv",
                               path("s.csv").string(), "--trace-csv", path("t.csv").string(), "--quiet"});
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_TRUE(result.err.empty()) << result.err;
    EXPECT_NE(lif::testing::readFile(path("s.csv")).find("spike_time_ms\n"), std::string::npos);
}

TEST_F(CliWithoutWindowModule, APictureIsRefusedNamingTheFlagAndTheModule) {
    expectRefused({"--headless", "-T", "200", "--stimulus", "const:500", "--svg", path("a.svg").string(), "--quiet"},
                  {"--svg", "window module", kMissing});
}

TEST_F(CliWithoutWindowModule, TheWindowIsRefusedNamingTheModule) {
    const Result result = run({});
    EXPECT_EQ(result.status, 2) << result.err;
    EXPECT_NE(result.err.find("cannot load the window module"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find(kMissing), std::string::npos) << result.err;
}

}  // namespace

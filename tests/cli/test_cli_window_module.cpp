// The window module (app/window_module.h) is loaded only for the window and pictures: a headless CSV run works
// without it, and a picture or the window without it is refused with a message naming the flag and the module.
// Without a display the window says so and exits 2; pictures need none.
#include <gtest/gtest.h>

#include <filesystem>
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

// Where there is no display (an ssh session, a container), Qt would abort advising to reinstall the program; the
// window says what is missing and what to do instead.
class CliWithoutDisplay : public lif::testing::CliFixture {
protected:
    CliWithoutDisplay()
        : CliFixture("lifscope-cli-display-", "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ") {}
};

TEST_F(CliWithoutDisplay, TheWindowSaysThereIsNoDisplayAndExits2) {
    const Result result = run({});
    EXPECT_EQ(result.status, 2) << result.err;
    EXPECT_NE(result.err.find("no display to open the window on"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("--headless"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("Reinstalling"), std::string::npos) << result.err;
}

TEST_F(CliWithoutDisplay, AHeadlessPictureNeedsNoDisplay) {
    const Result result =
        run({"--headless", "-T", "100", "--stimulus", "const:500", "--png", path("a.png").string(), "--quiet"});
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_TRUE(std::filesystem::exists(path("a.png")));
}

}  // namespace

// lifscope --headless --fi-curve: the f-I sweep's CSV against the closed form, its pictures and its refusals.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/io/csv.h"
#include "tests/cli/cli_fixture.h"

namespace {

using lif::testing::readFile;
using lif::testing::Result;

class CliFiCurve : public lif::testing::CliFixture {
protected:
    CliFiCurve() : CliFixture("lifscope-cli-fi-") {}
};

/// The closed form for the default neuron (C 250 pF, gL 25 nS, EL -65, Vth -50, Vreset -65 mV, tref 2 ms), written
/// here from the formula rather than taken from the code under test: f = 1000 / (tref + tau ln(I / (I - 375))).
double closedForm_Hz(double current_pA) {
    if (current_pA <= 375.0) return 0.0;
    return 1000.0 / (2.0 + 10.0 * std::log(current_pA / (current_pA - 375.0)));
}

TEST_F(CliFiCurve, DefaultSweepMatchesTheClosedFormAndIsSilentUpToTheRheobase) {
    const Result result = run({"--headless", "--fi-curve", "0:1000:10", "--fi-csv", path("fi.csv").string()});
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_NE(result.out.find("101 currents"), std::string::npos) << result.out;
    const auto table = lif::parseLifscopeCsv(readFile(path("fi.csv")), "fi.csv");
    ASSERT_EQ(table.header, (std::vector<std::string>{"I_pA", "rate_Hz", "rate_theory_Hz"}));
    ASSERT_EQ(table.rows.size(), 101u);
    double worst = 0.0;
    for (const auto& row : table.rows) {
        const double current = row[0];
        if (current <= 375.0) {
            EXPECT_EQ(row[1], 0.0) << "at " << current << " pA, at or below the rheobase";
        }
        worst = std::max(worst, std::fabs(row[1] - closedForm_Hz(current)));
        EXPECT_NEAR(row[2], closedForm_Hz(current), 1e-9) << current;
    }
    EXPECT_LT(worst, 0.05);
}

TEST_F(CliFiCurve, ParametersFromSetAndFluctuationColumns) {
    const Result result = run({"--headless", "--fi-curve", "400:600:100", "--set", "gL=20", "--set", "rateE=2000",
                               "--fi-duration", "500", "--fi-csv", path("fi.csv").string(), "-q"});
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
    const auto table = lif::parseLifscopeCsv(readFile(path("fi.csv")), "fi.csv");
    EXPECT_EQ(table.metadata.at("gL"), "20 nS");
    EXPECT_EQ(table.header.size(), 6u) << "with Poisson input: standard error and both diffusion approximations";
    EXPECT_EQ(table.rows.size(), 3u);
}

TEST_F(CliFiCurve, PicturesAreWritten) {
    const Result result = run({"--headless", "--fi-curve", "300:700:50", "--fi-png", path("fi.png").string(),
                               "--fi-svg", path("fi.svg").string(), "--size", "800x600", "-q"});
    ASSERT_EQ(result.status, 0) << result.err;
    const std::string png = readFile(path("fi.png"));
    ASSERT_GT(png.size(), 24u);
    EXPECT_EQ(png.compare(0, 8, "\x89PNG\r\n\x1a\n"), 0);
    const std::string svg = readFile(path("fi.svg"));
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("rheobase"), std::string::npos) << "the rheobase is labelled in the picture";
}

TEST_F(CliFiCurve, BadRangesAreRefusedNamingTheFlag) {
    expectRefused({"--headless", "--fi-curve", "500:100:10", "--fi-csv", path("fi.csv").string()},
                  {"--fi-curve", "STOP", "START"});
    expectRefused({"--headless", "--fi-curve", "0:100:0", "--fi-csv", path("fi.csv").string()}, {"--fi-curve", "STEP"});
    expectRefused({"--headless", "--fi-curve", "0:100:-5"}, {"--fi-curve", "STEP"});
    expectRefused({"--headless", "--fi-curve", "0:20000:0.1"}, {"--fi-curve", "100000"});
    expectRefused({"--headless", "--fi-curve", "0:100"}, {"--fi-curve", "START:STOP:STEP"});
    expectRefused({"--headless", "--fi-csv", path("fi.csv").string()}, {"--fi-csv", "--fi-curve"});
    expectRefused({"--headless", "--fi-curve", "0:100:10", "--fi-duration", "0"}, {"--fi-duration", "1"});
}

}  // namespace

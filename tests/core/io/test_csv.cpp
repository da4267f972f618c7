#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/engine/simulator.h"
#include "core/io/csv.h"

namespace lif {
namespace {

TEST(TraceCsv, SpikeColumnCountsSpikesInTheHalfOpenInterval) {
    Session session;
    session.run.dt_ms = 1.0;
    std::ostringstream out;
    TraceCsvWriter writer(out, session, "test");
    Batch first;
    first.samples = {{0.0, -65, 0, 0}, {1.0, -60, 0, 0}, {2.0, -55, 0, 0}};
    first.spikeTimes_ms = {1.0, 2.5};  // 1.0 is in (0, 1]; 2.5 belongs to the row t = 3 of the next batch
    writer.append(first);
    Batch second;
    second.samples = {{3.0, -65, 0, 0}, {4.0, -64, 0, 0}};
    writer.append(second);
    const CsvTable table = parseLifscopeCsv(out.str(), "t");
    ASSERT_EQ(table.header, (std::vector<std::string>{"time_ms", "V_mV", "I_ext_pA", "I_syn_pA", "spike"}));
    ASSERT_EQ(table.rows.size(), 5u);
    EXPECT_EQ(table.rows[1][4], 1.0);
    EXPECT_EQ(table.rows[1][1], session.run.parameters.Vpeak) << "a spike row is drawn at Vpeak";
    EXPECT_EQ(table.rows[2][4], 0.0);
    EXPECT_EQ(table.rows[3][4], 1.0);
    EXPECT_EQ(table.rows[4][1], -64.0);
}

std::vector<std::string> timeColumn(const std::string& text) {
    std::vector<std::string> times;
    std::istringstream in(text);
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        times.push_back(line.substr(0, line.find(',')));
    }
    return times;
}

std::vector<std::string> timesWritten(double dt, const std::vector<double>& times) {
    Session session;
    session.run.dt_ms = dt;
    std::ostringstream out;
    TraceCsvWriter writer(out, session, "test");
    Batch batch;
    for (const double t : times) {
        batch.samples.push_back({t, -65, 0, 0});
    }
    writer.append(batch);
    return timeColumn(out.str());
}

TEST(TraceCsv, TimesArePrintedOnTheSamplingGridWithTheDigitsOfDt) {
    // The simulator's sample times are k * dt in double: 3 * 0.1 is 0.30000000000000004 and 1282759 * 0.1 is
    // 128275.90000000001. The file says what was meant: the decimal k * dt.
    EXPECT_EQ(timesWritten(0.1, {0.0, 0.1, 3 * 0.1, 7 * 0.1, 10 * 0.1, 1282759 * 0.1, 36000000 * 0.1}),
              (std::vector<std::string>{"0", "0.1", "0.3", "0.7", "1", "128275.9", "3600000"}));
    EXPECT_EQ(timesWritten(0.025, {0.0, 0.025, 3 * 0.025, 40 * 0.025, 123456789 * 0.025}),
              (std::vector<std::string>{"0", "0.025", "0.075", "1", "3086419.725"}));
    EXPECT_EQ(timesWritten(1e-5, {3 * 1e-5, 100000 * 1e-5}), (std::vector<std::string>{"0.00003", "1"}));
    EXPECT_EQ(timesWritten(1e6, {0.0, 3e6}), (std::vector<std::string>{"0", "3000000"}));
    // A time off the grid (not what the simulator writes) keeps every digit rather than being moved.
    EXPECT_EQ(timesWritten(0.1, {0.123}), (std::vector<std::string>{"0.123"}));
    // Every printed time reads back as the double nearest to the decimal, within an ulp of the sample's time.
    const std::vector<std::string> many = timesWritten(0.1, {1282759 * 0.1});
    EXPECT_NEAR(std::stod(many[0]), 1282759 * 0.1, 1e-9);
}

TEST(TraceCsv, MetadataWithoutDtRoundTripsTheTimes) {
    std::ostringstream out;
    TraceCsvWriter writer(out, CsvMetadata{{"created_by", "test"}}, 20.0);
    Batch batch;
    batch.samples = {{3 * 0.1, -65, 0, 0}};
    writer.append(batch);
    EXPECT_EQ(timeColumn(out.str()), (std::vector<std::string>{"0.30000000000000004"}));
}

TEST(TraceCsv, MetadataHoldsEveryParameterStimulusAndSolver) {
    Session session;
    session.run.stimulus = StimulusSpec::parse("step:500,100,600");
    std::ostringstream out;
    TraceCsvWriter writer(out, session, "test");
    const std::string text = out.str();
    const CsvTable table = parseLifscopeCsv(text, "t");
    for (const ParamSpec& spec : parameterTable()) {
        EXPECT_EQ(table.metadata.count(std::string(spec.name)), 1u) << spec.name;
    }
    EXPECT_EQ(table.metadata.at("C"), "250 pF");
    EXPECT_EQ(table.metadata.at("stimulus"), "step:500,100,600");
    EXPECT_NE(table.metadata.at("solver").find("dopri5"), std::string::npos);
    EXPECT_NE(table.metadata.at("version").find(LIFSCOPE_VERSION), std::string::npos);
    // The first line says how many metadata lines precede the header (numpy's skip_header).
    const auto firstLine = text.substr(0, text.find('\n'));
    std::size_t commentLines = 0;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line) && line.rfind('#', 0) == 0)
        ++commentLines;
    EXPECT_NE(firstLine.find(std::to_string(commentLines) + " metadata lines"), std::string::npos) << firstLine;
    EXPECT_EQ(text.find('\r'), std::string::npos);
}

TEST(SpikesCsv, OneRowPerSpikeRoundTripping) {
    Session session;
    std::ostringstream out;
    const std::vector<double> spikes = {13.862943611198906, 29.725887222397812, 0.1 + 0.2};
    writeSpikesCsv(out, session, "test", spikes);
    const CsvTable table = parseLifscopeCsv(out.str(), "t");
    ASSERT_EQ(table.header, std::vector<std::string>{"spike_time_ms"});
    ASSERT_EQ(table.rows.size(), 3u);
    for (std::size_t i = 0; i < spikes.size(); ++i)
        EXPECT_EQ(table.rows[i][0], spikes[i]);
    EXPECT_EQ(table.metadata.at("spike_count"), "3");
}

}  // namespace
}  // namespace lif

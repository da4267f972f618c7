#include <gtest/gtest.h>

#include <sstream>

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
    EXPECT_EQ(table.metadata.at("solver").rfind("auto (exact) (", 0), 0u) << "the default names what it resolved to";
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

#include <gtest/gtest.h>

#include "core/io/input_spikes_csv.h"
#include "core/model/errors.h"

namespace lif {
namespace {

std::string messageOf(const std::string& text) {
    try {
        parseInputSpikesCsv(text, "in.csv");
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

TEST(InputSpikesCsv, ReadsCommentsHeaderAndRows) {
    const auto spikes = parseInputSpikesCsv("# given\ntime_ms,channel\n1.5,e\n1.5,i\n20,e\n", "in.csv");
    ASSERT_EQ(spikes.size(), 3u);
    EXPECT_EQ(spikes[0], (InputSpike{1.5, Channel::Excitatory}));
    EXPECT_EQ(spikes[1], (InputSpike{1.5, Channel::Inhibitory}));
}

TEST(InputSpikesCsv, AValidFileRaisesNoError) {
    EXPECT_EQ(messageOf("time_ms,channel\n1,e\n"), "");
    EXPECT_EQ(messageOf("# comment\n\ntime_ms , channel\n0,E\n0,I\n"), "");
}

TEST(InputSpikesCsv, BadLinesNameFileAndLine) {
    EXPECT_NE(messageOf("time_ms,channel\n5,e\n3,e\n").find("line 3"), std::string::npos);
    EXPECT_NE(messageOf("time_ms,channel\n5,e\n3,e\n").find("non-decreasing"), std::string::npos);
    EXPECT_NE(messageOf("time_ms,channel\n-1,e\n").find("negative"), std::string::npos);
    EXPECT_NE(messageOf("time_ms,channel\n1,x\n").find("channel 'x'"), std::string::npos);
    EXPECT_NE(messageOf("time_ms,channel\nabc,e\n").find("not a number"), std::string::npos);
    EXPECT_NE(messageOf("time_ms,channel\nnan,e\n").find("line 2"), std::string::npos);
    EXPECT_NE(messageOf("t,c\n1,e\n").find("header"), std::string::npos);
    EXPECT_NE(messageOf("").find("empty"), std::string::npos);
    EXPECT_NE(messageOf(std::string("time_ms,channel\n1,e\0\n", 20)).find("NUL"), std::string::npos);
    EXPECT_NE(messageOf("time_ms,channel\n1,e,3\n").find("two columns"), std::string::npos);
}

TEST(InputSpikesCsv, ErrorsCarryTheFileLineAndField) {
    try {
        parseInputSpikesCsv("time_ms,channel\n1,e\n2", "in.csv");
        FAIL() << "a row with one column was accepted";
    } catch (const InputError& error) {
        EXPECT_EQ(error.where().file, "in.csv");
        EXPECT_EQ(error.where().line, 3u);
        EXPECT_EQ(error.fields(), std::vector<std::string>{"inputSpikes"});
        // The file is the caller's to name (the CLI says --input-spikes 'in.csv'), so it is not said twice.
        EXPECT_EQ(std::string(error.what()).find("in.csv"), std::string::npos) << error.what();
        EXPECT_EQ(std::string(error.what()).rfind("line 3: ", 0), 0u) << error.what();
    }
    try {
        (void)readInputSpikesCsv("/nonexistent/lifscope/in.csv");
        FAIL() << "a missing file was read";
    } catch (const InputError& error) {
        EXPECT_EQ(error.where().file, "/nonexistent/lifscope/in.csv");
        EXPECT_FALSE(error.where().known());
        EXPECT_TRUE(error.concerns("inputSpikes"));
    }
}

TEST(InputSchedule, MergesGivenAndPoissonInTimeOrder) {
    InputSchedule schedule({{5.0, Channel::Excitatory}, {7.0, Channel::Inhibitory}}, 1000.0, 500.0, 3);
    double previous = 0.0;
    int given = 0;
    int excitatory = 0;
    int inhibitory = 0;
    while (schedule.nextTime() < 10000.0) {
        const InputSpike spike = schedule.pop();
        EXPECT_GE(spike.time_ms, previous);
        previous = spike.time_ms;
        given += (spike.time_ms == 5.0 || spike.time_ms == 7.0) ? 1 : 0;
        (spike.channel == Channel::Excitatory ? excitatory : inhibitory)++;
    }
    EXPECT_EQ(given, 2);
    // 10 s at 1000 Hz and 500 Hz: Poisson counts within 5 standard deviations.
    EXPECT_NEAR(excitatory, 10000, 500);
    EXPECT_NEAR(inhibitory, 5000, 360);
}

TEST(InputSchedule, SameSeedSameTrain) {
    InputSchedule a({}, 2000.0, 500.0, 11);
    InputSchedule b({}, 2000.0, 500.0, 11);
    for (int i = 0; i < 1000; ++i) {
        EXPECT_EQ(a.pop(), b.pop());
    }
}

}  // namespace
}  // namespace lif

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/model/errors.h"
#include "core/model/stimulus.h"

namespace lif {
namespace {

TEST(StimulusSpec, EveryProtocolRoundTripsThroughText) {
    for (const char* text : {"const:500", "step:500,100,600", "pulses:300,20,100,5", "ramp:0,800,100,900",
                             "sine:400,100,5,30", "noise:400,100,5"}) {
        const StimulusSpec spec = StimulusSpec::parse(text);
        EXPECT_EQ(StimulusSpec::parse(spec.toString()), spec) << text;
    }
}

TEST(StimulusSpec, OptionalFieldsTakeDefaults) {
    EXPECT_EQ(StimulusSpec::parse("pulses:300,20,100").values[3], 0.0);
    EXPECT_EQ(StimulusSpec::parse("sine:400,100,5").values[3], 0.0);
}

TEST(StimulusSpec, MalformedSpecsAreRefusedWithReasons) {
    const auto message = [](const char* text) {
        try {
            StimulusSpec::parse(text);
        } catch (const InputError& error) {
            return std::string(error.what());
        }
        return std::string();
    };
    EXPECT_NE(message("square:1").find("unknown protocol 'square'"), std::string::npos);
    EXPECT_NE(message("step:500,100").find("takes step:I,ON,OFF"), std::string::npos);
    EXPECT_NE(message("const:abc").find("field I"), std::string::npos);
    EXPECT_NE(message("step:500,600,100").find("OFF"), std::string::npos);
    EXPECT_NE(message("pulses:1,200,100").find("WIDTH"), std::string::npos);
    EXPECT_NE(message("ramp:0,1,50,50").find("T1"), std::string::npos);
    EXPECT_NE(message("const:1e9").find("out of range"), std::string::npos);
    EXPECT_NE(message("noise:0,10,0").find("TAU"), std::string::npos);
    EXPECT_NE(message("const:nan").find("not"), std::string::npos);
    EXPECT_NE(message("const:1,2").find("takes"), std::string::npos);
    EXPECT_NE(message("").find("unknown protocol"), std::string::npos);
}

TEST(StimulusSpec, RefusalsNameTheFieldsTheyConcern) {
    using Ids = std::vector<std::string>;
    const auto errorOf = [](const char* text) {
        try {
            StimulusSpec::parse(text);
        } catch (const InputError& error) {
            return error;
        }
        ADD_FAILURE() << "accepted: " << text;
        return InputError("accepted");
    };
    const InputError order = errorOf("step:500,600,100");
    EXPECT_EQ(order.fields(), (Ids{"stimulus", "stimulus.ON", "stimulus.OFF"}));
    EXPECT_EQ(std::string(order.what()), "'step:500,600,100': step field OFF = 100 ms must be after ON = 600 ms");
    EXPECT_EQ(errorOf("pulses:1,200,100").fields(), (Ids{"stimulus", "stimulus.WIDTH", "stimulus.PERIOD"}));
    EXPECT_EQ(errorOf("ramp:0,1,50,50").fields(), (Ids{"stimulus", "stimulus.T0", "stimulus.T1"}));
    EXPECT_EQ(errorOf("noise:0,10,0").fields(), (Ids{"stimulus", "stimulus.TAU"}));
    EXPECT_EQ(errorOf("sine:1,2,abc").fields(), (Ids{"stimulus", "stimulus.FREQ_HZ"}));
    EXPECT_EQ(errorOf("square:1").fields(), Ids{"stimulus"});
    EXPECT_EQ(errorOf("step:1").fields(), Ids{"stimulus"});
    for (const char* text : {"square:1", "step:1", "sine:1,2,abc", "step:500,600,100", "const:1e9"}) {
        const std::string message = errorOf(text).what();
        EXPECT_EQ(message.find("--"), std::string::npos) << "the core names no flag: " << message;
    }
    StimulusSpec spec = StimulusSpec::defaults(StimulusKind::Pulses);
    spec.values[2] = 1.0;  // PERIOD below WIDTH = 20
    try {
        spec.validate();
        ADD_FAILURE() << "WIDTH > PERIOD was accepted";
    } catch (const InputError& error) {
        EXPECT_TRUE(error.concerns("stimulus.PERIOD"));
        EXPECT_TRUE(error.concerns("stimulus.WIDTH"));
        EXPECT_FALSE(error.concerns("stimulus.I"));
    }
}

TEST(StimulusProcess, StepBreaksAndValues) {
    StimulusProcess process(StimulusSpec::parse("step:500,100,600"), 1);
    EXPECT_EQ(process.nextBreakAfter(0.0L), 100.0L);
    EXPECT_EQ(process.nextBreakAfter(100.0L), 600.0L);
    EXPECT_TRUE(std::isinf(process.nextBreakAfter(600.0L)));
    EXPECT_EQ(process.driveFrom(0.0L).constant, 0.0);
    EXPECT_EQ(process.driveFrom(100.0L).constant, 500.0) << "on at ON (inclusive)";
    EXPECT_EQ(process.driveFrom(600.0L).constant, 0.0) << "off at OFF";
}

TEST(StimulusProcess, PulsesRepeat) {
    StimulusProcess process(StimulusSpec::parse("pulses:300,20,100,5"), 1);
    EXPECT_EQ(process.nextBreakAfter(0.0L), 5.0L);
    EXPECT_EQ(process.nextBreakAfter(5.0L), 25.0L);
    EXPECT_EQ(process.nextBreakAfter(25.0L), 105.0L);
    EXPECT_EQ(process.nextBreakAfter(1005.0L), 1025.0L);
    EXPECT_EQ(process.driveFrom(0.0L).constant, 0.0);
    EXPECT_EQ(process.driveFrom(5.0L).constant, 300.0);
    EXPECT_EQ(process.driveFrom(25.0L).constant, 0.0);
    EXPECT_EQ(process.driveFrom(1005.0L).constant, 300.0);
}

TEST(StimulusProcess, RampIsLinearBetweenItsEnds) {
    StimulusProcess process(StimulusSpec::parse("ramp:100,900,100,500"), 1);
    EXPECT_EQ(process.driveFrom(0.0L).constant, 0.0);
    const SegmentDrive drive = process.driveFrom(300.0L);
    EXPECT_DOUBLE_EQ(drive.constant, 500.0);
    EXPECT_DOUBLE_EQ(drive.slope, 2.0);
    EXPECT_DOUBLE_EQ(drive.at(100.0), 700.0);
    EXPECT_EQ(process.driveFrom(500.0L).constant, 900.0);
}

TEST(StimulusProcess, SineFollowsItsFormula) {
    StimulusProcess process(StimulusSpec::parse("sine:400,100,5,90"), 1);
    const SegmentDrive drive = process.driveFrom(1234.5L);
    for (const double s : {0.0, 3.0, 77.7}) {
        const double t = 1234.5 + s;
        const double expected = 400.0 + 100.0 * std::sin(2.0 * M_PI * 5.0 * t / 1000.0 + M_PI / 2.0);
        EXPECT_NEAR(drive.at(s), expected, 1e-9);
    }
}

TEST(StimulusProcess, NoiseIsReproducibleAndHasItsMeanAndSpread) {
    const StimulusSpec spec = StimulusSpec::parse("noise:400,100,5");
    StimulusProcess first(spec, 7);
    StimulusProcess second(spec, 7);
    StimulusProcess other(spec, 8);
    double sum = 0.0;
    double sumSquares = 0.0;
    const int cells = 200000;
    bool differs = false;
    long double t = 0.0L;
    for (int i = 0; i < cells; ++i) {
        const double value = first.driveFrom(t).constant;
        EXPECT_EQ(value, second.driveFrom(t).constant);
        differs = differs || value != other.driveFrom(t).constant;
        sum += value;
        sumSquares += value * value;
        t = first.nextBreakAfter(t);
    }
    EXPECT_TRUE(differs);
    const double mean = sum / cells;
    const double sd = std::sqrt(sumSquares / cells - mean * mean);
    // 200000 cells of 0.1 ms over tau = 5 ms: about 2000 independent samples, standard error of the mean ~2.2 pA.
    EXPECT_NEAR(mean, 400.0, 15.0);
    EXPECT_NEAR(sd, 100.0, 10.0);
}

}  // namespace
}  // namespace lif

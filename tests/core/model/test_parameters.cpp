#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "core/model/errors.h"
#include "core/model/parameters.h"

namespace lif {
namespace {

std::string messageOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

TEST(ParameterTable, NamesAreUniqueAndDefaultsLieInTheirRanges) {
    std::set<std::string_view> names;
    const Parameters defaults;
    for (const ParamSpec& spec : parameterTable()) {
        EXPECT_TRUE(names.insert(spec.name).second) << spec.name;
        EXPECT_LE(spec.minValue, spec.defaultValue) << spec.name;
        EXPECT_GE(spec.maxValue, spec.defaultValue) << spec.name;
        EXPECT_EQ(defaults.*(spec.field), spec.defaultValue) << spec.name << " struct default differs from table";
        EXPECT_FALSE(spec.meaning.empty()) << spec.name;
        EXPECT_EQ(findParameter(spec.name), &spec);
    }
    EXPECT_NO_THROW(validate(defaults));
}

TEST(ParameterTable, DefaultsAreTheDocumentedOnes) {
    const Parameters p;
    EXPECT_EQ(p.C, 250.0);
    EXPECT_EQ(p.gL, 25.0);
    EXPECT_EQ(p.EL, -65.0);
    EXPECT_EQ(p.Vth, -50.0);
    EXPECT_EQ(p.Vreset, -65.0);
    EXPECT_EQ(p.Vpeak, 20.0);
    EXPECT_EQ(p.tref, 2.0);
    EXPECT_EQ(p.tauE, 5.0);
    EXPECT_EQ(p.tauI, 10.0);
    EXPECT_EQ(p.wE, 50.0);
    EXPECT_EQ(p.wI, 100.0);
    EXPECT_EQ(p.rateE, 0.0);
    EXPECT_EQ(p.rateI, 0.0);
    EXPECT_EQ(p.seed, 1.0);
}

TEST(ParameterValidation, OutOfRangeNamesFieldValueAndRange) {
    const ParamSpec& c = *findParameter("C");
    const std::string message = messageOf([&] { checkValue(c, -5.0); });
    EXPECT_NE(message.find("C"), std::string::npos) << message;
    EXPECT_NE(message.find("-5"), std::string::npos) << message;
    EXPECT_NE(message.find("10 to 5000 pF"), std::string::npos) << message;
}

TEST(ParameterValidation, NonFiniteValuesAreRefused) {
    const ParamSpec& gL = *findParameter("gL");
    EXPECT_THROW(checkValue(gL, std::numeric_limits<double>::quiet_NaN()), InputError);
    EXPECT_THROW(checkValue(gL, std::numeric_limits<double>::infinity()), InputError);
    Parameters p;
    p.Vth = std::numeric_limits<double>::quiet_NaN();
    EXPECT_THROW(validate(p), InputError);
}

TEST(ParameterValidation, SeedMustBeWhole) {
    const std::string message = messageOf([] { checkValue(*findParameter("seed"), 1.5); });
    EXPECT_NE(message.find("whole number"), std::string::npos) << message;
}

TEST(ParameterValidation, ResetAtOrAboveThresholdIsRefused) {
    Parameters p;
    p.Vreset = p.Vth;
    const std::string message = messageOf([&] { validate(p); });
    EXPECT_NE(message.find("Vreset"), std::string::npos) << message;
    EXPECT_NE(message.find("Vth"), std::string::npos) << message;
    p.Vreset = -40.0;
    EXPECT_THROW(validate(p), InputError);
}

TEST(ParameterValidation, PeakBelowThresholdIsRefused) {
    Parameters p;
    p.Vpeak = -55.0;
    EXPECT_NE(messageOf([&] { validate(p); }).find("Vpeak"), std::string::npos);
}

TEST(ParameterText, SetFromTextParsesStrictly) {
    Parameters p;
    setParameterFromText(p, "C", "300", "--set");
    EXPECT_EQ(p.C, 300.0);
    EXPECT_THROW(setParameterFromText(p, "C", "300pF", "--set"), InputError);
    EXPECT_THROW(setParameterFromText(p, "C", "nan", "--set"), InputError);
    EXPECT_THROW(setParameterFromText(p, "C", "1e999", "--set"), InputError);
    EXPECT_THROW(setParameterFromText(p, "C", "", "--set"), InputError);
    EXPECT_THROW(setParameterFromText(p, "EL", "+-70", "--set"), InputError) << "two signs are not a number";
    setParameterFromText(p, "C", "+300", "--set");
    EXPECT_EQ(p.C, 300.0) << "one leading plus sign is fine";
    const std::string unknown = messageOf([&] { setParameterFromText(p, "capacitance", "3", "--set"); });
    EXPECT_NE(unknown.find("unknown parameter 'capacitance'"), std::string::npos) << unknown;
    EXPECT_NE(unknown.find("gL"), std::string::npos) << "the message lists the known names: " << unknown;
    EXPECT_EQ(p.C, 300.0) << "a refused value leaves the parameter unchanged";
}

InputError errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const InputError& error) {
        return error;
    }
    ADD_FAILURE() << "nothing was refused";
    return InputError("accepted");
}

TEST(ParameterErrors, NameTheParametersTheyConcern) {
    using Ids = std::vector<std::string>;
    EXPECT_EQ(errorOf([] { checkValue(*findParameter("C"), -5.0); }).fields(), Ids{"C"});
    EXPECT_EQ(errorOf([] { checkValue(*findParameter("seed"), 1.5); }).fields(), Ids{"seed"});
    Parameters p;
    p.Vreset = -40.0;
    const InputError reset = errorOf([&] { validate(p); });
    EXPECT_EQ(reset.fields(), (Ids{"Vreset", "Vth"})) << "a combination names both";
    EXPECT_TRUE(reset.concerns("Vth"));
    EXPECT_FALSE(reset.concerns("C"));
    Parameters q;
    q.Vth = -40.0;
    q.Vpeak = -45.0;
    EXPECT_EQ(errorOf([&] { validate(q); }).fields(), (Ids{"Vpeak", "Vth"}));
    Parameters r;
    r.tauE = 0.0;
    EXPECT_EQ(errorOf([&] { validate(r); }).fields(), Ids{"tauE"});
    EXPECT_EQ(errorOf([&] { setParameterFromText(p, "gL", "abc", "--set"); }).fields(), Ids{"gL"});
    EXPECT_EQ(errorOf([&] { setParameterFromText(p, "gL", "1e6", "--set"); }).fields(), Ids{"gL"});
    EXPECT_TRUE(errorOf([&] { setParameterFromText(p, "nope", "1", "--set"); }).fields().empty());
    const std::string message = errorOf([&] { validate(p); }).what();
    EXPECT_EQ(message.find("--"), std::string::npos) << "the core names no flag: " << message;
}

}  // namespace
}  // namespace lif

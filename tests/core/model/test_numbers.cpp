#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/model/numbers.h"

namespace lif {
namespace {

TEST(RoundSignificant, KeepsTheGivenDigitsAtEveryScale) {
    EXPECT_EQ(roundSignificant(0.012500000000000001, 3), 0.0125);
    EXPECT_EQ(roundSignificant(123456.0, 3), 123000.0);
    EXPECT_EQ(roundSignificant(-2.71828, 2), -2.7);
    EXPECT_EQ(roundSignificant(999.6, 3), 1000.0);
}

TEST(RoundSignificant, LeavesZeroAndNonFiniteValuesAlone) {
    EXPECT_EQ(roundSignificant(0.0, 3), 0.0);
    EXPECT_TRUE(std::isnan(roundSignificant(std::numeric_limits<double>::quiet_NaN(), 3)));
    EXPECT_EQ(roundSignificant(std::numeric_limits<double>::infinity(), 3), std::numeric_limits<double>::infinity());
}

}  // namespace
}  // namespace lif

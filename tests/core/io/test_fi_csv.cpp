// The f-I CSV: header, rows of the computed points only, and the '#' metadata, read back as tools read it.
#include "core/io/fi_csv.h"

#include <gtest/gtest.h>

#include <sstream>

namespace lif {
namespace {

FiCurve handMadeCurve(FiMethod method) {
    FiCurve curve;
    curve.range = FiRange{100.0, 300.0, 100.0};
    curve.method = method;
    curve.regime.reason = "no fluctuating input: the closed form is exact";
    for (int k = 0; k < 3; ++k) {
        FiPoint point;
        point.current_pA = 100.0 + 100.0 * k;
        point.computed = k != 1;
        point.rate_Hz = 10.5 * k;
        point.rateSem_Hz = 0.25 * k;
        point.theory_Hz = 11.0 * k;
        point.siegert_Hz = 12.0 * k;
        point.fourcaudBrunel_Hz = 0.1 + 10.0 * k;
        curve.points.push_back(point);
    }
    curve.cancelled = true;
    return curve;
}

TEST(FiCsv, DeterministicCurveHasThreeColumnsAndItsMetadata) {
    std::ostringstream out;
    Session session;
    writeFiCsv(out, session, "test", handMadeCurve(FiMethod::SteadyStateIsi));
    const CsvTable table = parseLifscopeCsv(out.str(), "fi.csv");
    EXPECT_EQ(table.header, (std::vector<std::string>{"I_pA", "rate_Hz", "rate_theory_Hz"}));
    ASSERT_EQ(table.rows.size(), 2u);  // the point that was not computed has no row
    EXPECT_EQ(table.rows[0], (std::vector<double>{100.0, 0.0, 0.0}));
    EXPECT_EQ(table.rows[1], (std::vector<double>{300.0, 21.0, 22.0}));
    EXPECT_EQ(table.metadata.at("fi_range"), "100:300:100 pA (START:STOP:STEP)");
    EXPECT_EQ(table.metadata.at("fi_points"), "2 of 3 (cancelled)");
    EXPECT_EQ(table.metadata.at("gL"), "25 nS");
    EXPECT_NE(table.metadata.at("fi_method").find("steady-state ISI"), std::string::npos);
    EXPECT_EQ(out.str().rfind("# lifscope_fi: ", 0), 0u);
}

TEST(FiCsv, FluctuatingCurveAddsErrorAndDiffusionColumns) {
    std::ostringstream out;
    FiCurve curve = handMadeCurve(FiMethod::MeanRate);
    curve.duration_ms = 10000.0;
    curve.warmup_ms = 50.0;
    curve.segments = 10;
    curve.points[1].error = "solver failed";
    writeFiCsv(out, CsvMetadata{{"created_by", "test"}}, curve);
    const CsvTable table = parseLifscopeCsv(out.str(), "fi.csv");
    EXPECT_EQ(table.header, (std::vector<std::string>{"I_pA", "rate_Hz", "rate_theory_Hz", "rate_sem_Hz",
                                                      "rate_siegert_Hz", "rate_fourcaud_brunel_Hz"}));
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[1], (std::vector<double>{300.0, 21.0, 22.0, 0.5, 24.0, 20.1}));
    EXPECT_EQ(table.metadata.at("fi_failed"), "from I = 200 pA: solver failed");
    EXPECT_NE(table.metadata.at("fi_method").find("10000 ms after a 50 ms warm-up"), std::string::npos);
    EXPECT_NE(table.metadata.at("fi_theory").find("Fourcaud-Brunel"), std::string::npos);
}

}  // namespace
}  // namespace lif

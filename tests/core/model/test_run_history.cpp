#include <gtest/gtest.h>

#include <random>
#include <utility>
#include <vector>

#include "core/model/run_history.h"

namespace lif {
namespace {

ModelSetup withGL(double gL) {
    ModelSetup setup = defaultModelSetup();
    setup.parameters.gL = gL;
    return setup;
}

TEST(RunHistory, SetupInForceAtEachTime) {
    RunHistory history(defaultModelSetup());
    ModelSetup second = withGL(40.0);
    history.record(10.0, second);
    ModelSetup third = second;
    third.stimulus.setAmplitude(300.0);
    third.solver = SolverKind::Rk4;
    history.record(20.0, third);
    history.reach(30.0);

    EXPECT_EQ(history.setupAt(0.0), defaultModelSetup());
    EXPECT_EQ(history.setupAt(9.999), defaultModelSetup());
    EXPECT_EQ(history.setupAt(10.0), second) << "a change counts from the time it took effect";
    EXPECT_EQ(history.setupAt(19.0), second);
    EXPECT_EQ(history.setupAt(25.0), third);
    EXPECT_EQ(history.latest(), third);
    EXPECT_EQ(history.initial(), defaultModelSetup());
    EXPECT_EQ(history.endTime(), 30.0);
    EXPECT_EQ(history.changeCount(), 2u) << "several fields edited at one time are one change";
    EXPECT_TRUE(history.complete());
}

TEST(RunHistory, RecordingTheSetupInForceRecordsNothing) {
    RunHistory history(defaultModelSetup());
    history.record(5.0, defaultModelSetup());
    EXPECT_EQ(history.changeCount(), 0u);
    EXPECT_EQ(history.endTime(), 5.0);
}

TEST(RunHistory, ChangesAreVisitedInOrderWithTheSetupsAroundThem) {
    RunHistory history(defaultModelSetup());
    std::vector<double> values = {30.0, 35.0, 20.0};
    for (std::size_t i = 0; i < values.size(); ++i) {
        history.record(100.0 * static_cast<double>(i + 1), withGL(values[i]));
    }
    std::vector<std::pair<double, double>> seen;  // (time, gL after)
    double previousAfter = defaultModelSetup().parameters.gL;
    history.forEachChange([&](double t, const ModelSetup& before, const ModelSetup& after) {
        EXPECT_EQ(before.parameters.gL, previousAfter);
        previousAfter = after.parameters.gL;
        seen.emplace_back(t, after.parameters.gL);
    });
    const std::vector<std::pair<double, double>> expected = {{100.0, 30.0}, {200.0, 35.0}, {300.0, 20.0}};
    EXPECT_EQ(seen, expected);

    seen.clear();
    history.forEachChange(150.0, 250.0, [&](double t, const ModelSetup& before, const ModelSetup& after) {
        EXPECT_EQ(before.parameters.gL, 30.0);
        seen.emplace_back(t, after.parameters.gL);
    });
    EXPECT_EQ(seen, (std::vector<std::pair<double, double>>{{200.0, 35.0}}));
}

TEST(RunHistory, AWindowAfterTheLastChangeVisitsNothing) {
    // The plots ask for the changes in the visible window, which is usually past the last one.
    RunHistory history(defaultModelSetup());
    history.record(100.0, withGL(30.0));
    history.reach(500.0);
    int visits = 0;
    history.forEachChange(200.0, 500.0, [&](double, const ModelSetup&, const ModelSetup&) { ++visits; });
    EXPECT_EQ(visits, 0);
    RunHistory unchanged(defaultModelSetup());
    unchanged.forEachChange(0.0, 10.0, [&](double, const ModelSetup&, const ModelSetup&) { ++visits; });
    EXPECT_EQ(visits, 0);
}

TEST(RunHistory, SeveralChangesAtOneTimeKeepTheirOrder) {
    // While paused, simulated time does not move: each edit takes effect at the same instant.
    RunHistory history(defaultModelSetup());
    history.record(50.0, withGL(30.0));
    history.record(50.0, withGL(31.0));
    history.record(50.0, withGL(32.0));
    EXPECT_EQ(history.setupAt(50.0).parameters.gL, 32.0);
    std::vector<double> befores;
    std::vector<double> afters;
    history.forEachChange(50.0, 50.0, [&](double, const ModelSetup& before, const ModelSetup& after) {
        befores.push_back(before.parameters.gL);
        afters.push_back(after.parameters.gL);
    });
    EXPECT_EQ(befores, (std::vector<double>{25.0, 30.0, 31.0}));
    EXPECT_EQ(afters, (std::vector<double>{30.0, 31.0, 32.0}));
}

TEST(RunHistory, CheckpointsGiveTheSameSetupsAsAPlainList) {
    std::mt19937_64 random(11);
    std::uniform_real_distribution<double> current(0.0, 1000.0);
    std::uniform_real_distribution<double> leak(1.0, 200.0);
    RunHistory history(defaultModelSetup());
    std::vector<std::pair<double, ModelSetup>> plain = {{0.0, defaultModelSetup()}};
    ModelSetup setup = defaultModelSetup();
    for (int i = 1; i <= 3000; ++i) {
        if (i % 3 == 0) {
            setup.parameters.gL = leak(random);
        } else {
            setup.stimulus.setAmplitude(current(random));
        }
        if (i % 500 == 0) {
            setup.stimulus = StimulusSpec::defaults(StimulusKind::Sine);
        }
        history.record(static_cast<double>(i), setup);
        plain.emplace_back(static_cast<double>(i), setup);
    }
    for (int probe = 0; probe < 400; ++probe) {
        const double t = std::uniform_real_distribution<double>(0.0, 3001.0)(random);
        const auto& expected =
            std::prev(std::upper_bound(plain.begin(), plain.end(), t, [](double at, const auto& entry) {
                return at < entry.first;
            }))->second;
        ASSERT_EQ(history.setupAt(t), expected) << "t = " << t;
    }
}

TEST(RunHistory, StaysBoundedAndSaysWhenItForgot) {
    RunHistory history(defaultModelSetup());
    ModelSetup setup = defaultModelSetup();
    const std::size_t changes = RunHistory::kMaxEdits + 1000;
    for (std::size_t i = 0; i < changes; ++i) {
        setup.stimulus.setAmplitude(static_cast<double>(i % 2 == 0 ? 400 : 600));
        history.record(static_cast<double>(i + 1), setup);
    }
    EXPECT_FALSE(history.complete());
    EXPECT_GT(history.replayableFrom(), 0.0);
    EXPECT_LE(history.changeCount(), RunHistory::kMaxEdits);
    EXPECT_LT(history.bytesUsed(), std::size_t{48} * 1024 * 1024);
    EXPECT_EQ(history.setupAt(static_cast<double>(changes)), setup);
    EXPECT_EQ(history.latest(), setup);
    // What is still known is exact.
    const double t = history.replayableFrom() + 10.0;
    EXPECT_EQ(history.setupAt(t).stimulus.amplitude(), static_cast<std::size_t>(t - 1.0) % 2 == 0 ? 400.0 : 600.0);
}

TEST(RunHistory, RestartForgetsTheOldRun) {
    RunHistory history(defaultModelSetup());
    history.record(10.0, withGL(40.0));
    history.restart(withGL(12.0));
    EXPECT_EQ(history.changeCount(), 0u);
    EXPECT_EQ(history.endTime(), 0.0);
    EXPECT_EQ(history.setupAt(100.0), withGL(12.0));
}

}  // namespace
}  // namespace lif

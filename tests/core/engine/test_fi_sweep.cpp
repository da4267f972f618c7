// The f-I sweep against the closed form, its cancel and progress, and the refusal of bad ranges.
#include "core/engine/fi_sweep.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <future>
#include <thread>
#include <vector>

#include "core/model/analytic.h"
#include "core/model/errors.h"

namespace lif {
namespace {

using Clock = std::chrono::steady_clock;

RunSetup defaultSetup() {
    RunSetup setup;
    setup.model() = defaultModelSetup();
    return setup;
}

TEST(FiSweep, DefaultSweepMatchesTheClosedForm) {
    FiSweepOptions options;
    options.threads = 2;
    FiSweep sweep(defaultSetup(), FiRange{0.0, 1000.0, 10.0}, options);
    EXPECT_FALSE(sweep.fluctuating());
    const FiCurve curve = sweep.run();
    ASSERT_EQ(curve.points.size(), 101u);
    EXPECT_FALSE(curve.cancelled);
    EXPECT_EQ(curve.method, FiMethod::SteadyStateIsi);
    EXPECT_DOUBLE_EQ(sweep.progress(), 1.0);
    const Parameters p;
    for (std::size_t k = 0; k < curve.points.size(); ++k) {
        const FiPoint& point = curve.points[k];
        EXPECT_EQ(point.current_pA, 10.0 * static_cast<double>(k));
        ASSERT_TRUE(point.computed) << point.current_pA << ": " << point.error;
        const double closedForm = analytic::firingRate_Hz(p, point.current_pA);
        EXPECT_EQ(point.theory_Hz, closedForm);
        EXPECT_EQ(point.siegert_Hz, closedForm);  // no fluctuations: Siegert's sigma -> 0 limit
        if (point.current_pA <= analytic::rheobase_pA(p)) {
            EXPECT_EQ(point.rate_Hz, 0.0) << point.current_pA;  // exactly 0 at and below the 375 pA rheobase
        } else {
            EXPECT_GT(point.spikes, 2u);
            EXPECT_NEAR(point.rate_Hz, closedForm, 0.05) << point.current_pA;
            EXPECT_NEAR(point.rate_Hz, closedForm, 1e-6 * closedForm) << point.current_pA;  // solver precision
        }
    }
}

TEST(FiSweep, NearTheRheobaseAndWithOtherResets) {
    RunSetup setup = defaultSetup();
    setup.parameters.Vreset = -70.0;  // below EL: the first ISI from rest differs from the steady one
    setup.parameters.tref = 0.0;
    FiSweep sweep(setup, FiRange{374.0, 376.0, 0.5});
    const FiCurve curve = sweep.run();
    ASSERT_EQ(curve.points.size(), 5u);
    for (const FiPoint& point : curve.points) {
        const double closedForm = analytic::firingRate_Hz(setup.parameters, point.current_pA);
        EXPECT_NEAR(point.rate_Hz, closedForm, 1e-6 * closedForm + 1e-12) << point.current_pA;
    }
    EXPECT_EQ(curve.points[2].rate_Hz, 0.0);  // 375 pA: V creeps up to Vth and never fires
    EXPECT_GT(curve.points[3].rate_Hz, 0.0);
}

TEST(FiSweep, ThreadCountDoesNotChangeTheResult) {
    RunSetup setup = defaultSetup();
    setup.parameters.rateE = 2000.0;
    FiSweepOptions options;
    options.duration_ms = 1000.0;
    options.threads = 1;
    const FiCurve one = FiSweep(setup, FiRange{-100.0, 100.0, 50.0}, options).run();
    options.threads = 3;
    const FiCurve three = FiSweep(setup, FiRange{-100.0, 100.0, 50.0}, options).run();
    ASSERT_EQ(one.points.size(), three.points.size());
    for (std::size_t k = 0; k < one.points.size(); ++k) {
        EXPECT_EQ(one.points[k].rate_Hz, three.points[k].rate_Hz);
        EXPECT_EQ(one.points[k].rateSem_Hz, three.points[k].rateSem_Hz);
    }
}

TEST(FiSweep, FluctuatingInputGivesMeanRatesWithErrorsAndTheDiffusionTheory) {
    RunSetup setup = defaultSetup();
    setup.parameters.rateE = 2000.0;  // mu_syn = 500 pA: fires at I = 0 though below the rheobase
    FiSweepOptions options;
    options.duration_ms = 4000.0;
    options.segments = 8;
    FiSweep sweep(setup, FiRange{0.0, 200.0, 100.0}, options);
    EXPECT_TRUE(sweep.fluctuating());
    const FiCurve curve = sweep.run();
    EXPECT_EQ(curve.method, FiMethod::MeanRate);
    EXPECT_EQ(curve.segments, 8);
    EXPECT_DOUBLE_EQ(curve.warmup_ms, 50.0);  // 5 tau_m
    EXPECT_FALSE(curve.regime.inside);
    double previous = 0.0;
    for (const FiPoint& point : curve.points) {
        ASSERT_TRUE(point.computed);
        EXPECT_GT(point.rate_Hz, previous);
        EXPECT_GT(point.rateSem_Hz, 0.0);
        EXPECT_LT(point.rateSem_Hz, 0.1 * point.rate_Hz);
        EXPECT_EQ(point.rate_Hz, static_cast<double>(point.spikes) / 4.0);
        EXPECT_EQ(point.theory_Hz, analytic::firingRate_Hz(setup.parameters, point.current_pA + 500.0));
        EXPECT_GT(point.siegert_Hz, 0.0);
        EXPECT_GT(point.fourcaudBrunel_Hz, 0.0);
        previous = point.rate_Hz;
    }
    // The figure: I = 0, rateE = 2000 Hz fires at about 57 Hz.
    EXPECT_NEAR(curve.points[0].rate_Hz, 57.0, 3.0);
}

TEST(FiSweep, NoiseProtocolKeepsItsFluctuations) {
    RunSetup setup = defaultSetup();
    setup.stimulus = StimulusSpec::parse("noise:400,100,5");
    FiSweep sweep(setup, FiRange{0.0, 100.0, 50.0});
    EXPECT_TRUE(sweep.fluctuating());
    EXPECT_EQ(sweep.setupFor(250.0).stimulus.toString(), "noise:250,100,5");
    setup.stimulus = StimulusSpec::parse("step:500,100,600");
    FiSweep stepBase(setup, FiRange{0.0, 100.0, 50.0});
    EXPECT_FALSE(stepBase.fluctuating());
    EXPECT_EQ(stepBase.setupFor(250.0).stimulus.toString(), "const:250");
}

TEST(FiSweep, CancelMidSweepReturnsPromptlyAndSaysSo) {
    RunSetup setup = defaultSetup();
    setup.parameters.rateE = setup.parameters.rateI = 40000.0;
    FiSweepOptions options;
    options.duration_ms = 1.0e7;  // hours of work per point
    options.threads = 2;
    FiSweep sweep(setup, FiRange{0.0, 1000.0, 10.0}, options);
    auto running = std::async(std::launch::async, [&sweep] { return sweep.run(); });
    const auto start = Clock::now();
    while (sweep.progress() == 0.0 && Clock::now() - start < std::chrono::seconds(10)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const double before = sweep.progress();
    EXPECT_GT(before, 0.0);
    EXPECT_LT(before, 0.01);
    const auto cancelAt = Clock::now();
    sweep.cancel();
    ASSERT_EQ(running.wait_for(std::chrono::seconds(5)), std::future_status::ready);
    const auto latency = std::chrono::duration<double, std::milli>(Clock::now() - cancelAt).count();
    const FiCurve curve = running.get();
    EXPECT_TRUE(curve.cancelled);
    // Hours of work per point end within a second: the bound is loose so that a loaded or instrumented run
    // (ThreadSanitizer) does not flake; the latency itself is printed and measured in the benchmark.
    EXPECT_LT(latency, 1000.0);
    ASSERT_EQ(curve.points.size(), 101u);
    for (const FiPoint& point : curve.points) {
        EXPECT_FALSE(point.computed);
        EXPECT_TRUE(point.error.empty());
    }
    std::printf("cancel latency: %.2f ms\n", latency);
}

TEST(FiSweep, TheCallersFlagCancelsAndProgressIsReportedOnItsThread) {
    std::atomic<bool> stop{false};
    std::vector<double> reported;
    FiSweepOptions options;
    options.threads = 1;  // every point on the calling thread, so every point is reported
    options.cancel = &stop;
    const auto caller = std::this_thread::get_id();
    options.onProgress = [&](double fraction) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        reported.push_back(fraction);
        if (reported.size() == 5) stop.store(true);
    };
    FiSweep sweep(defaultSetup(), FiRange{0.0, 1000.0, 10.0}, options);
    const FiCurve curve = sweep.run();
    EXPECT_TRUE(curve.cancelled);
    ASSERT_EQ(reported.size(), 5u);
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
    EXPECT_NEAR(reported.back(), 5.0 / 101.0, 1e-9);
    EXPECT_EQ(std::count_if(curve.points.begin(), curve.points.end(), [](const FiPoint& p) { return p.computed; }), 5);
}

TEST(FiSweep, LowPriorityGivesTheSameRates) {
    FiSweepOptions low;
    low.lowPriority = true;
    const FiCurve nice = FiSweep(defaultSetup(), FiRange{300.0, 700.0, 50.0}, low).run();
    const FiCurve normal = FiSweep(defaultSetup(), FiRange{300.0, 700.0, 50.0}).run();
    ASSERT_EQ(nice.points.size(), normal.points.size());
    for (std::size_t k = 0; k < nice.points.size(); ++k) {
        EXPECT_EQ(nice.points[k].rate_Hz, normal.points[k].rate_Hz);
    }
}

TEST(FiSweep, CancelBeforeRunReturnsAtOnce) {
    FiSweep sweep(defaultSetup(), FiRange{0.0, 1000.0, 10.0});
    sweep.cancel();
    const FiCurve curve = sweep.run();
    EXPECT_TRUE(curve.cancelled);
    EXPECT_EQ(curve.points.size(), 101u);
    EXPECT_EQ(curve.points.back().current_pA, 1000.0);
}

void expectRefused(const char* text, const char* field, std::initializer_list<const char*> parts) {
    try {
        FiRange::parse(text);
        ADD_FAILURE() << text << " was accepted";
    } catch (const InputError& error) {
        const std::string message = error.what();
        EXPECT_TRUE(error.concerns(field)) << text << ": " << message;
        for (const char* part : parts) {
            EXPECT_NE(message.find(part), std::string::npos) << text << ": " << message << " lacks " << part;
        }
        EXPECT_EQ(message.find("--"), std::string::npos) << message;  // no command-line flag in the core
    }
}

TEST(FiRange, BadRangesAreRefusedNamingFieldValueAndRange) {
    expectRefused("100:0:10", "fi.stop", {"STOP = 0 pA", "must not be below START = 100 pA"});
    expectRefused("0:1000:0", "fi.step", {"STEP = 0 pA", "must be above 0 pA"});
    expectRefused("0:1000:-5", "fi.step", {"STEP = -5 pA"});
    expectRefused("0:1000:0.001", "fi.step", {"1000001 currents", "at most 100000", "at least 0.01"});
    expectRefused("0:30000:10", "fi.stop", {"STOP = 30000 pA", "allowed -20000 to 20000 pA"});
    expectRefused("-25000:0:10", "fi.start", {"START = -25000 pA"});
    expectRefused("0:x:10", "fi.stop", {"STOP", "'x'"});
    expectRefused("0:1000", "fi.step", {"START:STOP:STEP"});
    expectRefused("0:1000:10:5", "fi.start", {"START:STOP:STEP"});
    expectRefused("0:1e400:10", "fi.stop", {"STOP"});
}

TEST(FiRange, GoodRangesGiveTheirGrid) {
    const FiRange range = FiRange::parse(" 0:1000:10 ");
    EXPECT_EQ(range.count(), 101u);
    EXPECT_EQ(range.current(100), 1000.0);
    EXPECT_EQ(FiRange::parse("0:0.3:0.1").count(), 4u);  // 0.3 / 0.1 = 2.9999999999999996 still includes 0.3
    EXPECT_EQ(FiRange::parse("5:5:1").count(), 1u);
    EXPECT_EQ(FiRange::parse("-10000:9999.8:0.2").count(), 100000u);
    EXPECT_EQ(FiRange::parse("-200:200:0.5").toString(), "-200:200:0.5");
}

TEST(FiSweep, BadOptionsAndSetupsAreRefused) {
    FiSweepOptions options;
    options.segments = 1;
    try {
        FiSweep sweep(defaultSetup(), FiRange{}, options);
        ADD_FAILURE() << "1 segment accepted";
    } catch (const InputError& error) {
        EXPECT_TRUE(error.concerns("fi.segments")) << error.what();
    }
    options = FiSweepOptions{};
    options.duration_ms = 0.0;
    EXPECT_THROW(FiSweep(defaultSetup(), FiRange{}, options), InputError);
    RunSetup bad = defaultSetup();
    bad.parameters.Vreset = -40.0;  // above Vth
    EXPECT_THROW(FiSweep(bad, FiRange{}), InputError);
    EXPECT_THROW(FiSweep(defaultSetup(), FiRange{0.0, -1.0, 1.0}), InputError);
}

}  // namespace
}  // namespace lif

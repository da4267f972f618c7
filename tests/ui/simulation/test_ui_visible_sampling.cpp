// VisibleSampling: the interval follows the window, time that scrolls out of sight before it is drawn is
// computed without samples, a sampled call emits a bounded number of samples, and a gap is drawn where sampling
// resumes.
#include <QtTest>

#include "ui/simulation/visible_sampling.h"

using lif::ui::VisibleSampling;

class VisibleSamplingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theIntervalFollowsTheWindow() {
        QCOMPARE(VisibleSampling::intervalFor(3000.0), 3000.0 / VisibleSampling::kSamplesPerWindow);
        QCOMPARE(VisibleSampling::intervalFor(1e-3), VisibleSampling::kMinInterval_ms);
        QCOMPARE(VisibleSampling::intervalFor(1e12), VisibleSampling::kMaxInterval_ms);
        QCOMPARE(VisibleSampling::intervalFor(0.0), VisibleSampling::kDefaultInterval_ms);
        VisibleSampling sampling;
        sampling.restart(1000.0);
        QVERIFY(!sampling.windowChanged(1000.0));
        QVERIFY(sampling.windowChanged(2000.0));
        sampling.follow(2000.0);
        QCOMPARE(sampling.window(), 2000.0);
        QCOMPARE(sampling.interval(), VisibleSampling::intervalFor(2000.0));
    }

    void timeOutOfSightIsNotSampled() {
        VisibleSampling sampling;
        sampling.restart(1000.0);
        // The tick reaches 10 s: sampling starts 1.5 windows before, at 8.5 s.
        const VisibleSampling::Step early = sampling.plan(0.0, 10000.0, 10000.0, 50000.0);
        QVERIFY(!early.sample);
        QCOMPARE(early.until_ms, 10000.0 - VisibleSampling::kSampledWindows * 1000.0);
        // A sub-chunk smaller than the way to there ends the call first.
        QCOMPARE(sampling.plan(0.0, 10000.0, 10000.0, 300.0).until_ms, 300.0);
        // If the tick will probably end earlier (the pace says so), sampling starts earlier too.
        QCOMPARE(sampling.plan(0.0, 10000.0, 4000.0, 50000.0).until_ms, 4000.0 - 1500.0);
        // A tick that has begun to sample goes on, with a bounded call, however far the pace now says it reaches.
        const VisibleSampling::Step onward = sampling.plan(0.0, 10000.0, 10000.0, 50000.0, true);
        QVERIFY(onward.sample);
        QCOMPARE(onward.until_ms, VisibleSampling::kMaxSamplesPerCall * sampling.interval());
    }

    void sampledCallsAreBounded() {
        VisibleSampling sampling;
        sampling.restart(1000.0);
        const VisibleSampling::Step step = sampling.plan(9000.0, 10000.0, 10000.0, 50000.0);
        QVERIFY(step.sample);
        QCOMPARE(step.until_ms, 9000.0 + VisibleSampling::kMaxSamplesPerCall * sampling.interval());
        QCOMPARE(sampling.plan(9000.0, 9010.0, 10000.0, 50000.0).until_ms, 9010.0);  // the target first
    }

    void aGapIsDrawnWhereSamplingResumes() {
        VisibleSampling sampling;
        sampling.restart(1000.0);
        QVERIFY(sampling.sampling());
        QCOMPARE(sampling.simulatorInterval(), sampling.interval());
        sampling.turn(false, 100.0);
        QCOMPARE(sampling.simulatorInterval(), 0.0);
        QVERIFY(!sampling.gapPending());
        sampling.turn(true, 200.0);
        QVERIFY(sampling.gapPending());
        sampling.gapDrawn();
        QVERIFY(!sampling.gapPending());
        sampling.turn(false, 300.0);
        sampling.turn(true, 400.0);
        sampling.restart(500.0);  // a new run starts with a sample, not a gap
        QVERIFY(!sampling.gapPending());
        QVERIFY(sampling.sampling());
    }

    // A tick that reaches its deadline goes on until the window before its time was sampled: this says when.
    void theWindowIsSampledOnceSamplingRanAWindowLong() {
        VisibleSampling sampling;
        sampling.restart(1000.0);
        QVERIFY(sampling.windowSampled(0.0));  // nothing before the run's start to show
        QVERIFY(sampling.windowSampled(700.0));
        sampling.turn(false, 800.0);
        QVERIFY(!sampling.windowSampled(900.0));
        QVERIFY(!sampling.windowSampled(1e6));  // not while off, however long
        sampling.turn(true, 5000.0);
        QVERIFY(!sampling.windowSampled(5000.0));
        QVERIFY(!sampling.windowSampled(5999.0));
        QVERIFY(sampling.windowSampled(6000.0));
        sampling.turn(true, 5900.0);  // already on: where it resumed stays
        QVERIFY(sampling.windowSampled(6000.0));
        sampling.follow(2000.0);  // a wider window asks for more
        QVERIFY(!sampling.windowSampled(6000.0));
        QVERIFY(sampling.windowSampled(7000.0));
    }
};

QTEST_GUILESS_MAIN(VisibleSamplingTest)
#include "test_ui_visible_sampling.moc"

// The Pacer on a hand-driven clock (no waiting): target time at a speed, the debt cap, re-anchoring on a new
// speed, the achieved speed over the last second, and the sub-chunk size following the cost of the calls.
#include <QtTest>

#include "ui/simulation/pacer.h"

using lif::ui::Pacer;

class PacerTest : public QObject {
    Q_OBJECT

    double wall_ms_ = 0.0;
    Pacer makePacer() {
        return Pacer([this] { return wall_ms_; });
    }

private Q_SLOTS:
    void init() { wall_ms_ = 1000.0; }

    void targetFollowsTheWallClockAtTheRequestedSpeed() {
        Pacer pacer = makePacer();
        pacer.anchor(50.0, 10.0);
        wall_ms_ += 3.0;
        QCOMPARE(pacer.target(50.0, 10.0), 80.0);
        wall_ms_ += 2.0;
        QCOMPARE(pacer.target(80.0, 10.0), 100.0);
        QCOMPARE(pacer.anchoredSpeed(), 10.0);
    }

    void theDebtIsCappedAndForgotten() {
        Pacer pacer = makePacer();
        pacer.anchor(0.0, 2.0);
        wall_ms_ += 1000.0;  // the simulator got nowhere in a whole second
        QCOMPARE(pacer.target(0.0, 2.0), 2.0 * Pacer::kMaxDebt_ms);
        // From now on the run is paced from where it is, not from where it should have been.
        wall_ms_ += 10.0;
        QCOMPARE(pacer.target(80.0, 2.0), 80.0 + 2.0 * 10.0);
    }

    void aNewSpeedReanchorsWhereTheRunIs() {
        Pacer pacer = makePacer();
        pacer.anchor(0.0, 1.0);
        wall_ms_ += 20.0;
        QCOMPARE(pacer.target(20.0, 1.0), 20.0);
        QCOMPARE(pacer.target(20.0, 100.0), 20.0);  // anchored now: nothing owed yet
        wall_ms_ += 0.5;
        QCOMPARE(pacer.target(20.0, 100.0), 70.0);
        QCOMPARE(pacer.anchoredSpeed(), 100.0);
    }

    void achievedSpeedIsMeasuredOverTheLastSecond() {
        Pacer pacer = makePacer();
        pacer.anchor(0.0, 8.0);
        wall_ms_ += 50.0;
        pacer.noteProgress(wall_ms_, 100.0);
        QCOMPARE(pacer.achievedSpeed(), 8.0);  // under 100 ms of progress: too short to tell, the request
        // Two seconds at 4x: only the last second counts, and it was all 4x.
        for (int k = 0; k < 200; ++k) {
            wall_ms_ += 10.0;
            pacer.noteProgress(wall_ms_, 100.0 + 40.0 * (k + 1));
        }
        QVERIFY(std::fabs(pacer.achievedSpeed() - 4.0) < 1e-9);
        // Then a stall: the speed falls as the stalled span fills the second.
        for (int k = 0; k < 50; ++k) {
            wall_ms_ += 10.0;
            pacer.noteProgress(wall_ms_, 100.0 + 40.0 * 200);
        }
        QVERIFY2(pacer.achievedSpeed() < 2.5 && pacer.achievedSpeed() > 1.5,
                 qPrintable(QString::number(pacer.achievedSpeed())));
        // Anchoring again starts the measurement afresh.
        pacer.anchor(8100.0, 3.0);
        QCOMPARE(pacer.achievedSpeed(), 3.0);
    }

    void theSubChunkFollowsTheCostOfTheCalls() {
        Pacer pacer = makePacer();
        QCOMPARE(pacer.subChunk(), Pacer::kInitialSubChunk_ms);
        // Cheap whole calls double it, up to the maximum.
        for (int k = 0; k < 100; ++k) {
            pacer.noteCall(0.1 * Pacer::kTargetCallCost_ms, pacer.subChunk(), true, false);
        }
        QCOMPARE(pacer.subChunk(), Pacer::kMaxSubChunk_ms);
        // A cheap call that was cut short by the target says nothing about a whole sub-chunk.
        pacer.restartSubChunk();
        pacer.noteCall(0.1 * Pacer::kTargetCallCost_ms, 0.01, false, false);
        QCOMPARE(pacer.subChunk(), Pacer::kInitialSubChunk_ms);
        // Costly calls, or calls whose work budget ran out, halve it, down to the minimum.
        pacer.noteCall(3.0 * Pacer::kTargetCallCost_ms, 0.1, true, false);
        QCOMPARE(pacer.subChunk(), 0.5 * Pacer::kInitialSubChunk_ms);
        pacer.noteCall(0.1 * Pacer::kTargetCallCost_ms, 0.01, true, true);
        QCOMPARE(pacer.subChunk(), 0.25 * Pacer::kInitialSubChunk_ms);
        for (int k = 0; k < 100; ++k) {
            pacer.noteCall(10.0, 1e-3, true, false);
        }
        QCOMPARE(pacer.subChunk(), Pacer::kMinSubChunk_ms);
        // A call at the target cost leaves it alone.
        pacer.noteCall(Pacer::kTargetCallCost_ms, 1e-3, true, false);
        QCOMPARE(pacer.subChunk(), Pacer::kMinSubChunk_ms);
    }

    void thePaceIsAMovingAverageOfTheCalls() {
        Pacer pacer = makePacer();
        QCOMPARE(pacer.pace(), 0.0);
        pacer.noteCall(0.5, 5.0, true, false);
        QCOMPARE(pacer.pace(), 10.0);
        pacer.noteCall(0.5, 15.0, true, false);
        QCOMPARE(pacer.pace(), 0.7 * 10.0 + 0.3 * 30.0);
        pacer.noteCall(0.0, 15.0, true, false);  // too fast to time: ignored
        QCOMPARE(pacer.pace(), 0.7 * 10.0 + 0.3 * 30.0);
        pacer.forgetPace();
        QCOMPARE(pacer.pace(), 0.0);
    }

    void theSteadyClockMovesForward() {
        const Pacer::Clock clock = Pacer::steadyClock();
        const double first = clock();
        QTest::qWait(5);
        QVERIFY(clock() >= first + 4.0);
    }
};

QTEST_GUILESS_MAIN(PacerTest)
#include "test_ui_pacer.moc"

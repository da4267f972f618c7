// replayHistory(): a run with changes replayed from its RunHistory gives the spikes of the run itself (advanced
// in other pieces, changes applied at their times), cancel stops it, and a history that no longer reaches back
// to t = 0 is refused with a message instead of replayed wrongly.
#include <QtTest>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "core/engine/simulator.h"
#include "core/model/run_history.h"
#include "ui/simulation/history_replay.h"

using lif::Batch;
using lif::ModelSetup;
using lif::RunHistory;

namespace {

ModelSetup withCurrent(double current_pA) {
    ModelSetup setup = lif::defaultModelSetup();
    setup.stimulus.setAmplitude(current_pA);
    return setup;
}

}  // namespace

class HistoryReplayTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theReplayGivesTheRunsSpikes() {
        // The "live" run: small pieces, two changes (one of them two edits at one instant, as while paused).
        const ModelSetup first = withCurrent(500.0);
        ModelSetup second = withCurrent(900.0);
        ModelSetup third = second;
        third.parameters.gL = 30.0;
        ModelSetup fourth = third;
        fourth.parameters.tref = 5.0;
        lif::RunSetup setup;
        setup.model() = first;
        setup.dt_ms = 0.1;
        lif::Simulator live(setup);
        RunHistory history(first);
        std::vector<double> liveSpikes;
        Batch batch;
        const auto advance = [&](double until) {
            while (live.time() < until) {
                live.advanceTo(std::min(until, live.time() + 0.37), batch);
                liveSpikes.insert(liveSpikes.end(), batch.spikeTimes_ms.begin(), batch.spikeTimes_ms.end());
                batch.clear();
            }
            history.reach(live.time());
        };
        advance(150.0);
        live.apply(second);
        history.record(live.time(), second);
        advance(410.0);
        live.apply(third);
        history.record(live.time(), third);
        live.apply(fourth);
        history.record(live.time(), fourth);
        advance(700.0);
        QVERIFY(liveSpikes.size() > 20);

        std::vector<double> replayed;
        std::atomic<bool> cancel{false};
        std::atomic<double> progress{0.0};
        const bool done = lif::ui::replayHistory(
            history, 1e9, 0.1,
            [&](const Batch& chunk) {
                replayed.insert(replayed.end(), chunk.spikeTimes_ms.begin(), chunk.spikeTimes_ms.end());
                return true;
            },
            cancel, progress);
        QVERIFY(done);
        QCOMPARE(progress.load(), 1.0);
        QCOMPARE(replayed.size(), liveSpikes.size());
        for (std::size_t i = 0; i < replayed.size(); ++i) {
            QVERIFY2(std::fabs(replayed[i] - liveSpikes[i]) < 1e-9, qPrintable(QStringLiteral("spike %1").arg(i)));
        }
    }

    void cancelStopsTheReplay() {
        RunHistory history(withCurrent(500.0));
        history.reach(100000.0);
        std::atomic<bool> cancel{false};
        std::atomic<double> progress{0.0};
        int chunks = 0;
        const bool done = lif::ui::replayHistory(
            history, 1e9, 0.1,
            [&](const Batch& /*chunk*/) {
                cancel = ++chunks == 3;
                return true;
            },
            cancel, progress);
        QVERIFY(!done);
        QCOMPARE(chunks, 3);
        QVERIFY(progress.load() < 0.5);
    }

    void anIncompleteHistoryIsRefused() {
        ModelSetup setup = withCurrent(500.0);
        RunHistory history(setup);
        for (std::size_t k = 0; k <= RunHistory::kMaxEdits; ++k) {
            setup.parameters.gL = 20.0 + 1e-6 * static_cast<double>(k % 1000 + 1);
            history.record(static_cast<double>(k) * 1e-3, setup);
        }
        QVERIFY(!history.complete());
        std::atomic<bool> cancel{false};
        std::atomic<double> progress{0.0};
        try {
            lif::ui::replayHistory(
                history, 1e9, 0.1, [](const Batch& /*chunk*/) { return true; }, cancel, progress);
            QFAIL("an incomplete history was replayed");
        } catch (const std::runtime_error& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("cannot be replayed from t = 0")),
                     error.what());
        }
    }
};

QTEST_GUILESS_MAIN(HistoryReplayTest)
#include "test_ui_history_replay.moc"

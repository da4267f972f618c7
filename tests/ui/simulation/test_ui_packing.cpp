// What the worker sends to the plots: spikes drawn at their exact time from Vreset up to Vpeak, decimation that keeps
// the envelope and bounds the points, the window cut; the spike statistics; the words of a change mark.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/engine/simulator.h"
#include "core/model/parameters.h"
#include "ui/analysis/spike_statistics.h"
#include "ui/plots/change_description.h"
#include "ui/simulation/trace_packer.h"
#include "ui/style/display_format.h"

using lif::Batch;
using lif::Parameters;
using lif::Sample;
using lif::ui::SimulationChunk;
using lif::ui::TracePacker;

namespace {

/// A sawtooth: V rises linearly from -65 to -50 mV every 10 ms and a spike happens at each top.
Batch sawtooth(double duration_ms, double dt_ms) {
    Batch batch;
    const auto samples = static_cast<int>(std::lround(duration_ms / dt_ms));
    for (int k = 0; k <= samples; ++k) {
        const double t = k * dt_ms;
        const double phase = std::fmod(t, 10.0);
        batch.samples.push_back(Sample{t, -65.0 + 1.5 * phase, 500.0, 0.0});
    }
    for (int k = 0; 10.0 * k + 9.95 < duration_ms; ++k) {
        batch.spikeTimes_ms.push_back(10.0 * k + 9.95);
    }
    return batch;
}

bool sortedKeys(const QVector<double>& keys) {
    return std::is_sorted(keys.begin(), keys.end());
}

/// Element-wise equality where NaN (a gap in the line) equals NaN.
bool sameValues(const QVector<double>& a, const QVector<double>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); });
}

QString text(const QVector<double>& values) {
    QStringList parts;
    for (const double value : values) {
        parts << QString::number(value);
    }
    return parts.join(QLatin1Char(' '));
}

double finiteMax(const QVector<double>& values) {
    double best = -std::numeric_limits<double>::infinity();
    for (const double value : values) {
        best = std::isnan(value) ? best : std::max(best, value);
    }
    return best;
}

double finiteMin(const QVector<double>& values) {
    double best = std::numeric_limits<double>::infinity();
    for (const double value : values) {
        best = std::isnan(value) ? best : std::min(best, value);
    }
    return best;
}

}  // namespace

class PackingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spikeIsDrawnAsOneStrokeFromResetToPeakAtItsTime() {
        Parameters p;
        Batch batch;
        for (int k = 0; k <= 10; ++k) {
            batch.samples.push_back(Sample{0.1 * k, k < 5 ? -60.0 + k : p.Vreset, 500.0, 0.0});
        }
        batch.spikeTimes_ms = {0.45};
        TracePacker packer;
        SimulationChunk chunk;
        packer.configure(100.0, 0.1, chunk);  // 1000 samples per window: no decimation
        QCOMPARE(packer.samplesPerBucket(), 1);
        packer.pack(batch, 0.0, p, chunk);
        packer.close(chunk);
        QVERIFY(sortedKeys(chunk.t_ms));
        QCOMPARE(chunk.t_ms.size(), 11 + 5);
        const auto at = chunk.t_ms.indexOf(0.45);
        QVERIFY(at > 0);
        // The trace reaches threshold; a gap; one stroke from reset up to the peak; a gap.
        QVERIFY2(sameValues(chunk.V_mV.mid(at, 5), {p.Vth, qQNaN(), p.Vreset, p.Vpeak, qQNaN()}),
                 qPrintable(text(chunk.V_mV)));
        QCOMPARE(chunk.t_ms[at + 4], 0.45);
        QCOMPARE(chunk.t_ms[at + 5], 0.5);
        QCOMPARE(chunk.spikes_ms, QVector<double>{0.45});
    }

    void aSampleAtTheSpikeTimeComesAfterTheSpike() {
        // The core emits a sample that falls exactly on a spike with the state just after it (the reset).
        Parameters p;
        Batch batch;
        batch.samples = {Sample{0.0, -51.0, 0, 0}, Sample{0.1, p.Vreset, 0, 0}, Sample{0.2, p.Vreset, 0, 0}};
        batch.spikeTimes_ms = {0.1};
        TracePacker packer;
        SimulationChunk chunk;
        packer.configure(100.0, 0.1, chunk);
        packer.pack(batch, 0.0, p, chunk);
        packer.close(chunk);
        QCOMPARE(chunk.t_ms, (QVector<double>{0.0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2}));
        QVERIFY2(sameValues(chunk.V_mV, {-51.0, p.Vth, qQNaN(), p.Vreset, p.Vpeak, qQNaN(), p.Vreset, p.Vreset}),
                 qPrintable(text(chunk.V_mV)));
    }

    void decimationKeepsTheEnvelopeAndBoundsThePoints() {
        Parameters p;
        const Batch batch = sawtooth(10000.0, 0.1);  // 100001 samples, 1000 spikes
        TracePacker packer;
        SimulationChunk chunk;
        packer.configure(10000.0, 0.1, chunk);
        QCOMPARE(packer.samplesPerBucket(), 100000 / TracePacker::kBucketsPerWindow);
        packer.pack(batch, 0.0, p, chunk);
        packer.close(chunk);
        QVERIFY(sortedKeys(chunk.t_ms));
        QVERIFY2(chunk.t_ms.size() <= TracePacker::kMaxPointsPerWindow, qPrintable(QString::number(chunk.t_ms.size())));
        QCOMPARE(chunk.spikes_ms.size(), 1000);
        QCOMPARE(finiteMax(chunk.V_mV), p.Vpeak);
        QCOMPARE(finiteMin(chunk.V_mV), -65.0);
        // Every spike still reaches the peak in the trace (one spike per 100 samples, 66 samples per bucket).
        QCOMPARE(std::count(chunk.V_mV.begin(), chunk.V_mV.end(), p.Vpeak), 1000);
    }

    void onlyTheVisibleWindowIsPacked() {
        Parameters p;
        const Batch batch = sawtooth(5000.0, 0.1);
        TracePacker packer;
        SimulationChunk chunk;
        packer.configure(1000.0, 0.1, chunk);
        packer.pack(batch, 4000.0, p, chunk);
        packer.close(chunk);
        QVERIFY(!chunk.t_ms.isEmpty());
        QVERIFY(chunk.t_ms.first() >= 4000.0);
        QVERIFY(chunk.spikes_ms.first() >= 4000.0);
        QCOMPARE(chunk.spikes_ms.size(), 100);
    }

    void theOutputDoesNotDependOnHowTheRunIsChunked() {
        // The worker hands batches over every tick; the points per window must not grow with the tick rate.
        Parameters p;
        const Batch whole = sawtooth(2000.0, 0.1);
        TracePacker once;
        SimulationChunk expected;
        once.configure(10000.0, 0.1, expected);
        once.pack(whole, 0.0, p, expected);
        once.close(expected);

        TracePacker inPieces;
        SimulationChunk pieces;
        inPieces.configure(10000.0, 0.1, pieces);
        Batch piece;
        std::size_t spike = 0;
        for (std::size_t i = 0; i < whole.samples.size(); ++i) {
            piece.samples.push_back(whole.samples[i]);
            const double t = whole.samples[i].t_ms;
            while (spike < whole.spikeTimes_ms.size() && whole.spikeTimes_ms[spike] <= t) {
                piece.spikeTimes_ms.push_back(whole.spikeTimes_ms[spike++]);
            }
            if (i % 7 == 3) {  // pieces of 7 samples, unrelated to the 66-sample buckets
                inPieces.pack(piece, 0.0, p, pieces);
                piece.clear();
            }
        }
        inPieces.pack(piece, 0.0, p, pieces);
        inPieces.close(pieces);
        QCOMPARE(pieces.t_ms, expected.t_ms);
        QVERIFY(sameValues(pieces.V_mV, expected.V_mV));
        QCOMPARE(pieces.spikes_ms, expected.spikes_ms);
    }

    void statisticsOfRegularFiring() {
        lif::ui::SpikeStatistics statistics;
        QVector<double> spikes;
        for (int k = 1; k <= 200; ++k) {
            spikes.push_back(15.85 * k);
        }
        statistics.add(spikes);
        const auto summary = statistics.summarise(200 * 15.85 + 1.0, 1000.0);
        QVERIFY(std::fabs(summary.meanIsi_ms - 15.85) < 1e-9);
        QVERIFY(summary.cvIsi < 1e-9);
        QCOMPARE(summary.spikeCount, std::size_t{64});  // k = 137 .. 200 lie in (2171, 3171] ms
        QVERIFY(std::fabs(summary.rate_Hz - 64.0) < 1e-9);
        statistics.removeBefore(1e9);
        QCOMPARE(statistics.summarise(1e9, 1000.0).spikeCount, std::size_t{0});
        QVERIFY(std::isnan(statistics.summarise(1e9, 1000.0).meanIsi_ms));
    }

    void statisticsOfIrregularFiring() {
        lif::ui::SpikeStatistics statistics;
        statistics.add({10.0, 20.0, 40.0, 50.0, 70.0});  // intervals 10, 20, 10, 20: mean 15, SD 5.77
        const auto summary = statistics.summarise(100.0, 1000.0);
        QCOMPARE(summary.spikeCount, std::size_t{5});
        QVERIFY(std::fabs(summary.meanIsi_ms - 15.0) < 1e-12);
        QVERIFY(std::fabs(summary.cvIsi - std::sqrt(100.0 / 3.0) / 15.0) < 1e-12);
        QVERIFY(std::fabs(summary.rate_Hz - 50.0) < 1e-12);  // 5 spikes in 100 ms since t = 0
    }

    void changeDescriptionNamesParameterValuesAndUnit() {
        lif::ModelSetup before = lif::defaultModelSetup();
        lif::ModelSetup after = before;
        after.parameters.gL = 40.0;
        QCOMPARE(lif::ui::describeChange(before, after), QStringLiteral("gL 25 \u2192 40 nS"));
        after.stimulus.setAmplitude(300.0);
        QCOMPARE(lif::ui::describeChange(before, after), QStringLiteral("gL 25 \u2192 40 nS, I 500 \u2192 300 pA"));
        after = before;
        after.solver = lif::SolverKind::Euler;
        QCOMPARE(lif::ui::describeChange(before, after), QStringLiteral("solver auto \u2192 euler"));
        QVERIFY(lif::ui::describeChange(before, before).isEmpty());
    }

    void numbersAreWrittenPlainly() {
        QCOMPARE(lif::ui::displayNumber(63.0935), QStringLiteral("63.1"));
        QCOMPARE(lif::ui::displayNumber(1000.0), QStringLiteral("1000"));
        QCOMPARE(lif::ui::displayNumber(-45.0), QStringLiteral("\u221245"));
        QCOMPARE(lif::ui::displayQuantity(10.0, "ms"), QStringLiteral("10\u2009ms"));
    }
};

QTEST_GUILESS_MAIN(PackingTest)
#include "test_ui_packing.moc"

// BackgroundJob: parts on their own threads whose results are visible once finished() is emitted, progress
// that arrives as signals, cancel that stops every part, a throwing part that fails the job and cancels the
// others, and a job dropped mid-run that joins its threads.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "ui/simulation/background_job.h"

using lif::ui::BackgroundJob;
using lif::ui::JobContext;

namespace {

/// Waits in an event loop until `job` has finished, at most `timeout_ms`; true if it did.
bool waitFor(BackgroundJob& job, int timeout_ms = 20000) {
    if (job.isFinished()) {
        return true;
    }
    QEventLoop loop;
    QObject::connect(&job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout_ms, &loop, &QEventLoop::quit);
    loop.exec();
    return job.isFinished();
}

/// Spins until cancelled, at most `limit`; true if it was cancelled.
bool spinUntilCancelled(const JobContext& context, std::chrono::milliseconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!context.cancelled()) {
        if (std::chrono::steady_clock::now() > until) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

}  // namespace

class BackgroundJobTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void partsRunOnTheirOwnThreadsAndTheirResultsAreVisible() {
        constexpr int kParts = 3;
        constexpr int kItems = 3000;
        std::vector<long long> sums(kParts, 0);
        std::vector<Qt::HANDLE> threads(kParts, nullptr);
        std::atomic<int> started{0};
        std::atomic<bool> together{true};
        BackgroundJob job(
            [&](JobContext& context) {
                threads[static_cast<std::size_t>(context.part())] = QThread::currentThreadId();
                // Every part waits for the others: they run at the same time, on threads of their own.
                started.fetch_add(1);
                const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
                while (started.load() < kParts) {
                    if (std::chrono::steady_clock::now() > until) {
                        together = false;
                        return;
                    }
                    std::this_thread::yield();
                }
                for (int i = context.part(); i < kItems; i += context.parts()) {
                    sums[static_cast<std::size_t>(context.part())] += i;
                    context.reportProgress(static_cast<double>(i + 1) / kItems);
                }
                context.reportProgress(1.0);
            },
            kParts);
        QSignalSpy progressed(&job, &BackgroundJob::progressed);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        job.start();
        QVERIFY(waitFor(job));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(job.progress(), 1.0);
        QCOMPARE(sums[0] + sums[1] + sums[2], static_cast<long long>(kItems) * (kItems - 1) / 2);
        for (const Qt::HANDLE thread : threads) {
            QVERIFY(thread != nullptr && thread != QThread::currentThreadId());
        }
        QVERIFY(together.load());
        QVERIFY(threads[0] != threads[1] && threads[1] != threads[2] && threads[0] != threads[2]);
        QVERIFY(job.error().isEmpty());
        QVERIFY(!job.wasCancelled());
    }

    void progressIsReportedInSmallSteps() {
        BackgroundJob job([](JobContext& context) {
            for (int i = 0; i <= 1000000; ++i) {
                context.reportProgress(i / 1e6);  // a million reports: at most about a thousand are posted
            }
        });
        QList<double> seen;
        connect(&job, &BackgroundJob::progressed, this, [&seen](double fraction) { seen << fraction; });
        job.start();
        QVERIFY(waitFor(job));
        QVERIFY(!seen.isEmpty() && seen.size() <= 1001);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);
    }

    void cancelStopsEveryPart() {
        std::atomic<int> stopped{0};
        BackgroundJob job(
            [&](JobContext& context) {
                if (spinUntilCancelled(context, std::chrono::seconds(20))) {
                    stopped.fetch_add(1);
                }
            },
            2);
        job.start();
        QTest::qWait(20);
        QVERIFY(!job.isFinished());
        job.cancel();
        QVERIFY(waitFor(job));
        QCOMPARE(stopped.load(), 2);
        QVERIFY(job.wasCancelled());
        QVERIFY(job.error().isEmpty());
    }

    void aCallersCancelFlagIsTheJobsFlag() {
        std::atomic<bool> cancel{true};
        bool ran = false;
        BackgroundJob job([&](JobContext& context) { ran = !context.cancelled(); }, 1, &cancel);
        job.start();
        QVERIFY(waitFor(job));
        QVERIFY(!ran);
        QVERIFY(job.wasCancelled());
    }

    void aThrowingPartFailsTheJobAndCancelsTheOthers() {
        std::atomic<bool> otherCancelled{false};
        BackgroundJob job(
            [&](JobContext& context) {
                if (context.part() == 0) {
                    throw std::runtime_error("part 0 broke");
                }
                otherCancelled = spinUntilCancelled(context, std::chrono::seconds(20));
            },
            2);
        job.start();
        QVERIFY(waitFor(job));
        QCOMPARE(job.error(), QStringLiteral("part 0 broke"));
        QVERIFY(otherCancelled.load());
        QVERIFY(!job.wasCancelled());  // it failed, which is not the same as being cancelled
    }

    void aJobDroppedMidRunJoinsItsThreads() {
        std::atomic<bool> returned{false};
        {
            BackgroundJob job([&](JobContext& context) {
                spinUntilCancelled(context, std::chrono::seconds(20));
                returned = true;
            });
            job.start();
            QTest::qWait(10);
        }
        QVERIFY(returned.load());
    }
};

QTEST_MAIN(BackgroundJobTest)
#include "test_ui_background_job.moc"

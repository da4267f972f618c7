// The Mailbox: latest-value-wins slots and a queue in the inbox, events in order in the outbox, doorbells rung
// only when a box goes from empty to non-empty, takeSome() that leaves some slots, peek() that leaves the doorbell
// rung, and a producer thread
// against a consumer thread (run under ThreadSanitizer by scripts/test --sanitize thread).
#include <QtTest>

#include <atomic>
#include <deque>
#include <optional>
#include <thread>

#include "ui/simulation/mailbox.h"

using lif::ui::Mailbox;

namespace {

struct Commands {
    std::optional<int> latest;
    std::deque<int> queued;
};

}  // namespace

class MailboxTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theInboxBellRingsOncePerBurst() {
        int inboxRings = 0;
        Mailbox<Commands, int> box([&] { ++inboxRings; }, {});
        for (int k = 0; k < 1000; ++k) {
            box.send([&](Commands& commands) {
                commands.latest = k;
                commands.queued.push_back(k);
            });
        }
        QCOMPARE(inboxRings, 1);
        Commands taken = box.take();
        QCOMPARE(taken.latest.value_or(-1), 999);               // a slot keeps the latest value
        QCOMPARE(static_cast<int>(taken.queued.size()), 1000);  // a queue keeps every one, in order
        QCOMPARE(taken.queued.front(), 0);
        QVERIFY(!box.take().latest.has_value());  // take() leaves an empty inbox
        box.send([](Commands& commands) { commands.latest = 5; });
        QCOMPARE(inboxRings, 2);  // empty again: the next send rings
    }

    void peekLeavesTheBellRung() {
        int inboxRings = 0;
        Mailbox<Commands, int> box([&] { ++inboxRings; }, {});
        box.send([](Commands& commands) { commands.latest = 1; });
        const std::optional<int> picked =
            box.peek([](Commands& commands) { return std::exchange(commands.latest, std::nullopt); });
        QCOMPARE(picked.value_or(-1), 1);
        box.send([](Commands& commands) { commands.latest = 2; });
        QCOMPARE(inboxRings, 1);  // the slot connected to the bell has not run yet: no second ring
        QCOMPARE(box.take().latest.value_or(-1), 2);
    }

    void takeSomeLeavesTheRestAndRearmsTheBell() {
        int inboxRings = 0;
        Mailbox<Commands, int> box([&] { ++inboxRings; }, {});
        box.send([](Commands& commands) {
            commands.latest = 1;
            commands.queued.push_back(7);
        });
        const std::deque<int> queued =
            box.takeSome([](Commands& commands) { return std::exchange(commands.queued, {}); });
        QCOMPARE(static_cast<int>(queued.size()), 1);
        box.send([](Commands& commands) { commands.queued.push_back(8); });
        QCOMPARE(inboxRings, 2);  // re-armed: the slot left behind does not keep it silent
        const Commands rest = box.take();
        QCOMPARE(rest.latest.value_or(-1), 1);
        QCOMPARE(static_cast<int>(rest.queued.size()), 1);
    }

    void eventsArriveInOrderAndRingOnce() {
        int outboxRings = 0;
        Mailbox<Commands, int> box({}, [&] { ++outboxRings; });
        for (int k = 0; k < 10; ++k) {
            box.post(k);
        }
        QCOMPARE(outboxRings, 1);
        const std::vector<int> events = box.takeEvents();
        QCOMPARE(static_cast<int>(events.size()), 10);
        for (int k = 0; k < 10; ++k) {
            QCOMPARE(events[static_cast<std::size_t>(k)], k);
        }
        QVERIFY(box.takeEvents().empty());
        box.post(10);
        QCOMPARE(outboxRings, 2);
    }

    void aProducerAndAConsumerThreadLoseNothing() {
        std::atomic<int> rings{0};
        Mailbox<Commands, int> box({}, [&] { rings.fetch_add(1); });
        constexpr int kEvents = 20000;
        std::thread producer([&] {
            for (int k = 0; k < kEvents; ++k) {
                box.post(k);
            }
        });
        std::vector<int> received;
        while (static_cast<int>(received.size()) < kEvents) {
            for (const int event : box.takeEvents()) {
                received.push_back(event);
            }
        }
        producer.join();
        for (int k = 0; k < kEvents; ++k) {
            QCOMPARE(received[static_cast<std::size_t>(k)], k);
        }
        QVERIFY(rings.load() >= 1 && rings.load() <= kEvents);
    }
};

QTEST_GUILESS_MAIN(MailboxTest)
#include "test_ui_mailbox.moc"

#pragma once
// Mailbox is how a worker thread and the GUI thread talk without passing any value through a Qt event: an inbox
// of commands (GUI -> worker) and an outbox of events (worker -> GUI), each a plain container guarded by its own
// std::mutex, each with a doorbell that is rung only when its box goes from empty to non-empty. A Qt queued
// signal makes a good doorbell because it carries no data: Qt hands queued arguments across threads in code
// ThreadSanitizer cannot see (Qt is not instrumented), so values sent that way would look like races and hide
// real ones; through the Mailbox every hand-over is a mutex the sanitizer sees.
//
//  - Commands is one struct of slots the sender edits under the lock, e.g. `std::optional<Setup> setup;`
//    (latest value wins: a burst of 10,000 slider edits is served as its last one) or `std::deque<Job> jobs;`
//    (a queue, when every command counts). It must be default-constructible: take() leaves a fresh one behind.
//  - Events are delivered in the order they were posted; takeEvents() hands all of them over at once.
//  - The doorbells are callbacks given to the constructor and called outside the locks, by whoever filled the
//    box, at most once until the box is taken: connect a data-free signal with Qt::QueuedConnection to the
//    slot that takes it.
//
// Reuse: a second worker (the f-I sweep) declares its own two types, say
//     struct SweepCommands { std::optional<SweepRequest> start; bool cancel = false; };
//     using SweepEvent = std::variant<SweepProgress, SweepPoint, SweepDone>;
// and holds a Mailbox<SweepCommands, SweepEvent>; see ui/simulation/background_job.h for the ready-made
// run-to-completion worker (progress, cancel, a result) built on it.
//
// Threading: every member is thread-safe. send() is meant for the sender's thread and take()/takeSome()/peek()/
// post() for the worker's, but nothing breaks if they are called elsewhere. Nothing here knows Qt.
#include <functional>
#include <mutex>
#include <utility>
#include <vector>

namespace lif::ui {

template <typename Commands, typename Event>
class Mailbox {
public:
    using Doorbell = std::function<void()>;

    /// `inboxBell` is rung when commands arrive in an empty inbox, `outboxBell` when events arrive in an empty
    /// outbox. Either may be empty (the box is then polled).
    Mailbox(Doorbell inboxBell, Doorbell outboxBell)
        : inboxBell_(std::move(inboxBell)), outboxBell_(std::move(outboxBell)) {}
    Mailbox(const Mailbox&) = delete;
    Mailbox& operator=(const Mailbox&) = delete;

    // ---- the inbox ----
    /// Calls edit(Commands&) under the inbox lock (keep it short: assign a slot, push to a queue) and rings the
    /// inbox doorbell if the inbox was empty.
    template <typename Edit>
    void send(Edit&& edit) {
        bool ring = false;
        {
            const std::lock_guard<std::mutex> lock(inboxMutex_);
            std::forward<Edit>(edit)(inbox_);
            ring = !std::exchange(inboxRung_, true);
        }
        if (ring && inboxBell_) {
            inboxBell_();
        }
    }
    /// Everything sent since the last take(), leaving an empty inbox: the next send() rings again.
    Commands take() {
        return takeSome([](Commands& inbox) { return std::exchange(inbox, Commands{}); });
    }
    /// Calls split(Commands&) under the inbox lock, returns what it returns and re-arms the doorbell (the next
    /// send() rings again): for a worker that serves some slots when the bell rings and leaves others in the
    /// inbox to be picked up with peek() between two steps of its work, when it can use them.
    template <typename Split>
    decltype(auto) takeSome(Split&& split) {
        const std::lock_guard<std::mutex> lock(inboxMutex_);
        inboxRung_ = false;
        return std::forward<Split>(split)(inbox_);
    }
    /// Calls inspect(Commands&) under the inbox lock and returns what it returns, without re-arming the doorbell
    /// (the slot it is connected to still runs).
    template <typename Inspect>
    decltype(auto) peek(Inspect&& inspect) {
        const std::lock_guard<std::mutex> lock(inboxMutex_);
        return std::forward<Inspect>(inspect)(inbox_);
    }

    // ---- the outbox ----
    /// Appends `event` and rings the outbox doorbell if the outbox was empty.
    void post(Event event) {
        bool ring = false;
        {
            const std::lock_guard<std::mutex> lock(outboxMutex_);
            outbox_.push_back(std::move(event));
            ring = !std::exchange(outboxRung_, true);
        }
        if (ring && outboxBell_) {
            outboxBell_();
        }
    }
    /// Every event posted since the last call, oldest first; the next post() rings again.
    std::vector<Event> takeEvents() {
        std::vector<Event> events;
        const std::lock_guard<std::mutex> lock(outboxMutex_);
        events.swap(outbox_);
        outboxRung_ = false;
        return events;
    }

private:
    const Doorbell inboxBell_;
    const Doorbell outboxBell_;
    std::mutex inboxMutex_;
    Commands inbox_;
    bool inboxRung_ = false;
    std::mutex outboxMutex_;
    std::vector<Event> outbox_;
    bool outboxRung_ = false;
};

}  // namespace lif::ui

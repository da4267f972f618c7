#pragma once
// BackgroundJob is the one way the window runs work that takes a while and then ends (the export's replay of
// the run, the coming f-I sweep): the work runs on its own QThread (one per part: a job split into `parts`
// shares runs them on as many threads, e.g. idealParts() for every core), reports progress and its end
// through a Mailbox (ui/simulation/mailbox.h; no value travels inside a Qt event), and polls one cancel flag.
// The GUI thread sees progressed() and finished() signals and never blocks: wait in a QEventLoop or carry on.
//
// The work is a plain function of a JobContext, no Qt in it: it polls context.cancelled() (or hands
// context.cancelFlag() to a core loop that polls a flag), calls context.reportProgress(0..1) as it goes, and
// leaves its result in state the caller owns (one slot per part, say). A part that throws ends with its
// what() as the job's error() and cancels the others. Everything a part wrote before it ended is visible to
// the GUI thread once finished() was emitted (the hand-over is the Mailbox's mutex, which ThreadSanitizer sees).
//
// For the f-I sweep: one part that runs core's FiSweep, which spreads the currents over every core itself:
//     FiCurve curve;  // the caller's; read it in finished()
//     BackgroundJob job([&](JobContext& c) {
//         FiSweepOptions options;
//         options.cancel = &c.cancelFlag();
//         options.onProgress = [&c](double fraction) { c.reportProgress(fraction); };
//         options.lowPriority = true;  // the live simulation keeps its CPU
//         curve = FiSweep(base, range, options).run();
//     });
// and connect progressed() to a progress bar, a Cancel button to cancel(), finished() to the plot. Work that
// is not parallel by itself can be split into parts instead (each gets context.part() of context.parts()).
//
// Threading: the BackgroundJob object is GUI-thread only (it must live in a thread with an event loop);
// JobContext is used by the part's own thread; cancel() may be called from any thread. The destructor
// cancels and joins every part, so a job may be dropped at any time.
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "ui/simulation/mailbox.h"

class QThread;

namespace lif::ui {

/// A part of a job reports how far it got (0..1).
struct JobProgress {
    int part = 0;
    double fraction = 0.0;
};
/// A part of a job ended; `error` is empty unless it threw.
struct JobEnded {
    int part = 0;
    std::string error;
};
using JobEvent = std::variant<JobProgress, JobEnded>;
/// A job takes no commands through the inbox: cancel is a flag its loops poll, the cheapest thing to poll.
struct JobCommands {};
using JobMailbox = Mailbox<JobCommands, JobEvent>;

/// What a running part sees of its job.
class JobContext {
public:
    JobContext(int part, int parts, const std::atomic<bool>& cancel, JobMailbox& mailbox)
        : part_(part), parts_(parts), cancel_(cancel), mailbox_(mailbox) {}

    int part() const { return part_; }
    int parts() const { return parts_; }
    bool cancelled() const { return cancel_.load(std::memory_order_relaxed); }
    /// For core code that polls a flag itself.
    const std::atomic<bool>& cancelFlag() const { return cancel_; }
    /// This part got `fraction` (0..1) of its way; reported to the GUI thread when it moved by 1/1000 or more.
    void reportProgress(double fraction);

private:
    int part_;
    int parts_;
    const std::atomic<bool>& cancel_;
    JobMailbox& mailbox_;
    double reported_ = 0.0;
};

class BackgroundJob final : public QObject {
    Q_OBJECT

public:
    using Work = std::function<void(JobContext& context)>;

    /// One part per core.
    static int idealParts();

    /// `work` is called once per part, each on its own thread. `cancel`: the flag cancel() sets and the work
    /// polls; by default the job's own, or one the caller also sets (it must outlive the job).
    explicit BackgroundJob(Work work, int parts = 1, std::atomic<bool>* cancel = nullptr, QObject* parent = nullptr);
    ~BackgroundJob() override;
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    /// Starts every part (once).
    void start();
    /// Asks every part to stop at its next poll (thread-safe).
    void cancel() { cancel_->store(true); }

    bool isFinished() const { return ended_ == parts_; }
    /// Mean progress of the parts, 0..1.
    double progress() const;
    bool wasCancelled() const { return cancel_->load() && error_.isEmpty(); }
    /// What the first failing part threw, empty if none did.
    QString error() const { return error_; }

Q_SIGNALS:
    void progressed(double fraction);
    /// Every part has ended (finished, cancelled or failed); its results may be read now.
    void finished();
    /// The outbox went from empty to holding events (the doorbell; queued to takeEvents()).
    void eventsPosted();

private:
    void takeEvents();
    void join();

    Work work_;
    int parts_;
    std::atomic<bool> ownCancel_{false};
    std::atomic<bool>* cancel_;
    JobMailbox mailbox_;
    std::vector<std::unique_ptr<QThread>> threads_;
    std::vector<double> progress_;  ///< per part, as last reported
    std::atomic<int> exited_{0};    ///< parts whose thread is done with every member
    int ended_ = 0;
    QString error_;
};

}  // namespace lif::ui

#include "ui/simulation/background_job.h"

#include <QThread>

#include <algorithm>
#include <exception>
#include <numeric>

namespace lif::ui {

namespace {

/// Progress is reported in steps of at least this much (a progress bar has about as many pixels).
constexpr double kProgressStep = 1e-3;

}  // namespace

void JobContext::reportProgress(double fraction) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction - reported_ >= kProgressStep || (fraction == 1.0 && reported_ < 1.0)) {
        reported_ = fraction;
        mailbox_.post(JobProgress{part_, fraction});
    }
}

int BackgroundJob::idealParts() {
    return std::max(1, QThread::idealThreadCount());
}

BackgroundJob::BackgroundJob(Work work, int parts, std::atomic<bool>* cancel, QObject* parent)
    : QObject(parent),
      work_(std::move(work)),
      parts_(std::max(1, parts)),
      cancel_(cancel != nullptr ? cancel : &ownCancel_),
      mailbox_({}, [this] { Q_EMIT eventsPosted(); }),
      progress_(static_cast<std::size_t>(parts_), 0.0) {
    connect(this, &BackgroundJob::eventsPosted, this, &BackgroundJob::takeEvents, Qt::QueuedConnection);
}

BackgroundJob::~BackgroundJob() {
    cancel();
    join();
}

void BackgroundJob::start() {
    if (!threads_.empty()) {
        return;
    }
    for (int part = 0; part < parts_; ++part) {
        // The thread runs the part and ends; the part's last act is to post that it ended.
        threads_.emplace_back(QThread::create([this, part] {
            JobContext context(part, parts_, *cancel_, mailbox_);
            std::string error;
            try {
                work_(context);
            } catch (const std::exception& e) {
                error = e.what();
                cancel();  // a failed part makes the others pointless
            }
            mailbox_.post(JobEnded{part, error});  // rings the doorbell, which reads the job's members
            // The part's last touch of the job: join() acquires it, so that what the part did before is ordered
            // before the job's destruction for ThreadSanitizer too (QThread::wait() is Qt's, unseen by it).
            exited_.fetch_add(1, std::memory_order_release);
        }));
        threads_.back()->setObjectName(QStringLiteral("lifscope-job-%1").arg(part));
        threads_.back()->start();
    }
}

double BackgroundJob::progress() const {
    return std::accumulate(progress_.begin(), progress_.end(), 0.0) / static_cast<double>(parts_);
}

void BackgroundJob::takeEvents() {
    const int endedBefore = ended_;
    bool moved = false;
    for (JobEvent& event : mailbox_.takeEvents()) {
        if (const auto* step = std::get_if<JobProgress>(&event)) {
            progress_[static_cast<std::size_t>(step->part)] = step->fraction;
            moved = true;
        } else if (const auto* end = std::get_if<JobEnded>(&event)) {
            ++ended_;
            if (!end->error.empty() && error_.isEmpty()) {
                error_ = QString::fromStdString(end->error);
            }
        }
    }
    if (moved) {
        Q_EMIT progressed(progress());
    }
    if (endedBefore < parts_ && isFinished()) {
        join();  // each thread has posted its end: it is returning, or has returned
        Q_EMIT finished();
    }
}

void BackgroundJob::join() {
    for (const auto& thread : threads_) {
        thread->wait();
    }
    if (exited_.load(std::memory_order_acquire) != static_cast<int>(threads_.size())) {
        qWarning("LIFscope: a background job's thread ended without finishing its part");
    }
}

}  // namespace lif::ui

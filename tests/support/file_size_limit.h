#pragma once
// A full disk for tests, simulated with the process's file-size limit: past it write() fails with EFBIG where a
// full disk gives ENOSPC, and SIGXFSZ is ignored meanwhile so the failure reaches the writer as an error, as
// ENOSPC would. Process-wide: keep the scope short, around the writes under test.
#include <sys/resource.h>

#include <csignal>

namespace lif::testing {

class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &previous_);
        rlimit limited = previous_;
        limited.rlim_cur = bytes;
        active_ = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &previous_);
        std::signal(SIGXFSZ, previousHandler_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    /// False if the limit could not be set (the test should then fail rather than pass untested).
    bool active() const { return active_; }

private:
    rlimit previous_{};
    void (*previousHandler_)(int) = nullptr;
    bool active_ = false;
};

}  // namespace lif::testing

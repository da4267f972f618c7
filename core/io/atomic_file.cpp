#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "core/model/errors.h"
#include "core/model/numbers.h"

namespace lif {

namespace {
std::string reason() {
    return std::strerror(errno);
}
}  // namespace

AtomicFile::AtomicFile(std::string path, std::string what) : path_(std::move(path)), what_(std::move(what)) {
    if (path_.empty()) {
        throw OutputError(what_ + ": the output path is empty");
    }
    std::vector<char> pattern(path_.begin(), path_.end());
    const std::string suffix = ".lifscope-tmp-XXXXXX";
    pattern.insert(pattern.end(), suffix.begin(), suffix.end());
    pattern.push_back('\0');
    const int descriptor = ::mkstemp(pattern.data());
    if (descriptor < 0) {
        throw OutputError(failure("cannot write there (" + reason() + ")"));
    }
    // mkstemp makes the file private (0600); keep the mode of the file being replaced, else the usual 0644.
    struct stat existing {};
    const mode_t mode = ::stat(path_.c_str(), &existing) == 0 ? (existing.st_mode & 0777) : 0644;
    (void)::fchmod(descriptor, mode);
    ::close(descriptor);
    temporaryPath_ = pattern.data();
    stream_.open(temporaryPath_, std::ios::binary | std::ios::trunc);
    if (!stream_) {
        std::remove(temporaryPath_.c_str());
        throw OutputError(failure("cannot open a temporary file beside it"));
    }
}

AtomicFile::~AtomicFile() {
    if (!done_) {
        discard();
    }
}

std::string AtomicFile::failure(const std::string& why) const {
    return what_ + " " + quoted(path_) + ": " + why + "; any existing file is unchanged";
}

void AtomicFile::discard() {
    if (stream_.is_open()) {
        stream_.close();
    }
    std::remove(temporaryPath_.c_str());
    done_ = true;
}

void AtomicFile::finishWriting() {
    if (finished_) {
        return;
    }
    stream_.flush();
    const bool good = static_cast<bool>(stream_);
    stream_.close();
    if (!good || stream_.fail()) {
        discard();
        throw OutputError(failure("write failed (disk full?)"));
    }
    const int descriptor = ::open(temporaryPath_.c_str(), O_RDONLY);
    if (descriptor >= 0) {
        const int synced = ::fsync(descriptor);
        const std::string why = synced != 0 ? reason() : std::string();
        ::close(descriptor);
        if (synced != 0) {
            discard();
            throw OutputError(failure("write failed (" + why + ")"));
        }
    }
    finished_ = true;
}

void AtomicFile::commit() {
    finishWriting();
    if (std::rename(temporaryPath_.c_str(), path_.c_str()) != 0) {
        const std::string why = reason();
        discard();
        throw OutputError(failure("cannot replace the file (" + why + ")"));
    }
    done_ = true;
}

void writeFileAtomically(const std::string& path, const std::string& content, const std::string& what) {
    AtomicFile file(path, what);
    file.stream() << content;
    file.commit();
}

}  // namespace lif

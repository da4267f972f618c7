#pragma once
// Output files are written to a temporary beside the destination and renamed over it only when complete, so a
// failed or interrupted run leaves either the old file or the whole new one, never a half-written file.
#include <fstream>
#include <string>

namespace lif {

/// Created on the thread that writes it; not shared.
class AtomicFile {
public:
    /// Creates the temporary now, so an unwritable destination is reported before any long work. Every
    /// OutputError names `what` (e.g. "--trace-csv"), the path and the reason, and ends by saying that any
    /// existing file is unchanged, so the message is complete for the CLI and the window alike.
    AtomicFile(std::string path, std::string what);
    ~AtomicFile();  ///< removes the temporary unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ostream& stream() { return stream_; }
    /// False once a write to the stream has failed (a full disk): long writers stop early and call commit() or
    /// finishWriting() to get the error.
    bool good() const { return static_cast<bool>(stream_); }
    /// Flushes, closes and syncs the temporary, so that every byte is on disk; the destination is not touched
    /// yet. Lets a writer of several files check all of them before replacing any. Throws OutputError (and
    /// drops the temporary).
    void finishWriting();
    /// finishWriting() if not done yet, then renames over the destination. Throws OutputError.
    void commit();
    /// Drops the temporary; the destination is untouched.
    void discard();
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::string what_;
    std::string temporaryPath_;
    /// The message for a failure: names `what`, the path and the reason, and says the old file is unchanged.
    std::string failure(const std::string& why) const;

    std::ofstream stream_;
    bool finished_ = false;  ///< finishWriting() succeeded
    bool done_ = false;
};

/// Writes `content` atomically to `path`. Throws OutputError.
void writeFileAtomically(const std::string& path, const std::string& content, const std::string& what);

}  // namespace lif

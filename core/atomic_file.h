#pragma once
// Output files are written to a temporary beside the destination and renamed over it only when complete, so a
// failed or interrupted run leaves either the old file or the whole new one, never a half-written file.
#include <fstream>
#include <string>

namespace lif {

/// Created on the thread that writes it; not shared.
class AtomicFile {
public:
    /// Creates the temporary now, so an unwritable destination is reported before any long work. Throws
    /// OutputError naming `what` (e.g. "--trace-csv"), the path and the reason.
    AtomicFile(std::string path, std::string what);
    ~AtomicFile();  ///< removes the temporary unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ostream& stream() { return stream_; }
    /// Flushes, syncs and renames over the destination. Throws OutputError.
    void commit();
    /// Drops the temporary; the destination is untouched.
    void discard();
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::string what_;
    std::string temporaryPath_;
    std::ofstream stream_;
    bool done_ = false;
};

/// Writes `content` atomically to `path`. Throws OutputError.
void writeFileAtomically(const std::string& path, const std::string& content, const std::string& what);

}  // namespace lif

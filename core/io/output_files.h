#pragma once
// Several output files of one job (a trace, its spikes, a session) that replace their destinations together or
// not at all: each is opened at once (its temporary created, so an unwritable destination is reported before any
// long work), written, then finishAll() puts every byte of every file on disk and only then commitAll() renames
// them over their destinations. Whatever is not committed is discarded when the OutputFiles is destroyed (a
// cancel, an exception), leaving the old files as they were. Built on AtomicFile.
//
// Threading: created, written and destroyed on one thread (the one that writes the files).
#include <memory>
#include <string>
#include <vector>

#include "core/io/atomic_file.h"

namespace lif {

class OutputFiles {
public:
    OutputFiles() = default;
    ~OutputFiles() = default;  ///< discards every temporary not committed
    OutputFiles(const OutputFiles&) = delete;
    OutputFiles& operator=(const OutputFiles&) = delete;

    /// Creates the temporary of `path` now. `what` names the file in every message (e.g. "--trace-csv" or
    /// "trace CSV"). The reference stays valid as long as this object. Throws OutputError.
    AtomicFile& open(const std::string& path, const std::string& what);

    /// Throws the OutputError of the first file a write has failed to (a full disk), so that a long job stops at
    /// once instead of computing what cannot be written. All temporaries are discarded then.
    void throwIfWriteFailed();
    /// Flushes, closes and syncs every file; the destinations are not touched yet. The first failure throws its
    /// OutputError and discards every temporary, so that nothing is renamed.
    void finishAll();
    /// finishAll() if not done, then renames every file over its destination, in the order they were opened.
    /// Throws OutputError if a rename fails (the files renamed before it stay; the others are discarded).
    void commitAll();
    /// Drops every temporary not committed yet (the files stay open()'s references, closed; writes to them fail).
    void discardAll();

    std::size_t size() const { return files_.size(); }

private:
    std::vector<std::unique_ptr<AtomicFile>> files_;  ///< in the order opened; never removed before destruction
    std::size_t settled_ = 0;                         ///< files_[0, settled_) are committed or discarded
};

}  // namespace lif

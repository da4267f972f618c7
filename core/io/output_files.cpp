#include "core/io/output_files.h"

#include "core/model/errors.h"

namespace lif {

AtomicFile& OutputFiles::open(const std::string& path, const std::string& what) {
    files_.push_back(std::make_unique<AtomicFile>(path, what));
    return *files_.back();
}

void OutputFiles::throwIfWriteFailed() {
    for (std::size_t i = settled_; i < files_.size(); ++i) {
        if (!files_[i]->good()) {
            try {
                files_[i]->finishWriting();  // throws the file's own message (its name, path and the reason)
            } catch (const OutputError&) {
                discardAll();
                throw;
            }
        }
    }
}

void OutputFiles::finishAll() {
    try {
        for (std::size_t i = settled_; i < files_.size(); ++i) {
            files_[i]->finishWriting();
        }
    } catch (const OutputError&) {
        discardAll();
        throw;
    }
}

void OutputFiles::commitAll() {
    finishAll();
    try {
        for (; settled_ < files_.size(); ++settled_) {
            files_[settled_]->commit();
        }
    } catch (const OutputError&) {
        discardAll();
        throw;
    }
}

void OutputFiles::discardAll() {
    // The files themselves stay (closed), so that references callers hold stay valid.
    for (std::size_t i = settled_; i < files_.size(); ++i) {
        files_[i]->discard();
    }
    settled_ = files_.size();
}

}  // namespace lif

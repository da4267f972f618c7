#include "core/io/data_paths.h"

#include <cstdlib>
#include <system_error>

#ifndef LIFSCOPE_DATA_RELATIVE_PATH
#error "LIFSCOPE_DATA_RELATIVE_PATH must be defined by the build (core/io/CMakeLists.txt)"
#endif

namespace lif {

namespace fs = std::filesystem;

fs::path installedDataRelativePath() {
    return fs::path(LIFSCOPE_DATA_RELATIVE_PATH);
}

std::vector<fs::path> dataDirectoryCandidates(const fs::path& executable, const std::string& overrideDirectory) {
    std::vector<fs::path> candidates;
    if (!overrideDirectory.empty()) {
        candidates.push_back(fs::path(overrideDirectory).lexically_normal());
    }
    candidates.push_back((executable.parent_path() / installedDataRelativePath()).lexically_normal());
    return candidates;
}

std::optional<fs::path> findDataDirectory(const fs::path& executable, const std::string& overrideDirectory) {
    for (const fs::path& candidate : dataDirectoryCandidates(executable, overrideDirectory)) {
        std::error_code error;  // an unreadable candidate is skipped like a missing one
        if (fs::is_directory(candidate, error)) {
            return candidate;
        }
    }
    return std::nullopt;
}

fs::path currentExecutable(const char* argv0) {
    std::error_code error;
    fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (!error && self.is_absolute()) {
        return self;
    }
    if (argv0 == nullptr || *argv0 == '\0') {
        return {};
    }
    const fs::path absolute = fs::absolute(argv0, error);
    if (error) {
        return fs::path(argv0);
    }
    fs::path resolved = fs::weakly_canonical(absolute, error);
    return error ? absolute.lexically_normal() : resolved;
}

std::optional<fs::path> dataDirectory(const char* argv0) {
    const char* value = std::getenv(kDataDirectoryVariable);
    return findDataDirectory(currentExecutable(argv0), value == nullptr ? std::string() : std::string(value));
}

}  // namespace lif

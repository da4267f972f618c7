#pragma once
// Where LIFscope's data files are (the preset sessions; later the lessons). They are found from the executable's
// own location, never from a path fixed at build time, so an installed tree works wherever it is moved:
// <prefix>/bin/lifscope reads <prefix>/share/lifscope. A build tree has the same layout: the build links
// <build>/share/lifscope to the source tree's data/ folder (app/CMakeLists.txt), so build/app/lifscope finds the
// files being edited. Qt-free, so the window and the command line use the same rule. Thread rule: the functions
// are pure except currentExecutable and dataDirectory, which read the process's state and are safe on any thread.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lif {

/// Name of the environment variable that, when set and not empty, names the data folder and wins over the rule.
inline constexpr const char* kDataDirectoryVariable = "LIFSCOPE_DATA_DIR";

/// The install layout's path from the executable's folder to the data folder, e.g. "../share/lifscope" (set by
/// CMake from GNUInstallDirs: one source for the install rules and the lookup).
std::filesystem::path installedDataRelativePath();

/// Where to look, in order: `overrideDirectory` when not empty, then `installedDataRelativePath()` taken from the
/// folder of `executable` (which should be absolute). Paths are normalised lexically; nothing is read from disk.
std::vector<std::filesystem::path> dataDirectoryCandidates(const std::filesystem::path& executable,
                                                           const std::string& overrideDirectory);

/// The first of dataDirectoryCandidates that is an existing folder; nullopt when none is (the caller says which
/// were tried, from dataDirectoryCandidates).
std::optional<std::filesystem::path> findDataDirectory(const std::filesystem::path& executable,
                                                       const std::string& overrideDirectory);

/// This process's executable with symbolic links resolved: /proc/self/exe when it can be read (Linux), else
/// `argv0` made absolute (an argv0 without a folder, found through PATH, cannot be located that way).
std::filesystem::path currentExecutable(const char* argv0);

/// findDataDirectory(currentExecutable(argv0), value of LIFSCOPE_DATA_DIR).
std::optional<std::filesystem::path> dataDirectory(const char* argv0);

/// The folder of preset sessions inside a data folder.
inline std::filesystem::path presetsDirectory(const std::filesystem::path& dataDirectory) {
    return dataDirectory / "presets";
}

}  // namespace lif

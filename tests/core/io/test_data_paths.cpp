#include "core/io/data_paths.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace lif {
namespace {

namespace fs = std::filesystem;

// An installed tree in a temporary folder: <prefix>/bin/lifscope and <prefix>/<bin>/<relative data path>.
class DataPathsTest : public ::testing::Test {
protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() / ("lifscope-data-paths-" + std::to_string(::getpid()));
        fs::remove_all(root_);
        prefix_ = root_ / "prefix";
        fs::create_directories(prefix_ / "bin");
        std::ofstream(prefix_ / "bin" / "lifscope") << "not a real program";
    }
    void TearDown() override { fs::remove_all(root_); }

    static fs::path dataIn(const fs::path& prefix) {
        return (prefix / "bin" / installedDataRelativePath()).lexically_normal();
    }
    void makeData(const fs::path& prefix) const { fs::create_directories(presetsDirectory(dataIn(prefix))); }

    fs::path root_;
    fs::path prefix_;
};

TEST_F(DataPathsTest, TheRelativePathLeadsFromTheBinFolderToAFolderNamedLifscope) {
    const fs::path relative = installedDataRelativePath();
    EXPECT_TRUE(relative.is_relative()) << relative;
    EXPECT_EQ(relative.filename(), "lifscope") << relative;
    EXPECT_EQ(*relative.begin(), "..") << "the data folder is outside the executable's own folder: " << relative;
}

TEST_F(DataPathsTest, CandidatesAreTheOverrideThenTheInstallLayout) {
    const fs::path executable = prefix_ / "bin" / "lifscope";
    const auto withOverride = dataDirectoryCandidates(executable, "/somewhere/./else/");
    ASSERT_EQ(withOverride.size(), 2U);
    EXPECT_EQ(withOverride[0], fs::path("/somewhere/else/"));
    EXPECT_EQ(withOverride[1], dataIn(prefix_));
    const auto plain = dataDirectoryCandidates(executable, "");
    ASSERT_EQ(plain.size(), 1U);
    EXPECT_EQ(plain[0], dataIn(prefix_));
}

TEST_F(DataPathsTest, FindsTheDataBesideAnInstalledExecutable) {
    makeData(prefix_);
    const auto found = findDataDirectory(prefix_ / "bin" / "lifscope", "");
    ASSERT_TRUE(found.has_value());
    EXPECT_TRUE(fs::equivalent(*found, dataIn(prefix_)));
}

TEST_F(DataPathsTest, AMovedTreeFindsItsOwnDataNotTheOldPlace) {
    makeData(prefix_);
    const fs::path moved = root_ / "moved" / "elsewhere";
    fs::create_directories(moved.parent_path());
    fs::rename(prefix_, moved);
    const auto found = findDataDirectory(moved / "bin" / "lifscope", "");
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, dataIn(moved));
    EXPECT_FALSE(findDataDirectory(prefix_ / "bin" / "lifscope", "").has_value()) << "the old place is empty";
}

TEST_F(DataPathsTest, NothingIsFoundWhenTheDataFolderIsMissingOrIsAFile) {
    EXPECT_FALSE(findDataDirectory(prefix_ / "bin" / "lifscope", "").has_value());
    fs::create_directories(dataIn(prefix_).parent_path());
    std::ofstream(dataIn(prefix_)) << "a file where the folder should be";
    EXPECT_FALSE(findDataDirectory(prefix_ / "bin" / "lifscope", "").has_value());
}

TEST_F(DataPathsTest, AnExistingOverrideWinsAndAMissingOneFallsBackToTheLayout) {
    makeData(prefix_);
    const fs::path other = root_ / "other-data";
    fs::create_directories(other);
    EXPECT_EQ(findDataDirectory(prefix_ / "bin" / "lifscope", other.string()), other);
    EXPECT_EQ(findDataDirectory(prefix_ / "bin" / "lifscope", (root_ / "missing").string()), dataIn(prefix_));
}

TEST_F(DataPathsTest, TheCurrentExecutableIsThisTestProgram) {
    const fs::path self = currentExecutable(nullptr);
    EXPECT_TRUE(self.is_absolute()) << self;
    EXPECT_TRUE(fs::equivalent(self, fs::canonical("/proc/self/exe"))) << self;
}

TEST_F(DataPathsTest, DataDirectoryReadsTheEnvironmentOverride) {
    const fs::path other = root_ / "from-environment";
    fs::create_directories(other);
    ASSERT_EQ(::setenv(kDataDirectoryVariable, other.c_str(), 1), 0);
    const auto found = dataDirectory(nullptr);
    ::unsetenv(kDataDirectoryVariable);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(*found, other);
}

}  // namespace
}  // namespace lif

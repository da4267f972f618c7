#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/io/atomic_file.h"
#include "core/model/errors.h"
#include "tests/support/file_size_limit.h"

namespace lif {
namespace {

namespace fs = std::filesystem;

class AtomicFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory_ = fs::temp_directory_path() / ("lifscope-atomic-" + std::to_string(::getpid()));
        fs::create_directories(directory_);
    }
    void TearDown() override {
        fs::permissions(directory_, fs::perms::owner_all);
        fs::remove_all(directory_);
    }
    static std::string read(const fs::path& path) {
        std::ifstream in(path);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory_), {}));
    }
    fs::path directory_;
};

TEST_F(AtomicFileTest, CommitReplacesTheFileWhole) {
    const fs::path target = directory_ / "out.csv";
    std::ofstream(target) << "old";
    {
        AtomicFile file(target.string(), "--trace-csv");
        file.stream() << "new contents";
        EXPECT_EQ(read(target), "old") << "nothing visible before commit";
        file.commit();
    }
    EXPECT_EQ(read(target), "new contents");
    EXPECT_EQ(entries(), 1u) << "no temporary left behind";
}

TEST_F(AtomicFileTest, FullDiskIsReportedAndLeavesTheOldFile) {
    const fs::path target = directory_ / "trace.csv";
    std::ofstream(target) << "old";
    std::string message;
    {
        const lif::testing::FileSizeLimit limit(4096);
        ASSERT_TRUE(limit.active());
        try {
            AtomicFile file(target.string(), "--trace-csv");
            for (int row = 0; row < 10000; ++row) {
                file.stream() << row << ",-65.000000,500.000000\n";
            }
            file.commit();
        } catch (const OutputError& error) {
            message = error.what();
        }
    }
    EXPECT_NE(message.find("--trace-csv"), std::string::npos) << message;
    EXPECT_NE(message.find(target.string()), std::string::npos) << message;
    EXPECT_NE(message.find("write failed"), std::string::npos) << message;
    EXPECT_EQ(read(target), "old");
    EXPECT_EQ(entries(), 1u) << "the temporary must be removed";
}

TEST_F(AtomicFileTest, AbandonedWriteLeavesTheOldFile) {
    const fs::path target = directory_ / "out.csv";
    std::ofstream(target) << "old";
    {
        AtomicFile file(target.string(), "--trace-csv");
        file.stream() << "half";
    }
    EXPECT_EQ(read(target), "old");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFileTest, UnwritablePlaceIsReportedUpFront) {
    try {
        AtomicFile file((directory_ / "missing" / "out.csv").string(), "--spikes-csv");
        FAIL();
    } catch (const OutputError& error) {
        EXPECT_NE(std::string(error.what()).find("--spikes-csv"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("missing/out.csv"), std::string::npos);
    }
}

TEST_F(AtomicFileTest, KeepsTheModeOfTheReplacedFile) {
    const fs::path target = directory_ / "out.csv";
    std::ofstream(target) << "old";
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    writeFileAtomically(target.string(), "x", "test");
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

}  // namespace
}  // namespace lif

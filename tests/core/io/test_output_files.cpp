#include "core/io/output_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/model/errors.h"
#include "tests/support/file_size_limit.h"

namespace lif {
namespace {

namespace fs = std::filesystem;

class OutputFilesTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory_ = fs::temp_directory_path() / ("lifscope-outputs-" + std::to_string(::getpid()));
        fs::create_directories(directory_);
        for (const char* name : {"a.csv", "b.csv", "c.json"}) {
            std::ofstream(directory_ / name) << "old " << name;
        }
    }
    void TearDown() override { fs::remove_all(directory_); }
    std::string read(const char* name) const {
        std::ifstream in(directory_ / name);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    std::string path(const char* name) const { return (directory_ / name).string(); }
    std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory_), {}));
    }
    fs::path directory_;
};

TEST_F(OutputFilesTest, CommitReplacesEveryFile) {
    OutputFiles files;
    files.open(path("a.csv"), "--trace-csv").stream() << "new a";
    files.open(path("b.csv"), "--spikes-csv").stream() << "new b";
    EXPECT_EQ(entries(), 5u) << "both temporaries exist from open() on";
    files.finishAll();
    EXPECT_EQ(read("a.csv"), "old a.csv") << "finishing renames nothing";
    files.commitAll();
    EXPECT_EQ(read("a.csv"), "new a");
    EXPECT_EQ(read("b.csv"), "new b");
    EXPECT_EQ(entries(), 3u);
}

TEST_F(OutputFilesTest, NotCommittedIsDiscarded) {
    {
        OutputFiles files;
        files.open(path("a.csv"), "--trace-csv").stream() << "new a";
        files.open(path("b.csv"), "--spikes-csv").stream() << "new b";
        files.finishAll();
    }
    EXPECT_EQ(read("a.csv"), "old a.csv");
    EXPECT_EQ(read("b.csv"), "old b.csv");
    EXPECT_EQ(entries(), 3u) << "no temporary left behind";
}

TEST_F(OutputFilesTest, AnUnwritablePlaceIsReportedAtOpenWithItsName) {
    OutputFiles files;
    files.open(path("a.csv"), "--trace-csv");
    try {
        files.open((directory_ / "missing" / "x.csv").string(), "--spikes-csv");
        FAIL() << "opened a file in a missing folder";
    } catch (const OutputError& error) {
        EXPECT_NE(std::string(error.what()).find("--spikes-csv"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("missing/x.csv"), std::string::npos) << error.what();
    }
    EXPECT_EQ(files.size(), 1u);
}

TEST_F(OutputFilesTest, OneFailedFileRenamesNone) {
    std::string message;
    {
        OutputFiles files;
        files.open(path("a.csv"), "--trace-csv").stream() << "small";
        AtomicFile& big = files.open(path("b.csv"), "--spikes-csv");
        files.open(path("c.json"), "--save-session").stream() << "{}";
        const lif::testing::FileSizeLimit limit(4096);
        ASSERT_TRUE(limit.active());
        for (int row = 0; row < 10000; ++row) {
            big.stream() << row << ",12.5\n";
        }
        try {
            files.commitAll();
        } catch (const OutputError& error) {
            message = error.what();
        }
        EXPECT_EQ(entries(), 3u) << "every temporary is dropped at the failure";
    }
    EXPECT_NE(message.find("--spikes-csv"), std::string::npos) << message;
    EXPECT_NE(message.find("write failed"), std::string::npos) << message;
    EXPECT_EQ(read("a.csv"), "old a.csv");
    EXPECT_EQ(read("b.csv"), "old b.csv");
    EXPECT_EQ(read("c.json"), "old c.json");
}

TEST_F(OutputFilesTest, AFailedWriteIsReportedBeforeTheEnd) {
    OutputFiles files;
    AtomicFile& trace = files.open(path("a.csv"), "--trace-csv");
    files.throwIfWriteFailed();  // nothing failed yet
    std::string message;
    {
        const lif::testing::FileSizeLimit limit(4096);
        ASSERT_TRUE(limit.active());
        for (int row = 0; row < 10000 && trace.good(); ++row) {
            trace.stream() << row << ",-65.000000,500.000000\n";
        }
        try {
            files.throwIfWriteFailed();
        } catch (const OutputError& error) {
            message = error.what();
        }
    }
    EXPECT_NE(message.find("--trace-csv"), std::string::npos) << message;
    trace.stream() << "a write after the failure goes nowhere";  // the reference stays valid
    EXPECT_NO_THROW(files.commitAll()) << "nothing is left to commit";
    EXPECT_EQ(read("a.csv"), "old a.csv");
    EXPECT_EQ(entries(), 3u);
}

}  // namespace
}  // namespace lif

#pragma once
// What the CLI test files share: a private directory per test, running the real executable with its output
// captured, and the check that a refused run exits 2 with one stderr line and leaves every file as it was.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace lif::testing {

namespace fs = std::filesystem;

struct Result {
    int status = -1;
    std::string out;
    std::string err;
};

inline std::string shellQuote(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

inline std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class CliFixture : public ::testing::Test {
protected:
    /// `directoryPrefix` names the test's folder; `commandPrefix` goes before the executable (e.g. an `env -u ...`).
    explicit CliFixture(std::string directoryPrefix, std::string commandPrefix = {})
        : directoryPrefix_(std::move(directoryPrefix)), commandPrefix_(std::move(commandPrefix)) {}

    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        directory_ = fs::temp_directory_path() / (directoryPrefix_ + info->name() + "-" + std::to_string(::getpid()));
        fs::remove_all(directory_);
        fs::create_directories(directory_);
    }
    void TearDown() override {
        fs::permissions(directory_, fs::perms::owner_all);
        fs::remove_all(directory_);
    }

    Result run(const std::vector<std::string>& arguments) const {
        std::string command = commandPrefix_ + shellQuote(LIFSCOPE_BIN);
        for (const auto& argument : arguments)
            command += " " + shellQuote(argument);
        const fs::path out = directory_ / "stdout.txt";
        const fs::path err = directory_ / "stderr.txt";
        command += " >" + shellQuote(out.string()) + " 2>" + shellQuote(err.string()) + " </dev/null";
        const int raw = std::system(command.c_str());
        Result result;
        result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
        result.out = readFile(out);
        result.err = readFile(err);
        fs::remove(out);
        fs::remove(err);
        return result;
    }

    fs::path path(const std::string& name) const { return directory_ / name; }

    std::map<std::string, std::string> listing() const {
        std::map<std::string, std::string> files;
        for (const auto& entry : fs::recursive_directory_iterator(directory_)) {
            if (entry.is_regular_file()) files[entry.path().string()] = readFile(entry.path());
        }
        return files;
    }

    /// Runs a bad command and checks: status 2, one line on stderr containing every fragment, no files touched.
    void expectRefused(const std::vector<std::string>& arguments, const std::vector<std::string>& fragments) {
        const auto before = listing();
        const Result result = run(arguments);
        EXPECT_EQ(result.status, 2) << result.err;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        for (const auto& fragment : fragments) {
            EXPECT_NE(result.err.find(fragment), std::string::npos)
                << "missing '" << fragment << "' in: " << result.err;
        }
        EXPECT_EQ(listing(), before) << "a refused run must not create or change files";
    }

    fs::path directory_;

private:
    std::string directoryPrefix_;
    std::string commandPrefix_;
};

}  // namespace lif::testing

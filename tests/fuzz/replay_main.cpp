// Replays saved fuzz inputs without libFuzzer, so that every compiler's normal test build checks that the seed
// corpora and every past crash (tests/fuzz/regressions) still pass. Arguments are files or folders (searched
// recursively); a missing folder counts as empty because git keeps no empty folders. Notes (*.md) are skipped.
//   <target>_replay [--max-seconds N] FILE_OR_FOLDER...
// --max-seconds fails the run when one input takes more CPU time (libFuzzer's -timeout), so that an input which once
// hung a parser fails fast and says so instead of running into CTest's timeout.
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

#include <sys/time.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// The input being run, for the message when it crashes (a signal handler may only read it).
char currentInput[4096] = "";

void reportCrash(int signal) {
    const char prefix[] = "\nfuzz replay: crashed on input ";
    // write(2) is not portable to every C++ library; fputs on stderr is unbuffered and good enough here.
    std::fputs(prefix, stderr);
    std::fputs(currentInput, stderr);
    std::fputs("\n", stderr);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void reportTerminate() {
    std::fprintf(stderr, "\nfuzz replay: an exception other than lif::InputError escaped on input %s\n", currentInput);
    if (const std::exception_ptr error = std::current_exception()) {
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "  what(): %s\n", e.what());
        } catch (...) {
            std::fprintf(stderr, "  (not a std::exception)\n");
        }
    }
    std::abort();
}

int maxSeconds = 0;

void reportTimeout(int /*signal*/) {
    std::fputs("\nfuzz replay: timed out (more than --max-seconds) on input ", stderr);
    std::fputs(currentInput, stderr);
    std::fputs("\n", stderr);
    std::_Exit(1);
}

void setCpuAlarm(int seconds) {
    itimerval timer{};
    timer.it_value.tv_sec = seconds;
    setitimer(ITIMER_VIRTUAL, &timer, nullptr);
}

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    if (!std::filesystem::exists(root, error)) return files;
    if (std::filesystem::is_regular_file(root, error)) {
        files.push_back(root);
        return files;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.is_regular_file() && entry.path().extension() != ".md") files.push_back(entry.path());
    }
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    std::set_terminate(reportTerminate);
    for (const int signal : {SIGSEGV, SIGABRT, SIGFPE, SIGILL})
        std::signal(signal, reportCrash);

    // CPU time, not wall time: a loaded machine (the sanitizer stages run two suites' tests at once on two cores)
    // must not fail an input that is quick, and a hang still burns CPU.
    std::signal(SIGVTALRM, reportTimeout);

    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--max-seconds") == 0 && i + 1 < argc) {
            maxSeconds = std::atoi(argv[++i]);
            continue;
        }
        const auto found = inputsUnder(argv[i]);
        files.insert(files.end(), found.begin(), found.end());
    }
    for (const auto& file : files) {
        std::snprintf(currentInput, sizeof currentInput, "%s", file.string().c_str());
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.eof() && in.fail()) {
            std::cerr << "fuzz replay: cannot read " << file << "\n";
            return 1;
        }
        // A null pointer for empty input, as libFuzzer may pass, would be fine too; keep a valid one.
        static const std::uint8_t empty = 0;
        const auto* data = bytes.empty() ? &empty : reinterpret_cast<const std::uint8_t*>(bytes.data());
        if (maxSeconds > 0) setCpuAlarm(maxSeconds);
        LLVMFuzzerTestOneInput(data, bytes.size());
        setCpuAlarm(0);
    }
    std::cout << "fuzz replay: " << files.size() << " inputs passed\n";
    return 0;
}

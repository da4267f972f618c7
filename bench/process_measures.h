#pragma once
// What the benchmarks measure of their own process, from /proc and the clocks (Linux): age since the kernel started
// it, resident memory, CPU time, and percentiles of a sample. Header-only, bench code only.
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace lif::bench {

/// Wall ms since the kernel started this process (resolution: one clock tick, usually 10 ms).
inline double processAge_ms() {
    std::ifstream stat("/proc/self/stat");
    std::string text;
    std::getline(stat, text);
    // Field 2 (comm) may contain spaces: count fields after the closing parenthesis (field 3 is first there).
    std::istringstream rest(text.substr(text.rfind(')') + 2));
    std::string field;
    for (int index = 3; index <= 22 && rest >> field; ++index) {
    }
    const double start_s = std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9 - start_s) * 1e3;
}

inline double rss_mb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stod(line.substr(6)) / 1024.0;
        }
    }
    return -1.0;
}

inline double cpu_s() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

inline double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return std::nan("");
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size()))) - 1;
    return values[std::min(index, values.size() - 1)];
}

}  // namespace lif::bench

#pragma once
// Shared by the fuzz targets: a failed property is reported and aborts, which libFuzzer records as a crash (and
// the replay test as a failure); bad input is expected and is lif::InputError, caught by each target itself.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace lif::fuzz {

inline std::string textOf(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string() : std::string(reinterpret_cast<const char*>(data), size);
}

[[noreturn]] inline void propertyFailed(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", what, detail.c_str());
    std::abort();
}

}  // namespace lif::fuzz

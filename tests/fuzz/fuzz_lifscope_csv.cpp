// parseLifscopeCsv reads trace and spike CSVs back (tools, tests, possibly edited by hand): any text must either
// parse or be refused with lif::InputError; an accepted table is rectangular and its numbers finite.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/io/csv.h"
#include "core/model/errors.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    lif::CsvTable table;
    try {
        table = lif::parseLifscopeCsv(lif::fuzz::textOf(data, size), "fuzz.csv");
    } catch (const lif::InputError&) {
        return 0;
    }
    for (const auto& row : table.rows) {
        if (row.size() != table.header.size()) lif::fuzz::propertyFailed("an accepted row differs from the header");
        for (const double value : row) {
            if (!std::isfinite(value)) lif::fuzz::propertyFailed("an accepted CSV value is not finite");
        }
    }
    return 0;
}

// The headless pictures (--png, --svg, --pdf): written with no display, at the requested size, vector formats
// really vector, every refusal leaving existing files alone. The files are checked without Qt: the PNG header,
// the SVG's elements, the PDF's markers and (where poppler's pdftoppm is installed) its rendering.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "tests/cli/cli_fixture.h"

namespace {

namespace fs = std::filesystem;

using lif::testing::readFile;
using lif::testing::Result;
using lif::testing::shellQuote;

std::size_t countOf(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++count;
    return count;
}

/// Width and height from a PNG's IHDR chunk; {0, 0} if it is not a PNG.
std::pair<std::uint32_t, std::uint32_t> pngSize(const std::string& bytes) {
    if (bytes.size() < 24 || bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || bytes.compare(12, 4, "IHDR") != 0) {
        return {0, 0};
    }
    const auto word = [&](std::size_t at) {
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < 4; ++i)
            value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
        return value;
    };
    return {word(16), word(20)};
}

/// Runs the executable with no DISPLAY and no QT_QPA_PLATFORM: the exporter must pick offscreen itself.
class CliImages : public lif::testing::CliFixture {
protected:
    CliImages() : CliFixture("lifscope-cli-images-", "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ") {}
};

const std::vector<std::string> kRun = {"--headless", "--stimulus", "const:500", "-T", "300", "--quiet"};

std::vector<std::string> with(std::vector<std::string> base, const std::vector<std::string>& more) {
    base.insert(base.end(), more.begin(), more.end());
    return base;
}

TEST_F(CliImages, PngAtTheDefaultAndARequestedSize) {
    ASSERT_EQ(run(with(kRun, {"--png", path("a.png").string()})).status, 0);
    EXPECT_EQ(pngSize(readFile(path("a.png"))), std::make_pair(1200u, 800u));
    const Result big = run(with(kRun, {"--png", path("b.png").string(), "--size", "1920x1080"}));
    ASSERT_EQ(big.status, 0) << big.err;
    EXPECT_EQ(pngSize(readFile(path("b.png"))), std::make_pair(1920u, 1080u));
}

TEST_F(CliImages, SvgIsVectorNotABitmap) {
    const Result result = run(with(kRun, {"--svg", path("a.svg").string()}));
    ASSERT_EQ(result.status, 0) << result.err;
    const std::string svg = readFile(path("a.svg"));
    ASSERT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("width=\"1200\""), std::string::npos);  // QSvgGenerator writes the size in px
    EXPECT_NE(svg.find("</svg>"), std::string::npos);
    EXPECT_GT(countOf(svg, "<path") + countOf(svg, "<polyline"), 10u) << "the traces must be vector paths";
    EXPECT_EQ(svg.find("<image"), std::string::npos) << "no embedded bitmap";
    EXPECT_GE(countOf(svg, "<text"), 5u) << "axis labels are text";
}

TEST_F(CliImages, PdfIsAPdfAndRendersToSomethingNotBlank) {
    const Result result = run(with(kRun, {"--pdf", path("a.pdf").string(), "--size", "1920x1080"}));
    ASSERT_EQ(result.status, 0) << result.err;
    const std::string pdf = readFile(path("a.pdf"));
    ASSERT_EQ(pdf.rfind("%PDF", 0), 0u);
    EXPECT_NE(pdf.find("%%EOF"), std::string::npos);
    if (std::system("command -v pdftoppm >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed; scripts/install-deps test installs it";
    }
    const std::string command =
        "pdftoppm -r 24 -gray " + shellQuote(path("a.pdf").string()) + " " + shellQuote(path("page").string());
    ASSERT_EQ(std::system(command.c_str()), 0);
    fs::path rendered;
    for (const auto& entry : fs::directory_iterator(directory_)) {
        if (entry.path().extension() == ".pgm") rendered = entry.path();
    }
    ASSERT_FALSE(rendered.empty());
    // Binary PGM: "P5\nW H\n255\n" then one byte per pixel.
    const std::string page = readFile(rendered);
    std::istringstream header(page);
    std::string magic;
    int width = 0;
    int height = 0;
    int maximum = 0;
    header >> magic >> width >> height >> maximum;
    header.get();
    ASSERT_EQ(magic, "P5");
    // 1920x1080 points at 24 dpi is 640x360 pixels: the page has the requested size.
    EXPECT_NEAR(width, 640, 2);
    EXPECT_NEAR(height, 360, 2);
    const std::string pixels = page.substr(static_cast<std::size_t>(header.tellg()));
    const auto dark =
        std::count_if(pixels.begin(), pixels.end(), [](char c) { return static_cast<unsigned char>(c) < 160; });
    EXPECT_GT(dark, static_cast<long>(pixels.size() / 200)) << "the rendered page is (nearly) blank";
}

TEST_F(CliImages, AllThreeAtOnceWithCsvAndSession) {
    const Result result = run(
        with(kRun, {"--png", path("a.png").string(), "--svg", path("a.svg").string(), "--pdf", path("a.pdf").string(),
                    "--spikes-csv", path("s.csv").string(), "--save-session", path("s.json").string()}));
    ASSERT_EQ(result.status, 0) << result.err;
    for (const char* name : {"a.png", "a.svg", "a.pdf", "s.csv", "s.json"}) {
        EXPECT_TRUE(fs::exists(path(name))) << name;
    }
    // No temporaries are left beside the outputs.
    EXPECT_EQ(listing().size(), 5u);
}

TEST_F(CliImages, LongRunIsDecimatedButStillDrawn) {
    // 60 s at dt 0.1 ms is 600k samples; the picture must still come out quickly and vector files stay small.
    const Result result =
        run({"--headless", "--stimulus", "const:500", "-T", "60000", "--quiet", "--svg", path("long.svg").string()});
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_LT(fs::file_size(path("long.svg")), 3'000'000u);
    const std::string svg = readFile(path("long.svg"));
    EXPECT_GT(countOf(svg, "<path") + countOf(svg, "<polyline"), 10u);
}

TEST_F(CliImages, RefusalsLeaveExistingFilesAlone) {
    std::ofstream(path("old.png")) << "old picture";
    std::ofstream(path("plain-file")) << "not a directory";
    // The destination's directory is a regular file (unwritable even for root).
    expectRefused(with(kRun, {"--png", (path("plain-file") / "a.png").string()}), {"--png", "a.png"});
    expectRefused(with(kRun, {"--svg", (path("no-such-dir") / "a.svg").string()}), {"--svg", "a.svg"});
    expectRefused(with(kRun, {"--pdf", (path("no-such-dir") / "a.pdf").string()}), {"--pdf"});
    // A failing picture also discards the CSV written alongside it.
    expectRefused(
        with(kRun, {"--spikes-csv", path("s.csv").string(), "--png", (path("plain-file") / "a.png").string()}),
        {"--png"});
    expectRefused(with(kRun, {"--png", path("old.png").string(), "--size", "50x50"}), {"--size", "100 to 10000"});
    expectRefused(with(kRun, {"--png", path("old.png").string(), "--size", "big"}), {"--size", "WIDTHxHEIGHT"});
    expectRefused(with(kRun, {"--size", "800x600"}), {"--size", "--png"});
    expectRefused(with(kRun, {"--png", path("old.png").string(), "--svg", path("old.png").string()}), {"named twice"});
    expectRefused(with(kRun, {"--png", path("x.png").string(), "--png", path("y.png").string()}),
                  {"--png", "more than once"});
    EXPECT_EQ(readFile(path("old.png")), "old picture");
}

}  // namespace

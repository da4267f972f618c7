#pragma once
// A picture of a recorded run that someone asked for (the CLI's --png/--svg/--pdf): the core is Qt-free, so the
// drawing is done by whoever supplies an ImageExporter (the window's plotting code, ui/files/headless_export.h).
#include <functional>
#include <string>

#include "core/io/session.h"
#include "core/model/run_output.h"
#include "core/model/theory_fi.h"

namespace lif {

enum class ImageFormat { Png, Svg, Pdf };

struct ImageRequest {
    std::string path;
    ImageFormat format = ImageFormat::Png;
    int width_px = 1200;
    int height_px = 800;
};

/// Renders the recorded run to an image. Throws OutputError (or InputError) on failure; must write atomically.
using ImageExporter = std::function<void(const ImageRequest& request, const Session& session, const Batch& recording)>;
/// Renders an f-I curve swept with `session`'s parameters. Same contract as ImageExporter.
using FiImageExporter = std::function<void(const ImageRequest& request, const Session& session, const FiCurve& curve)>;

/// The pictures a headless command can ask for; each is drawn by the window's plotting code (ui/), which core
/// does not link. An empty one means this build cannot draw (no Qt).
struct Exporters {
    ImageExporter run;
    FiImageExporter fiCurve;
};

}  // namespace lif

#pragma once
// The image exporter of the headless command line (--png, --svg, --pdf): core/cli.h is Qt-free and calls it back
// with the recorded run. The QApplication it needs is created on the first call, on the offscreen platform, so
// pictures are written with no display at all.
//
// Threading: main thread only (the one that runs runHeadless).
#include "core/io/image_request.h"

namespace lif::ui {

/// The run's picture (--png/--svg/--pdf) and the f-I curve's (--fi-png/...). `argc` and `argv` must outlive the
/// returned exporters (QApplication keeps references to them).
Exporters headlessExporters(int& argc, char** argv);

}  // namespace lif::ui

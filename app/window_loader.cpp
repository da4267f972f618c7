#include "app/window_loader.h"

#include <dlfcn.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>

#include "app/window_module.h"
#include "core/io/data_paths.h"
#include "core/model/errors.h"

#ifndef LIFSCOPE_WINDOW_MODULE
#error "LIFSCOPE_WINDOW_MODULE must be defined by the build (app/CMakeLists.txt)"
#endif

namespace lif::app {

namespace {

constexpr const char* kModulePathVariable = "LIFSCOPE_WINDOW_MODULE_PATH";

struct Module {
    RunWindowFunction runWindow = nullptr;
    HeadlessExportersFunction headlessExporters = nullptr;
};

std::filesystem::path modulePath(const char* argv0) {
    const char* override = std::getenv(kModulePathVariable);
    if (override != nullptr && *override != '\0') {
        return override;
    }
    return (currentExecutable(argv0).parent_path() / LIFSCOPE_WINDOW_MODULE).lexically_normal();
}

void* symbol(void* handle, const std::filesystem::path& path, const char* name) {
    void* address = dlsym(handle, name);
    if (address == nullptr) {
        throw OutputError("the window module " + path.string() + " has no entry point " + name +
                          "; reinstall lifscope");
    }
    return address;
}

/// Loads the module once; later calls return the same (or throw the same kind of error again).
const Module& module(const char* argv0) {
    static std::unique_ptr<Module> loaded;
    if (loaded) {
        return *loaded;
    }
    const std::filesystem::path path = modulePath(argv0);
    // RTLD_LOCAL: the module's symbols serve only the calls made through the pointers below.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* reason = dlerror();
        throw OutputError("cannot load the window module (" + std::string(reason != nullptr ? reason : path.string()) +
                          "); lifscope --headless runs without it, but the window and pictures need it");
    }
    // A POSIX idiom: dlsym returns an object pointer that holds a function's address.
    // NOLINTBEGIN(cppcoreguidelines-pro-type-reinterpret-cast)
    const auto version = reinterpret_cast<ModuleVersionFunction>(symbol(handle, path, kModuleVersionSymbol));
    if (std::strcmp(version(), LIFSCOPE_VERSION) != 0) {
        throw OutputError("the window module " + path.string() + " is version " + version() +
                          ", this lifscope is version " LIFSCOPE_VERSION "; reinstall lifscope");
    }
    auto result = std::make_unique<Module>();
    result->runWindow = reinterpret_cast<RunWindowFunction>(symbol(handle, path, kRunWindowSymbol));
    result->headlessExporters =
        reinterpret_cast<HeadlessExportersFunction>(symbol(handle, path, kHeadlessExportersSymbol));
    // NOLINTEND(cppcoreguidelines-pro-type-reinterpret-cast)
    loaded = std::move(result);
    return *loaded;
}

}  // namespace

int runWindow(int argc, char** argv) {
    return module(argc > 0 ? argv[0] : nullptr).runWindow(argc, argv);
}

Exporters lazyHeadlessExporters(int& argc, char** argv) {
    // Shared by both exporters: the module's exporters are made once, on the first picture of either kind. A
    // module that cannot be loaded is reported against the flag that asked for the picture.
    auto real = std::make_shared<Exporters>();
    const auto ensure = [real, &argc, argv](const char* flag) -> const Exporters& {
        if (!real->run) {
            try {
                module(argc > 0 ? argv[0] : nullptr).headlessExporters(&argc, argv, real.get());
            } catch (const OutputError& error) {
                throw OutputError(std::string(flag) + ": " + error.what());
            }
        }
        return *real;
    };
    const auto flagOf = [](ImageFormat format, bool fi) {
        switch (format) {
            case ImageFormat::Png:
                return fi ? "--fi-png" : "--png";
            case ImageFormat::Svg:
                return fi ? "--fi-svg" : "--svg";
            case ImageFormat::Pdf:
                return fi ? "--fi-pdf" : "--pdf";
        }
        return "--png";
    };
    Exporters lazy;
    lazy.run = [ensure, flagOf](const ImageRequest& request, const Session& session, const Batch& recording) {
        ensure(flagOf(request.format, false)).run(request, session, recording);
    };
    lazy.fiCurve = [ensure, flagOf](const ImageRequest& request, const Session& session, const FiCurve& curve) {
        ensure(flagOf(request.format, true)).fiCurve(request, session, curve);
    };
    return lazy;
}

}  // namespace lif::app

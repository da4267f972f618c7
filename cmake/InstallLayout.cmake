# Where an installed LIFscope puts its files, and the names the desktop knows it by. Included before the sources,
# because the executable finds its data folder from these paths (core/io/data_paths.cpp), and by the install rules
# (cmake/DesktopIntegration.cmake), so the two can never disagree.
include(GNUInstallDirs)

# The release: the version is project()'s; its date feeds the AppStream release, the man page date and the
# Debian changelog, and the note says what it brought (metainfo and changelog alike).
set(LIFSCOPE_RELEASE_DATE "2026-12-01")
# (The note is one line of the Debian changelog: at most 76 characters.)
set(LIFSCOPE_RELEASE_NOTE "First release: live window, headless command line, presets, Debian package")

# The AppStream component id (reverse-DNS). The desktop file keeps the plain name lifscope.desktop, because the
# window sets QGuiApplication::desktopFileName("lifscope") and the compositor matches windows to it.
set(LIFSCOPE_APP_ID "org.lifscope.lifscope")  # lower case, as AppStream prefers
set(LIFSCOPE_DESKTOP_ID "lifscope.desktop")
set(LIFSCOPE_ICON_NAME "lifscope")
set(LIFSCOPE_MAINTAINER "LIFscope developers <dev@lifscope.invalid>")
# No public home yet: .invalid is the reserved name that can never resolve, so nothing points at someone else's
# site. Set the real address here (or with -D) before publishing; the metainfo's screenshots are taken from it.
set(LIFSCOPE_HOMEPAGE_URL "https://lifscope.invalid" CACHE STRING "Project home page (AppStream url, screenshots)")

# Data files (presets; later lessons) live in <prefix>/share/lifscope and are found relative to the executable.
set(LIFSCOPE_DATA_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/lifscope")
file(RELATIVE_PATH LIFSCOPE_DATA_RELATIVE_PATH "${CMAKE_INSTALL_FULL_BINDIR}"
     "${CMAKE_INSTALL_FULL_DATADIR}/lifscope")
if(IS_ABSOLUTE "${CMAKE_INSTALL_BINDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_DATADIR}")
  message(WARNING "An absolute CMAKE_INSTALL_BINDIR or CMAKE_INSTALL_DATADIR makes the installed tree "
                  "non-relocatable: lifscope looks for its data at <its folder>/${LIFSCOPE_DATA_RELATIVE_PATH}")
endif()

# The window module (app/window_module.h), a private shared object in <libdir>/lifscope, found relative to the
# executable like the data folder.
set(LIFSCOPE_MODULE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/lifscope")
set(LIFSCOPE_WINDOW_MODULE_BASENAME "lifscope-window")
file(RELATIVE_PATH LIFSCOPE_MODULE_RELATIVE_PATH "${CMAKE_INSTALL_FULL_BINDIR}"
     "${CMAKE_INSTALL_FULL_LIBDIR}/lifscope")
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  message(WARNING "An absolute CMAKE_INSTALL_LIBDIR makes the installed tree non-relocatable: lifscope looks for "
                  "its window module at <its folder>/${LIFSCOPE_MODULE_RELATIVE_PATH}")
endif()

# Installed directories are 0755 whatever the umask of the person installing (lintian checks it in the .deb).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

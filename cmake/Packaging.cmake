# The Debian package, built by scripts/package with `cpack -G DEB` from a build configured with
# CMAKE_INSTALL_PREFIX=/usr: exactly what `cmake --install` puts in the tree (cmake/DesktopIntegration.cmake),
# with the runtime dependencies read from the shared libraries the executable links (dpkg-shlibdeps), so Qt 6 and
# QCustomPlot come in as their runtime packages and never as -dev ones.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lifscope)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")  # native: we are upstream, no Debian revision
set(CPACK_PACKAGE_VENDOR "LIFscope developers")
set(CPACK_PACKAGE_CONTACT "${LIFSCOPE_MAINTAINER}")
# apt's one-line synopsis (a noun phrase, as Debian writes them); the long text is the metainfo's too.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "live leaky integrate-and-fire neuron simulator for teaching")
# Read here, not through CPACK_PACKAGE_DESCRIPTION_FILE, which CPack XML-escapes (an apostrophe became &apos;).
file(READ "${PROJECT_SOURCE_DIR}/packaging/description.txt" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # lifscope_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)

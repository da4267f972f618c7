# What `cmake --install` puts around the executable (installed by app/CMakeLists.txt to bin/): the preset sessions,
# the licence and changelog, the man page, and for the window the desktop entry, its icons and the AppStream
# metainfo. Paths come from cmake/InstallLayout.cmake. Generated files are made in <build>/installed.
#
# The PNG icons are rendered at build time from resources/icons/lifscope.svg by rsvg-convert (librsvg2-bin), so
# the SVG is their one source and no binary copies can drift from it. Without the tool the build still works and
# installs the scalable icon only (and says so); scripts/package requires it (LIFSCOPE_REQUIRE_INSTALL_TOOLS=ON).
option(LIFSCOPE_REQUIRE_INSTALL_TOOLS "Fail at configure time when rsvg-convert is missing" OFF)
find_program(LIFSCOPE_RSVG_CONVERT rsvg-convert)
find_program(LIFSCOPE_GZIP gzip REQUIRED)
find_program(LIFSCOPE_DATE date REQUIRED)

set(LIFSCOPE_GENERATED_DIR "${PROJECT_BINARY_DIR}/installed")
set(LIFSCOPE_DOC_INSTALL_DIR "${CMAKE_INSTALL_DATAROOTDIR}/doc/lifscope")  # the package's name, as Debian wants
set(LIFSCOPE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(LIFSCOPE_INSTALLS_PNG_ICONS OFF)

if(NOT LIFSCOPE_RSVG_CONVERT AND LIFSCOPE_REQUIRE_INSTALL_TOOLS AND LIFSCOPE_BUILD_UI)
  message(FATAL_ERROR "LIFSCOPE_REQUIRE_INSTALL_TOOLS: rsvg-convert not found; run scripts/install-deps package")
endif()

# The release date as the Debian changelog writes it.
execute_process(COMMAND ${LIFSCOPE_DATE} -u -R -d "${LIFSCOPE_RELEASE_DATE} 12:00:00"
                OUTPUT_VARIABLE LIFSCOPE_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)

# --- Data: the preset sessions (core/io/data_paths.h finds them relative to the executable).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/data/presets" DESTINATION "${LIFSCOPE_DATA_INSTALL_DIR}"
        FILES_MATCHING PATTERN "*.json")

# --- Licence (machine-readable Debian format, its text taken from LICENSE) and changelog.
file(STRINGS "${PROJECT_SOURCE_DIR}/LICENSE" _licence_lines)
# file(STRINGS) keeps blank lines; the first four (title, blank, copyright, blank) are the copyright file's own.
list(SUBLIST _licence_lines 4 -1 _licence_lines)
set(LIFSCOPE_LICENSE_DEP5 "")
foreach(_line IN LISTS _licence_lines)
  if(_line STREQUAL "")
    string(APPEND LIFSCOPE_LICENSE_DEP5 " .\n")
  else()
    string(APPEND LIFSCOPE_LICENSE_DEP5 " ${_line}\n")
  endif()
endforeach()
string(REGEX REPLACE "\n$" "" LIFSCOPE_LICENSE_DEP5 "${LIFSCOPE_LICENSE_DEP5}")
configure_file("${PROJECT_SOURCE_DIR}/packaging/copyright.in" "${LIFSCOPE_GENERATED_DIR}/copyright" @ONLY)
configure_file("${PROJECT_SOURCE_DIR}/packaging/changelog.in" "${LIFSCOPE_GENERATED_DIR}/changelog" @ONLY)
add_custom_command(
  OUTPUT "${LIFSCOPE_GENERATED_DIR}/changelog.gz"
  COMMAND ${LIFSCOPE_GZIP} -9 -n -k -f "${LIFSCOPE_GENERATED_DIR}/changelog"
  DEPENDS "${LIFSCOPE_GENERATED_DIR}/changelog"
  COMMENT "Compressing the changelog" VERBATIM)
set(_generated "${LIFSCOPE_GENERATED_DIR}/changelog.gz")
install(FILES "${LIFSCOPE_GENERATED_DIR}/copyright" "${LIFSCOPE_GENERATED_DIR}/changelog.gz"
        DESTINATION "${LIFSCOPE_DOC_INSTALL_DIR}")

# --- Man page: written by hand (docs/lifscope.1.in reads better than one made from --help); the test
# install.man_page_options keeps it in step with --help.
set(_man "${LIFSCOPE_GENERATED_DIR}/lifscope.1")
configure_file("${PROJECT_SOURCE_DIR}/docs/lifscope.1.in" "${_man}" @ONLY)
add_custom_command(
  OUTPUT "${_man}.gz"
  COMMAND ${LIFSCOPE_GZIP} -9 -n -k -f "${_man}"
  DEPENDS "${_man}"
  COMMENT "Compressing the man page" VERBATIM)
list(APPEND _generated "${_man}.gz")
install(FILES "${_man}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

# --- The desktop: entry, icons, metainfo (only with the window; a CLI-only build has nothing to launch).
if(LIFSCOPE_BUILD_UI)
  set(_svg "${PROJECT_SOURCE_DIR}/resources/icons/lifscope.svg")
  install(FILES "${PROJECT_SOURCE_DIR}/resources/lifscope.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications"
          RENAME "${LIFSCOPE_DESKTOP_ID}")
  install(FILES "${_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
          RENAME "${LIFSCOPE_ICON_NAME}.svg")
  if(LIFSCOPE_RSVG_CONVERT)
    foreach(_size IN LISTS LIFSCOPE_ICON_SIZES)
      set(_png "${LIFSCOPE_GENERATED_DIR}/icons/${_size}x${_size}/${LIFSCOPE_ICON_NAME}.png")
      add_custom_command(
        OUTPUT "${_png}"
        COMMAND ${LIFSCOPE_RSVG_CONVERT} --width=${_size} --height=${_size} --output=${_png} ${_svg}
        DEPENDS "${_svg}"
        COMMENT "Rendering the ${_size}x${_size} icon" VERBATIM)
      list(APPEND _generated "${_png}")
      install(FILES "${_png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps")
    endforeach()
    set(LIFSCOPE_INSTALLS_PNG_ICONS ON)
  else()
    message(STATUS "rsvg-convert not found: only the scalable icon is installed (Debian: apt-get install librsvg2-bin)")
  endif()

  # The long description is packaging/description.txt's paragraphs, for the software centre as for apt.
  file(READ "${PROJECT_SOURCE_DIR}/packaging/description.txt" _description)
  string(REPLACE "&" "&amp;" _description "${_description}")
  string(REPLACE "<" "&lt;" _description "${_description}")
  string(REPLACE ">" "&gt;" _description "${_description}")
  string(STRIP "${_description}" _description)
  string(REGEX REPLACE "\n\n+" "@paragraph@" _description "${_description}")
  string(REPLACE "\n" " " _description "${_description}")
  string(REPLACE "@paragraph@" "</p>\n    <p>" _description "${_description}")
  set(LIFSCOPE_DESCRIPTION_XML "    <p>${_description}</p>")
  # The menu categories are the desktop file's (the validator of the metainfo does not read it).
  file(STRINGS "${PROJECT_SOURCE_DIR}/resources/lifscope.desktop" _categories REGEX "^Categories=")
  string(REGEX REPLACE "^Categories=" "" _categories "${_categories}")
  string(REPLACE "\\;" ";" _categories "${_categories}")  # file(STRINGS) escapes the separators
  list(REMOVE_ITEM _categories "")
  set(LIFSCOPE_CATEGORIES_XML "")
  foreach(_category IN LISTS _categories)
    string(APPEND LIFSCOPE_CATEGORIES_XML "    <category>${_category}</category>\n")
  endforeach()
  string(REGEX REPLACE "\n$" "" LIFSCOPE_CATEGORIES_XML "${LIFSCOPE_CATEGORIES_XML}")
  set(LIFSCOPE_METAINFO "${LIFSCOPE_GENERATED_DIR}/${LIFSCOPE_APP_ID}.metainfo.xml")
  configure_file("${PROJECT_SOURCE_DIR}/resources/lifscope.metainfo.xml.in" "${LIFSCOPE_METAINFO}" @ONLY)
  install(FILES "${LIFSCOPE_METAINFO}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
endif()

add_custom_target(lifscope_installed_files ALL DEPENDS ${_generated})

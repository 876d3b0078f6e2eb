# What `cmake --install` puts where (FHS, under CMAKE_INSTALL_PREFIX), each program's manual
# page, and the Debian package CPack makes of it all: `cpack -G DEB` in a build directory.

# The release's date: the manual pages' footer and the package's changelog. Bump it with
# project(VERSION) and the <release> in the AppStream file.
set(ORGDESK_RELEASE_DATE 2026-12-07)
set(ORGDESK_RELEASE_DATE_RFC2822 "Mon, 07 Dec 2026 12:00:00 +0000")
set(ORGDESK_HOMEPAGE https://github.com/orgdesk/orgdesk)
set(ORGDESK_MAINTAINER "The Orgdesk authors <orgdesk@example.org>")
set(ORGDESK_APPSTREAM_ID io.github.orgdesk.Orgdesk)

set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# A manual page for `target`, made at build time from what `target --help` prints (see
# cmake/ManPage.cmake), installed gzipped to share/man/man1.
function(orgdesk_add_man_page target summary)
    if(CMAKE_CROSSCOMPILING)
        return() # the program cannot run here to print its help
    endif()
    set(page ${CMAKE_CURRENT_BINARY_DIR}/${target}.1)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${target}> -DNAME=${target}
                "-DSUMMARY=${summary}" -DVERSION=${PROJECT_VERSION}
                -DDATE=${ORGDESK_RELEASE_DATE} -DOUTPUT=${page}
                -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
        DEPENDS ${target} ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
        COMMENT "Writing the manual page of ${target}"
        VERBATIM)
    add_custom_target(${target}_man ALL DEPENDS ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endfunction()

set(orgdesk_resources ${PROJECT_SOURCE_DIR}/resources)
install(FILES ${orgdesk_resources}/orgdesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${orgdesk_resources}/icons/orgdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${orgdesk_resources}/${ORGDESK_APPSTREAM_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${orgdesk_resources}/bash-completion/orgdesk-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# Debian's place for the licence and the history; a version without a Debian revision makes a
# native package, whose history is changelog.gz.
set(package_doc ${CMAKE_INSTALL_DATADIR}/doc/orgdesk)
configure_file(${orgdesk_resources}/debian/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog
               @ONLY)
execute_process(COMMAND gzip -9nkf ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog)
install(FILES ${orgdesk_resources}/debian/copyright ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${package_doc})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME orgdesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Orgdesk authors")
set(CPACK_PACKAGE_CONTACT ${ORGDESK_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # orgdesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${ORGDESK_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${ORGDESK_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so no library dependency names them: the SVG icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# The keys live in a Secret Service; Wayland sessions want Qt's Wayland plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "desktop console for Atlassian Cloud organizations
Orgdesk administers Atlassian Cloud organizations through the cloud admin
REST APIs: directories and users, groups and roles, domains, policies, admin
API keys and users' API tokens. Help-desk staff suspend, restore or remove
many people at once with a result for each; security staff review and revoke
keys and tokens. API keys are kept in the system keychain only.
.
The package holds the desktop program (orgdesk), orgdesk-cli for scripts and
orgdesk-sandbox, a local stand-in for the admin APIs to try them on.")
include(CPack)

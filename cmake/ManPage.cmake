# Writes a program's manual page from the text its --help prints (cmake -P, at build time):
#   cmake -DPROGRAM=path -DNAME=orgdesk-cli -DSUMMARY="..." -DVERSION=0.1.0 -DDATE=2026-12-07
#         -DOUTPUT=orgdesk-cli.1 -P ManPage.cmake
# and gzips it to OUTPUT.gz. The help text's shape becomes the page's: "Usage:" lines the
# SYNOPSIS, "Heading:" lines sections, "  term   description" lines tagged paragraphs.

execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY LC_ALL=C.UTF-8
            LANGUAGE= QT_QPA_PLATFORM=offscreen ${PROGRAM} --help
    OUTPUT_VARIABLE help
    RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} --help failed (${status})")
endif()

# CMake lists split on ';' and group on '[' ']': keep those out of the way until the end.
string(REPLACE ";" "@SEMICOLON@" help "${help}")
string(REPLACE "[" "@OPEN@" help "${help}")
string(REPLACE "]" "@CLOSE@" help "${help}")
string(REPLACE "\n" ";" lines "${help}")

# roff: a backslash is \e, a hyphen a minus (options are typed), a leading . or ' is literal.
function(roff_text text result)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    set(${result} "${text}" PARENT_SCOPE)
endfunction()

string(TOUPPER "${NAME}" title)
roff_text("${SUMMARY}" summary)
set(page ".TH \"${title}\" 1 \"${DATE}\" \"Orgdesk ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${NAME} \\- ${summary}\n")
set(in_synopsis FALSE)
foreach(line IN LISTS lines)
    if(line MATCHES "^Usage: [^ ]+(.*)$")
        # QCommandLineParser names the program by the path it was started from.
        roff_text("${NAME}${CMAKE_MATCH_1}" text)
        string(APPEND page ".SH SYNOPSIS\n.nf\n${text}\n")
        set(in_synopsis TRUE)
        continue()
    endif()
    if(in_synopsis)
        if(line MATCHES "^ +[^ ]")
            string(REGEX REPLACE "^       " "" line "${line}") # the width of "Usage: "
            roff_text("${line}" text)
            string(APPEND page "${text}\n")
            continue()
        endif()
        string(APPEND page ".fi\n.SH DESCRIPTION\n")
        set(in_synopsis FALSE)
    endif()
    if(line STREQUAL "")
        string(APPEND page ".PP\n")
    elseif(line MATCHES "^(Options|Arguments):$")
        string(TOUPPER "${CMAKE_MATCH_1}" heading)
        string(APPEND page ".SH ${heading}\n")
    elseif(line MATCHES "^Exit codes:$")
        string(APPEND page ".SH \"EXIT STATUS\"\n")
    elseif(line MATCHES "^([^ ].*):$")
        roff_text("${CMAKE_MATCH_1}" heading)
        string(APPEND page ".SS \"${heading}\"\n")
    elseif(line MATCHES "^  ? ? ?([^ ]+( [^ ]+)*)  +([^ ].*)$") # 1-4 spaces
        roff_text("${CMAKE_MATCH_1}" term)
        roff_text("${CMAKE_MATCH_3}" text)
        string(APPEND page ".TP\n\\fB${term}\\fR\n${text}\n")
    else()
        string(STRIP "${line}" line) # a leading space would break the filled line
        roff_text("${line}" text)
        string(APPEND page "${text}\n")
    endif()
endforeach()
if(in_synopsis)
    string(APPEND page ".fi\n")
endif()

string(REPLACE "@SEMICOLON@" ";" page "${page}")
string(REPLACE "@OPEN@" "[" page "${page}")
string(REPLACE "@CLOSE@" "]" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
# -n: no name or time stamp inside, so the same page gzips to the same bytes.
execute_process(COMMAND gzip -9nf "${OUTPUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip ${OUTPUT} failed (${status})")
endif()

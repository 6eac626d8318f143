# Fails when a file includes a header of a layer above its own, so the layers' direction
# (model <- store/search <- render/import/export/checks <- gateway <- ui <- app) cannot break
# quietly. Run at every build (the newsroom_layers target) and by a test that proves it
# fails on a violation:
#   cmake -DSOURCE_DIR=<tree with core/ gateway/ ui/ app/> -P CheckLayers.cmake
# An include is resolved the way the compiler finds it: against core/, gateway/ and ui/.
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayers.cmake: SOURCE_DIR is not set")
endif()

# Layer of a path relative to SOURCE_DIR; -1 for what is not ours (Qt, system, tests).
function(layer_of path out)
    set(rank -1)
    if(path MATCHES "^core/(io|model|i18n|media)/")
        set(rank 0)
    elseif(path MATCHES "^core/(store|search|recovery)/")
        set(rank 1)
    elseif(path MATCHES "^core/(importer|render|export|checks)/")
        set(rank 2)
    elseif(path MATCHES "^gateway/")
        set(rank 3)
    elseif(path MATCHES "^ui/")
        set(rank 4)
    elseif(path MATCHES "^app/")
        set(rank 5)
    endif()
    set(${out} ${rank} PARENT_SCOPE)
endfunction()

set(names "model" "store/search" "render/import/export/checks" "gateway" "ui" "app")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
     "${SOURCE_DIR}/gateway/*.h" "${SOURCE_DIR}/gateway/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
set(problems "")
foreach(source IN LISTS sources)
    layer_of("${source}" own)
    get_filename_component(folder "${source}" DIRECTORY)
    file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
        set(found "")
        foreach(root IN ITEMS "${folder}" core gateway ui)
            if(EXISTS "${SOURCE_DIR}/${root}/${header}")
                set(found "${root}/${header}")
                break()
            endif()
        endforeach()
        if(found STREQUAL "")
            continue() # generated (moc, ui) or not ours
        endif()
        layer_of("${found}" theirs)
        if(theirs GREATER own)
            list(GET names ${own} ownName)
            list(GET names ${theirs} theirName)
            string(APPEND problems
                   "\n  ${source} (${ownName}) includes ${header} (${theirName})")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "A layer reaches up (model <- store/search <- render/import/export/checks "
                        "<- gateway <- ui <- app):${problems}")
endif()

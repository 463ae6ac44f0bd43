# Fails when a library archive needs a GL call or a GPU-side engine type: run after app/atlas is
# built (cmake -DARCHIVE=path -DNM=nm -P check_no_gpu_symbols.cmake), so the anatomy domain stays
# plain data and code whatever its headers come to include.
execute_process(COMMAND ${NM} -C -u ${ARCHIVE} OUTPUT_VARIABLE undefined RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "${NM} could not read ${ARCHIVE}")
endif()
string(REGEX MATCHALL
  "[^\n]*(epoxy_[A-Za-z]+|[ \t]gl[A-Z][A-Za-z]+|[ \t]egl[A-Z][A-Za-z]+|glfw[A-Z][A-Za-z]+|myo::(GpuScene|GpuMesh|FrameRenderer|OffscreenTarget|ShaderProgram|SnapshotRenderer|Context|gl::))[^\n]*"
  found "${undefined}")
if(found)
  list(REMOVE_DUPLICATES found)
  list(JOIN found "\n" lines)
  message(FATAL_ERROR "${ARCHIVE} needs GL or GPU-side engine code, which the atlas must not:\n${lines}")
endif()

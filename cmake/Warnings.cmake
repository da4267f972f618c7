# Warnings live on an interface target that every project target links, so third-party code is not affected.
add_library(lifscope_warnings INTERFACE)
target_compile_options(lifscope_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
                                 -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wnull-dereference
                                 -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough>)

#!/usr/bin/env bash
# Runs the backend's CUDA kernel sources on the host (no GPU needed): tools/emulate/emu.h stands in for the
# CUDA runtime (a block = blockDim OS threads with a barrier), tools/emulate/emulate_kernels.cpp launches the
# kernels as the Java side does and checks them against reference loops. Needs g++ with C++20.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
g++ -std=c++20 -O1 -pthread -w -I"$here/tools/emulate" -I"$here/src/main/cuda" "$here/tools/emulate/emu.cpp" \
    "$here/tools/emulate/emulate_kernels.cpp" -o "$out/emulate_kernels"
"$out/emulate_kernels"

#!/usr/bin/env bash
# Runs the cuda backend's tests end to end on a machine without a GPU: builds a fake libcuda.so.1
# (tools/emulate/fake_cuda.cpp: the driver calls the backend makes, on host memory, with kernel launches
# running the real kernel sources through emu.h) and runs the module's tests with it on the library path, so
# JCuda loads it in place of the NVIDIA driver and the device tests run instead of being skipped.
# Slow (every GPU thread is a fiber) and not a substitute for a GPU: no concurrency, no real PTX JIT.
#
#   xp-backends/cuda/tools/emulate-backend.sh [extra Maven arguments, e.g. -Dtest=CudaDeviceTest]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
top=$(cd "$here/../.." && pwd)
out=$(mktemp -d)
jar=$(find "$top/.m2repo" "$HOME/.m2/repository" -name 'jcuda-natives-11.8.0-linux-x86_64.jar' 2>/dev/null | head -1)
(cd "$out" && unzip -q -o "$jar" 'lib/libJCudaDriver-*')
python3 "$here/tools/emulate/gen_fake_driver.py" "$here/src/main/resources/org/xpsci/xp/cuda/ptx" \
    "$out"/lib/libJCudaDriver-*.so "$out"
g++ -std=c++20 -O2 -fPIC -shared -w -I"$out" -I"$here/tools/emulate" -I"$here/src/main/cuda" \
    "$here/tools/emulate/emu.cpp" "$here/tools/emulate/fake_cuda.cpp" -Wl,-soname,libcuda.so.1 -o "$out/libcuda.so.1"
echo "fake driver: $out/libcuda.so.1" >&2
cd "$top"
LD_LIBRARY_PATH="$out${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" tools/dev-mvn -o test -pl xp-backends/cuda "$@"

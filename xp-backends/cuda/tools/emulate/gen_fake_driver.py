"""Generates the parts of the fake CUDA driver (fake_cuda.cpp) that follow from other files: the kernel
registry (every .entry of the shipped PTX, bound to the kernel function compiled for the host) and stubs for
the driver functions JCuda's native library imports but the backend never calls (they return
CUDA_ERROR_NOT_SUPPORTED).

usage: gen_fake_driver.py <ptx dir> <libJCudaDriver.so> <out dir>
"""
import os
import re
import subprocess
import sys

ptx_dir, jcuda_lib, out = sys.argv[1:4]
NAMESPACES = {"ew_b": "ewb", "ew_int": "ewint", "ew_f32": "ewf32", "ew_f64": "ewf64", "ew_c64": "ewc64",
              "ew_c128": "ewc128", "copy": "cp", "gather": "ga", "scan": "sc", "sort": "so", "matmul": "mm",
              "fft_f32": "fff32", "fft_f64": "fff64"}
NAMESPACES.update({"reduce_" + k: "rd" + k for k in ["b", "i64", "u64", "f32", "f64", "c64", "c128"]})
entry = re.compile(r"^\.visible \.entry (\w+)\(", re.M)
with open(os.path.join(out, "registry.inc"), "w") as f:
    for module, ns in NAMESPACES.items():
        text = open(os.path.join(ptx_dir, module + ".ptx")).read()
        for name in entry.findall(text):
            f.write(f'{{"{name}", invoker(&{ns}::{name})}},\n')

IMPLEMENTED = set(re.findall(r'extern "C" CUresult (\w+)\(', open(os.path.join(os.path.dirname(__file__),
                                                                               "fake_cuda.cpp")).read()))
syms = subprocess.run(["nm", "-D", jcuda_lib], capture_output=True, text=True, check=True).stdout
with open(os.path.join(out, "stubs.inc"), "w") as f:
    for line in syms.splitlines():
        m = re.match(r"\s+U (cu\w+)$", line)
        if m and m.group(1) not in IMPLEMENTED:
            f.write(f'extern "C" CUresult {m.group(1)}() {{ return NOT_SUPPORTED; }}\n')

#!/usr/bin/env bash
# Regenerates the committed PTX of the cuda backend from the CUDA C sources in src/main/cuda/ (needs nvcc;
# the Maven build does not, it packages the committed .ptx files).
#
#   xp-backends/cuda/tools/build-ptx.sh            # compile, lower the PTX ISA version, validate with ptxas
#
# Target: virtual architecture compute_75 (Turing), the oldest nvcc 13 accepts, so every GPU of compute
# capability 7.5 or later can JIT the PTX. nvcc 13 stamps its PTX as ISA 9.0, which only CUDA 13 drivers
# (>= 580) accept; the kernels use nothing newer than ISA 7.0, so the script rewrites the header to
# `.version 7.0` (loadable by drivers >= 450.80, CUDA 11.0) and then asks ptxas to assemble every file under
# that version for sm_75 and sm_90: ptxas rejects any instruction the declared version lacks, so a kernel
# that needs a newer ISA fails this script instead of failing at run time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src="$here/src/main/cuda"
out="$here/src/main/resources/org/xpsci/xp/cuda/ptx"
PTX_VERSION=7.0
ARCH=compute_75
NVCC=${NVCC:-nvcc}
PTXAS=${PTXAS:-ptxas}
mkdir -p "$out"
rm -f "$out"/*.ptx

compile() { # module source [defines...]
  local module=$1 file=$2
  shift 2
  "$NVCC" -std=c++14 -arch=$ARCH -ptx -O3 "$@" -I"$src" "$src/$file" -o "$out/$module.ptx"
  sed -i -E "s/^\.version [0-9]+\.[0-9]+$/.version $PTX_VERSION/" "$out/$module.ptx"
  sed -i -E '/^\/\/ Compiler Build ID|^\/\/ Cuda compilation tools|^\/\/ Based on NVVM/d' "$out/$module.ptx"
  for sm in sm_75 sm_90; do
    "$PTXAS" -arch=$sm "$out/$module.ptx" -o /dev/null
  done
  echo "$module.ptx: $(grep -c '^\.visible \.entry' "$out/$module.ptx") entries, $(wc -c <"$out/$module.ptx") bytes"
}

compile ew_b elementwise.cu -DXP_KIND_B
compile ew_int elementwise.cu -DXP_KIND_INT
compile ew_f32 elementwise.cu -DXP_KIND_F32
compile ew_f64 elementwise.cu -DXP_KIND_F64
compile ew_c64 elementwise.cu -DXP_KIND_C64
compile ew_c128 elementwise.cu -DXP_KIND_C128
for k in b i64 u64 f32 f64 c64 c128; do
  compile reduce_$k reduce.cu -DXP_KIND_${k^^}
done
compile fft_f32 fft.cu -DXP_FFT_F32
compile fft_f64 fft.cu -DXP_FFT_F64
for m in copy gather scan sort matmul; do
  compile $m $m.cu
done

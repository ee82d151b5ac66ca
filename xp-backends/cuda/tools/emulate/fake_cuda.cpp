// A fake libcuda.so.1 for tools/emulate-backend.sh: the CUDA driver API functions the backend uses,
// implemented on the host (device memory is host memory, every call is synchronous), with kernel launches
// running the backend's own kernel sources through emu.h. JCuda's native library loads it in place of the
// NVIDIA driver, so the Java backend and its device tests run end to end on a machine without a GPU.
#include "emu.h"
#include "xp_ops.cuh"

#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <utility>

typedef int CUresult;
typedef unsigned long long CUdeviceptr;
constexpr CUresult OK = 0;
constexpr CUresult NOT_FOUND = 500;
constexpr CUresult NOT_SUPPORTED = 801;
constexpr CUresult OUT_OF_MEMORY = 2;

namespace ewb {
#define XP_KIND_B
#include "elementwise.cu"
#undef XP_KIND_B
#undef U
#undef B
}
namespace ewint {
#define XP_KIND_INT
#include "elementwise.cu"
#undef XP_KIND_INT
#undef U
#undef B
}
namespace ewf32 {
#define XP_KIND_F32
#include "elementwise.cu"
#undef XP_KIND_F32
#undef U
#undef B
}
namespace ewf64 {
#define XP_KIND_F64
#include "elementwise.cu"
#undef XP_KIND_F64
#undef U
#undef B
}
namespace ewc64 {
#define XP_KIND_C64
#include "elementwise.cu"
#undef XP_KIND_C64
#undef U
#undef B
}
namespace ewc128 {
#define XP_KIND_C128
#include "elementwise.cu"
#undef XP_KIND_C128
#undef U
#undef B
}
namespace cp {
#include "copy.cu"
}
namespace ga {
#include "gather.cu"
}
namespace rdb {
#define XP_KIND_B
#include "reduce.cu"
#undef XP_KIND_B
}
namespace rdi64 {
#define XP_KIND_I64
#include "reduce.cu"
#undef XP_KIND_I64
}
namespace rdu64 {
#define XP_KIND_U64
#include "reduce.cu"
#undef XP_KIND_U64
}
namespace rdf32 {
#define XP_KIND_F32
#include "reduce.cu"
#undef XP_KIND_F32
}
namespace rdf64 {
#define XP_KIND_F64
#include "reduce.cu"
#undef XP_KIND_F64
}
namespace rdc64 {
#define XP_KIND_C64
#include "reduce.cu"
#undef XP_KIND_C64
}
namespace rdc128 {
#define XP_KIND_C128
#include "reduce.cu"
#undef XP_KIND_C128
}
namespace sc {
#include "scan.cu"
}
namespace so {
#include "sort.cu"
}
namespace mm {
#include "matmul.cu"
}
namespace fff32 {
#define XP_FFT_F32
#include "fft.cu"
#undef XP_FFT_F32
}
namespace fff64 {
#define XP_FFT_F64
#include "fft.cu"
#undef XP_FFT_F64
}

namespace {

/** Calls a kernel with the parameter values kernelParams points to, on the emulated grid. */
typedef std::function<void(void**, dim3, dim3)> Invoker;

template <class... A, size_t... I>
void call(void (*f)(A...), void** p, std::index_sequence<I...>) {
    f(*static_cast<std::remove_cv_t<std::remove_reference_t<A>>*>(p[I])...);
}

template <class... A>
Invoker invoker(void (*f)(A...)) {
    return [f](void** p, dim3 grid, dim3 block) {
        emu_launch(grid, block, [&] { call(f, p, std::index_sequence_for<A...>{}); });
    };
}

struct Kernel {
    std::string name;
    Invoker run;
};

std::map<std::string, Invoker>& registry() {
    static std::map<std::string, Invoker> r = {
#include "registry.inc"
    };
    return r;
}

/** Kernels that only loop grid-stride: their grid may shrink without changing the result. */
bool gridStride(const std::string& n) {
    for (const char* p : {"ew_", "copy_cast", "fill", "ramp", "eye", "tri_zero", "where_select", "gather_scatter",
                          "take_along", "sort_", "searchsorted_", "fft_r", "bluestein_", "cmul_rows_", "rfft_post_",
                          "irfft_pre_", "hermitian_fill_", "nonzero_flags", "compact_coords"}) {
        if (n.rfind(p, 0) == 0) return true;
    }
    return false;
}
}  // namespace

extern "C" CUresult cuInit(unsigned) { return OK; }
extern "C" CUresult cuDriverGetVersion(int* v) { *v = 13000; return OK; }
extern "C" CUresult cuDeviceGetCount(int* c) { *c = 1; return OK; }
extern "C" CUresult cuDeviceGet(int* d, int ordinal) { *d = ordinal; return ordinal == 0 ? OK : 101; }
extern "C" CUresult cuDeviceGetName(char* name, int len, int) {
    std::strncpy(name, "xpsci host emulator", len);
    return OK;
}
extern "C" CUresult cuDeviceGetAttribute(int* v, int attr, int) {
    *v = attr == 75 ? 7 : attr == 76 ? 5 : 0;  // compute capability 7.5
    return OK;
}
extern "C" CUresult cuDeviceTotalMem_v2(size_t* bytes, int) { *bytes = size_t(8) << 30; return OK; }
extern "C" CUresult cuDevicePrimaryCtxRetain(void** ctx, int) { *ctx = (void*)0x1; return OK; }
extern "C" CUresult cuCtxSetCurrent(void*) { return OK; }
extern "C" CUresult cuStreamCreate(void** s, unsigned) { *s = (void*)0x2; return OK; }
extern "C" CUresult cuStreamSynchronize(void*) { return OK; }
extern "C" CUresult cuMemAlloc_v2(CUdeviceptr* p, size_t bytes) {
    void* m = std::aligned_alloc(256, (bytes + 255) / 256 * 256);
    if (!m) return OUT_OF_MEMORY;
    *p = (CUdeviceptr)m;
    return OK;
}
extern "C" CUresult cuMemFree_v2(CUdeviceptr p) { std::free((void*)p); return OK; }
extern "C" CUresult cuMemcpyHtoD_v2(CUdeviceptr d, const void* s, size_t n) { std::memcpy((void*)d, s, n); return OK; }
extern "C" CUresult cuMemcpyDtoH_v2(void* d, CUdeviceptr s, size_t n) { std::memcpy(d, (void*)s, n); return OK; }
extern "C" CUresult cuMemcpyDtoDAsync_v2(CUdeviceptr d, CUdeviceptr s, size_t n, void*) {
    std::memmove((void*)d, (void*)s, n);
    return OK;
}
extern "C" CUresult cuMemcpyPeerAsync(CUdeviceptr d, void*, CUdeviceptr s, void*, size_t n, void*) {
    std::memmove((void*)d, (void*)s, n);
    return OK;
}
extern "C" CUresult cuMemsetD8Async(CUdeviceptr d, unsigned char v, size_t n, void*) {
    std::memset((void*)d, v, n);
    return OK;
}
extern "C" CUresult cuModuleLoadData(void** m, const void*) { *m = (void*)0x3; return OK; }
extern "C" CUresult cuModuleGetFunction(void** f, void*, const char* name) {
    auto it = registry().find(name);
    if (it == registry().end()) return NOT_FOUND;
    *f = new Kernel{name, it->second};
    return OK;
}
extern "C" CUresult cuLaunchKernel(void* f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,
                                   unsigned bz, unsigned, void*, void** params, void**) {
    Kernel* k = static_cast<Kernel*>(f);
    dim3 grid{gx, gy, gz};
    dim3 block{bx, by, bz};
    if (gridStride(k->name) && grid.x > 2) {
        grid.x = 2;
    }
    if ((k->name.rfind("reduce_", 0) == 0 || k->name.rfind("argreduce_", 0) == 0) && grid.y == 1 && grid.x > 2) {
        // a thread-per-row launch (the last parameter, perThread, is 1) is grid-stride too
        int nparams = k->name.rfind("argreduce_", 0) == 0 ? 10 : 9;
        if (*static_cast<int*>(params[nparams - 1]) == 1) grid.x = 2;
    }
    k->run(params, grid, block);
    return OK;
}
extern "C" CUresult cuGetErrorName(CUresult, const char** s) { *s = "CUDA_ERROR_EMULATED"; return OK; }
extern "C" CUresult cuGetErrorString(CUresult, const char** s) { *s = "emulated driver"; return OK; }

#include "stubs.inc"

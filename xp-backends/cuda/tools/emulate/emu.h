// A host emulation of the CUDA constructs the xpsci kernels use, so that tools/emulate-kernels.sh can run the
// real kernel sources on a machine without a GPU: each block runs as blockDim OS threads with a barrier for
// __syncthreads, blocks one after another (so __shared__ can be a static), grid-stride loops as written.
#pragma once
#define XP_EMULATE 1
#include <barrier>
#include <cmath>
#include <cstdint>
#include <functional>
#include <math.h>
#include <thread>
#include <vector>

struct uint3 { unsigned x, y, z; };
struct dim3 { unsigned x = 1, y = 1, z = 1; };
struct float2 { float x, y; };
struct double2 { double x, y; };
inline float2 make_float2(float a, float b) { return {a, b}; }
inline double2 make_double2(double a, double b) { return {a, b}; }

inline thread_local uint3 threadIdx;
inline thread_local uint3 blockIdx;
inline thread_local dim3 blockDim;
inline thread_local dim3 gridDim;
inline std::barrier<>* emu_barrier = nullptr;

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline
#define __shared__ static
#define __align__(n) __attribute__((aligned(n)))
inline void __syncthreads() { emu_barrier->arrive_and_wait(); }
inline long long min(long long a, long long b) { return a < b ? a : b; }
inline long long max(long long a, long long b) { return a > b ? a : b; }
using std::isnan;
using std::isinf;
using std::isfinite;
using std::signbit;

// Runs kernel() over a grid; every thread sees its own threadIdx/blockIdx.
inline void emu_launch(dim3 grid, dim3 block, const std::function<void()>& kernel) {
    for (unsigned bz = 0; bz < grid.z; bz++) {
        for (unsigned by = 0; by < grid.y; by++) {
            for (unsigned bx = 0; bx < grid.x; bx++) {
                unsigned n = block.x * block.y;
                std::barrier<> bar(n);
                emu_barrier = &bar;
                std::vector<std::thread> ts;
                for (unsigned ty = 0; ty < block.y; ty++) {
                    for (unsigned tx = 0; tx < block.x; tx++) {
                        ts.emplace_back([=, &kernel] {
                            threadIdx = {tx, ty, 0};
                            blockIdx = {bx, by, bz};
                            blockDim = block;
                            gridDim = grid;
                            kernel();
                        });
                    }
                }
                for (auto& t : ts) t.join();
            }
        }
    }
}

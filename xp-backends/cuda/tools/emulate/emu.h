// A host emulation of the CUDA constructs the xpsci kernels use, so that the real kernel sources run on a
// machine without a GPU (tools/emulate-kernels.sh, tools/emulate-backend.sh): blocks run one after another (so
// __shared__ can be a static), the threads of a block as fibers that meet at __syncthreads (emu.cpp).
#pragma once
#define XP_EMULATE 1
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

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline
#define __shared__ static
#define __align__(n) __attribute__((aligned(n)))
inline long long min(long long a, long long b) { return a < b ? a : b; }
inline long long max(long long a, long long b) { return a > b ? a : b; }
using std::isnan;
using std::isinf;
using std::isfinite;
using std::signbit;

// Scheduling: each thread of a block is a fiber (ucontext) that runs until it finishes or reaches
// __syncthreads; the block's fibers are resumed round by round, so a barrier holds for the whole block.
void emu_syncthreads_impl();
inline void __syncthreads() { emu_syncthreads_impl(); }

// Runs kernel() over a grid, blocks one after another.
void emu_launch(dim3 grid, dim3 block, const std::function<void()>& kernel);

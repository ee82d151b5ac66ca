// The fiber scheduler behind emu.h.
#include "emu.h"

#include <cstdlib>
#include <ucontext.h>

namespace {
constexpr size_t STACK = 256 * 1024;

struct Fiber {
    ucontext_t ctx;
    bool done = false;
    unsigned tx = 0, ty = 0;
    char* stack = nullptr;
};

thread_local ucontext_t scheduler;
thread_local Fiber* current = nullptr;
thread_local const std::function<void()>* body = nullptr;
thread_local std::vector<Fiber> fibers;

void trampoline() {
    (*body)();
    current->done = true;
}
}  // namespace

void emu_syncthreads_impl() {
    swapcontext(&current->ctx, &scheduler);
}

void emu_launch(dim3 grid, dim3 block, const std::function<void()>& kernel) {
    unsigned n = block.x * block.y;
    if (fibers.size() < n) {
        fibers.resize(n);
    }
    for (unsigned t = 0; t < n; t++) {
        if (fibers[t].stack == nullptr) {
            fibers[t].stack = static_cast<char*>(std::malloc(STACK));
        }
    }
    body = &kernel;
    blockDim = block;
    gridDim = grid;
    for (unsigned bz = 0; bz < grid.z; bz++) {
        for (unsigned by = 0; by < grid.y; by++) {
            for (unsigned bx = 0; bx < grid.x; bx++) {
                blockIdx = {bx, by, bz};
                for (unsigned t = 0; t < n; t++) {
                    Fiber& f = fibers[t];
                    f.done = false;
                    f.tx = t % block.x;
                    f.ty = t / block.x;
                    getcontext(&f.ctx);
                    f.ctx.uc_stack.ss_sp = f.stack;
                    f.ctx.uc_stack.ss_size = STACK;
                    f.ctx.uc_link = &scheduler;
                    makecontext(&f.ctx, trampoline, 0);
                }
                bool left = true;
                while (left) {
                    left = false;
                    for (unsigned t = 0; t < n; t++) {
                        Fiber& f = fibers[t];
                        if (f.done) {
                            continue;
                        }
                        current = &f;
                        threadIdx = {f.tx, f.ty, 0};
                        swapcontext(&scheduler, &f.ctx);
                        left |= !f.done;
                    }
                }
            }
        }
    }
}

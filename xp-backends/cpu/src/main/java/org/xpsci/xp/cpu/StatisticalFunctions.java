package org.xpsci.xp.cpu;

import org.xpsci.xp.DType;

/** Reductions and cumulative functions on the cpu. */
final class StatisticalFunctions {

    private final CpuNamespace ns;

    StatisticalFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray cumulativeProd(CpuArray x, Integer axis, DType dtype, boolean includeInitial) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray cumulativeSum(CpuArray x, Integer axis, DType dtype, boolean includeInitial) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray max(CpuArray x, int[] axes, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray mean(CpuArray x, int[] axes, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray min(CpuArray x, int[] axes, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray prod(CpuArray x, int[] axes, DType dtype, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray std(CpuArray x, int[] axes, double correction, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray sum(CpuArray x, int[] axes, DType dtype, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray var(CpuArray x, int[] axes, double correction, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }
}

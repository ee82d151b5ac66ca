package org.xpsci.xp.cpu;

/** all, any and diff on the cpu. */
final class UtilityFunctions {

    private final CpuNamespace ns;

    UtilityFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray all(CpuArray x, int[] axes, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray any(CpuArray x, int[] axes, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray diff(CpuArray x, int axis, int n, CpuArray prepend, CpuArray append) {
        throw new IllegalStateException("PENDING");
    }
}

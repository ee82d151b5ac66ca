package org.xpsci.xp.cpu;

/** sort and argsort on the cpu. */
final class SortingFunctions {

    private final CpuNamespace ns;

    SortingFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray argsort(CpuArray x, int axis, boolean descending, boolean stable) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray sort(CpuArray x, int axis, boolean descending, boolean stable) {
        throw new IllegalStateException("PENDING");
    }
}

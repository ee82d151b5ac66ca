package org.xpsci.xp.cpu;

/** matmul, tensordot and vecdot on the cpu. */
final class LinearAlgebraFunctions {

    private final CpuNamespace ns;

    LinearAlgebraFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray matmul(CpuArray x1, CpuArray x2) {
        throw new IllegalStateException("PENDING matmul");
    }

    CpuArray tensordot(CpuArray x1, CpuArray x2, int[] axes1, int[] axes2) {
        throw new IllegalStateException("PENDING tensordot");
    }

    CpuArray vecdot(CpuArray x1, CpuArray x2, int axis) {
        throw new IllegalStateException("PENDING vecdot");
    }
}

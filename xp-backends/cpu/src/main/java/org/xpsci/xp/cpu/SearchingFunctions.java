package org.xpsci.xp.cpu;

import java.util.List;
import org.xpsci.xp.NdArray;

/** argmax, argmin, count_nonzero, nonzero, searchsorted and where on the cpu. */
final class SearchingFunctions {

    private final CpuNamespace ns;

    SearchingFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray argmax(CpuArray x, Integer axis, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray argmin(CpuArray x, Integer axis, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray countNonzero(CpuArray x, int[] axes, boolean keepdims) {
        throw new IllegalStateException("PENDING");
    }

    List<NdArray> nonzero(CpuArray x) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray searchsorted(CpuArray x1, CpuArray x2, String side, CpuArray sorter) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray where(CpuArray condition, CpuArray x1, CpuArray x2) {
        throw new IllegalStateException("PENDING");
    }
}

package org.xpsci.xp.cpu;

import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.UniqueCountsResult;
import org.xpsci.xp.UniqueInverseResult;

/** The four unique_* functions on the cpu. */
final class SetFunctions {

    private final CpuNamespace ns;

    SetFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    UniqueAllResult uniqueAll(CpuArray x) {
        throw new IllegalStateException("PENDING");
    }

    UniqueCountsResult uniqueCounts(CpuArray x) {
        throw new IllegalStateException("PENDING");
    }

    UniqueInverseResult uniqueInverse(CpuArray x) {
        throw new IllegalStateException("PENDING");
    }

    CpuArray uniqueValues(CpuArray x) {
        throw new IllegalStateException("PENDING");
    }
}

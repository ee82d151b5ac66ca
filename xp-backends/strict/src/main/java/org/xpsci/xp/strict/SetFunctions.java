package org.xpsci.xp.strict;

import org.xpsci.xp.NdArray;
import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.UniqueCountsResult;
import org.xpsci.xp.UniqueInverseResult;

/** The four unique_* functions on the strict backend (any dtype; data-dependent shapes are supported). */
final class SetFunctions {

    private final StrictNamespace ns;

    SetFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    UniqueAllResult uniqueAll(StrictArray x) {
        UniqueAllResult r = ns.cpu().uniqueAll(x.base());
        return new UniqueAllResult(ns.wrap(r.values(), x), ns.wrap(r.indices(), x), ns.wrap(r.inverseIndices(), x),
                ns.wrap(r.counts(), x));
    }

    UniqueCountsResult uniqueCounts(StrictArray x) {
        UniqueCountsResult r = ns.cpu().uniqueCounts(x.base());
        return new UniqueCountsResult(ns.wrap(r.values(), x), ns.wrap(r.counts(), x));
    }

    UniqueInverseResult uniqueInverse(StrictArray x) {
        UniqueInverseResult r = ns.cpu().uniqueInverse(x.base());
        return new UniqueInverseResult(ns.wrap(r.values(), x), ns.wrap(r.inverseIndices(), x));
    }

    NdArray uniqueValues(StrictArray x) {
        return ns.wrap(ns.cpu().uniqueValues(x.base()), x);
    }
}

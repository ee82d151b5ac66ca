package org.xpsci.xp.strict;

import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.NdArray;

/** sort and argsort on the strict backend: real-valued input only (no bool, no complex ordering). */
final class SortingFunctions {

    private final StrictNamespace ns;

    SortingFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    NdArray argsort(StrictArray x, int axis, boolean descending, boolean stable) {
        Requirements.category("argsort", "x", x.dtype(), DTypeCategory.REAL_NUMERIC);
        return ns.wrap(ns.cpu().argsort(x.base(), axis, descending, stable), x);
    }

    NdArray sort(StrictArray x, int axis, boolean descending, boolean stable) {
        Requirements.category("sort", "x", x.dtype(), DTypeCategory.REAL_NUMERIC);
        return ns.wrap(ns.cpu().sort(x.base(), axis, descending, stable), x);
    }
}

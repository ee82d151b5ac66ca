package org.xpsci.xp.strict;

import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.NdArray;

/** all, any and diff on the strict backend: diff needs numeric input and prepend/append of x's dtype. */
final class UtilityFunctions {

    private final StrictNamespace ns;

    UtilityFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    NdArray all(StrictArray x, int[] axes, boolean keepdims) {
        return ns.wrap(ns.cpu().all(x.base(), axes, keepdims), x);
    }

    NdArray any(StrictArray x, int[] axes, boolean keepdims) {
        return ns.wrap(ns.cpu().any(x.base(), axes, keepdims), x);
    }

    NdArray diff(StrictArray x, int axis, int n, StrictArray prepend, StrictArray append) {
        Requirements.category("diff", "x", x.dtype(), DTypeCategory.NUMERIC);
        if (prepend != null) {
            Requirements.same("diff", "x", x.dtype(), "prepend", prepend.dtype());
        }
        if (append != null) {
            Requirements.same("diff", "x", x.dtype(), "append", append.dtype());
        }
        return ns.wrap(ns.cpu().diff(x.base(), axis, n, prepend == null ? null : prepend.base(),
                append == null ? null : append.base()), x, prepend, append);
    }
}

package org.xpsci.xp.strict;

import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.NdArray;

/** {@code astype} on the strict backend: any cast but complex to real, which the standard does not permit. */
final class DataTypeFunctions {

    private final StrictNamespace ns;

    DataTypeFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    NdArray astype(StrictArray x, DType dtype, boolean copy, Device device) {
        StrictInfo.check(device);
        if (dtype == null) {
            throw new IllegalArgumentException("dtype must be one of the 13 dtypes; got null");
        }
        checkCast("astype", x.dtype(), dtype);
        return ns.wrap(ns.cpu().astype(x.base(), dtype, copy, null), x);
    }

    /** Refuses a cast from a complex dtype to a real one ({@link StrictRule#COMPLEX_TO_REAL_CAST}); bool is allowed. */
    static void checkCast(String function, DType from, DType to) {
        if (from.isComplexFloating() && to.isRealNumeric()) {
            throw StrictRule.COMPLEX_TO_REAL_CAST.violation(function + " from " + from + " to " + to + ": the standard"
                    + " does not permit casting complex to real; take real(x), imag(x) or abs(x) explicitly");
        }
    }
}

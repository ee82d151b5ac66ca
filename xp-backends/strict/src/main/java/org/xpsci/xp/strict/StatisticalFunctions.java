package org.xpsci.xp.strict;

import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.NdArray;

/**
 * Reductions and cumulative functions on the strict backend, with the standard's dtype requirements: numeric
 * input for sum, prod and the cumulative functions, floating-point for mean, real floating-point for std and
 * var, real-valued for max and min (which must reduce at least one element).
 */
final class StatisticalFunctions {

    private final StrictNamespace ns;

    StatisticalFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    /** cumulative_sum and cumulative_prod. */
    NdArray cumulative(String function, StrictArray x, Integer axis, DType dtype, boolean includeInitial) {
        Requirements.category(function, "x", x.dtype(), DTypeCategory.NUMERIC);
        checkDtype(function, dtype);
        Requirements.minRank(function, "x", x.shape(), 1);
        if (axis == null && x.ndim() > 1) {
            throw StrictRule.REQUIRED_ARGUMENT.violation(function + " of an array of " + x.ndim()
                    + " dimensions needs an axis");
        }
        NdArray r = function.equals("cumulative_sum")
                ? ns.cpu().cumulativeSum(x.base(), axis, dtype, includeInitial)
                : ns.cpu().cumulativeProd(x.base(), axis, dtype, includeInitial);
        return ns.wrap(r, x);
    }

    /** max and min. */
    NdArray extremum(String function, StrictArray x, int[] axes, boolean keepdims) {
        Requirements.category(function, "x", x.dtype(), DTypeCategory.REAL_NUMERIC);
        int[] ax = Axes.normalize(axes, x.ndim());
        long n = 1;
        for (int a : ax) {
            n *= x.shape()[a];
        }
        if (n == 0) {
            throw StrictRule.EMPTY_REDUCTION.violation(function + " over zero elements (x of shape "
                    + Broadcast.format(x.shape()) + ") is implementation-defined; check the size first or use a"
                    + " where with an explicit initial value");
        }
        NdArray r = function.equals("max") ? ns.cpu().max(x.base(), axes, keepdims) : ns.cpu().min(x.base(), axes, keepdims);
        return ns.wrap(r, x);
    }

    NdArray mean(StrictArray x, int[] axes, boolean keepdims) {
        Requirements.category("mean", "x", x.dtype(), DTypeCategory.FLOATING);
        return ns.wrap(ns.cpu().mean(x.base(), axes, keepdims), x);
    }

    /** sum and prod. */
    NdArray accumulate(String function, StrictArray x, int[] axes, DType dtype, boolean keepdims) {
        Requirements.category(function, "x", x.dtype(), DTypeCategory.NUMERIC);
        checkDtype(function, dtype);
        NdArray r = function.equals("sum") ? ns.cpu().sum(x.base(), axes, dtype, keepdims)
                : ns.cpu().prod(x.base(), axes, dtype, keepdims);
        return ns.wrap(r, x);
    }

    /** std and var. */
    NdArray spread(String function, StrictArray x, int[] axes, double correction, boolean keepdims) {
        Requirements.category(function, "x", x.dtype(), DTypeCategory.REAL_FLOATING);
        NdArray r = function.equals("std") ? ns.cpu().std(x.base(), axes, correction, keepdims)
                : ns.cpu().var(x.base(), axes, correction, keepdims);
        return ns.wrap(r, x);
    }

    private static void checkDtype(String function, DType dtype) {
        if (dtype != null) {
            Requirements.category(function, "dtype", dtype, DTypeCategory.NUMERIC);
        }
    }
}

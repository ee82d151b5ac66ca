package org.xpsci.xp.strict;

import java.util.List;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.NdArray;

/**
 * argmax, argmin, count_nonzero, nonzero, searchsorted and where on the strict backend: real-valued inputs to
 * the ordering functions, a bool condition, no 0-d input to nonzero, no search over zero elements.
 */
final class SearchingFunctions {

    private final StrictNamespace ns;

    SearchingFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    NdArray argmax(StrictArray x, Integer axis, boolean keepdims) {
        checkArg("argmax", x, axis);
        return ns.wrap(ns.cpu().argmax(x.base(), axis, keepdims), x);
    }

    NdArray argmin(StrictArray x, Integer axis, boolean keepdims) {
        checkArg("argmin", x, axis);
        return ns.wrap(ns.cpu().argmin(x.base(), axis, keepdims), x);
    }

    private static void checkArg(String function, StrictArray x, Integer axis) {
        Requirements.category(function, "x", x.dtype(), DTypeCategory.REAL_NUMERIC);
        long n = axis == null ? x.size() : x.shape()[Axes.normalize(axis, x.ndim())];
        if (n == 0) {
            throw StrictRule.EMPTY_REDUCTION.violation(function + " over zero elements (x of shape "
                    + org.xpsci.xp.Broadcast.format(x.shape()) + ", axis " + axis + ") has no defined result");
        }
    }

    NdArray countNonzero(StrictArray x, int[] axes, boolean keepdims) {
        return ns.wrap(ns.cpu().countNonzero(x.base(), axes, keepdims), x);
    }

    List<NdArray> nonzero(StrictArray x) {
        Requirements.minRank("nonzero", "x", x.shape(), 1);
        return ns.wrapAll(ns.cpu().nonzero(x.base()), x);
    }

    NdArray searchsorted(StrictArray x1, StrictArray x2, String side, StrictArray sorter) {
        Requirements.rank("searchsorted", "x1", x1.shape(), 1);
        Requirements.category("searchsorted", "x1", x1.dtype(), DTypeCategory.REAL_NUMERIC);
        Requirements.category("searchsorted", "x2", x2.dtype(), DTypeCategory.REAL_NUMERIC);
        Requirements.promote("searchsorted", x1.dtype(), x2.dtype());
        if (sorter != null) {
            Requirements.category("searchsorted", "sorter", sorter.dtype(), DTypeCategory.INTEGER);
        }
        return ns.wrap(ns.cpu().searchsorted(x1.base(), x2.base(), side, sorter == null ? null : sorter.base()),
                x1, x2, sorter);
    }

    NdArray where(StrictArray condition, StrictArray x1, StrictArray x2) {
        Requirements.category("where", "condition", condition.dtype(), DTypeCategory.BOOL);
        Requirements.promote("where", x1.dtype(), x2.dtype());
        return ns.wrap(ns.cpu().where(condition.base(), x1.base(), x2.base()), condition, x1, x2);
    }
}

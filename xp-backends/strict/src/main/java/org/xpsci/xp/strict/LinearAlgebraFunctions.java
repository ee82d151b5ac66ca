package org.xpsci.xp.strict;

import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.NdArray;

/**
 * matmul, matrix_transpose, tensordot and vecdot on the strict backend (shared with the linalg extension):
 * numeric operands of one kind, matmul operands of at least one dimension.
 */
final class LinearAlgebraFunctions {

    private final StrictNamespace ns;

    LinearAlgebraFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    NdArray matmul(StrictArray x1, StrictArray x2) {
        numericPair("matmul", x1, x2);
        Requirements.minRank("matmul", "x1", x1.shape(), 1);
        Requirements.minRank("matmul", "x2", x2.shape(), 1);
        return ns.wrap(ns.cpu().matmul(x1.base(), x2.base()), x1, x2);
    }

    NdArray matrixTranspose(StrictArray x) {
        Requirements.minRank("matrix_transpose", "x", x.shape(), 2);
        return ns.wrap(ns.cpu().matrixTranspose(x.base()), x);
    }

    NdArray tensordot(StrictArray x1, StrictArray x2, int[] axes1, int[] axes2) {
        numericPair("tensordot", x1, x2);
        return ns.wrap(ns.cpu().tensordot(x1.base(), x2.base(), axes1, axes2), x1, x2);
    }

    NdArray vecdot(StrictArray x1, StrictArray x2, int axis) {
        numericPair("vecdot", x1, x2);
        return ns.wrap(ns.cpu().vecdot(x1.base(), x2.base(), axis), x1, x2);
    }

    /** Checks two numeric operands that promote within a kind; returns the promoted dtype. */
    static DType numericPair(String function, StrictArray x1, StrictArray x2) {
        Requirements.category(function, "x1", x1.dtype(), DTypeCategory.NUMERIC);
        Requirements.category(function, "x2", x2.dtype(), DTypeCategory.NUMERIC);
        return Requirements.promote(function, x1.dtype(), x2.dtype());
    }
}

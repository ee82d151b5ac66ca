package org.xpsci.xp.strict;

import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.NdArray;

/**
 * The standard's elementwise functions on the strict backend: operands must promote within a kind and the
 * promoted dtype must be in the function's category from the {@link ElementwiseOp} table; clip's bounds and
 * nextafter's operands must share the input's dtype.
 */
final class ElementwiseFunctions {

    private final StrictNamespace ns;

    ElementwiseFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    NdArray unary(ElementwiseOp op, StrictArray x) {
        requireArity(op, 1);
        Requirements.category(op.standardName(), "x", x.dtype(), category(op));
        return ns.wrap(ns.cpu().unary(op, x.base()), x);
    }

    NdArray binary(ElementwiseOp op, StrictArray x1, StrictArray x2) {
        requireArity(op, 2);
        DType promoted = Requirements.promote(op.standardName(), x1.dtype(), x2.dtype());
        Requirements.category(op.standardName(), "x1 and x2", promoted, category(op));
        if (op == ElementwiseOp.NEXTAFTER) {
            Requirements.same(op.standardName(), "x1", x1.dtype(), "x2", x2.dtype());
        }
        return ns.wrap(ns.cpu().binary(op, x1.base(), x2.base()), x1, x2);
    }

    NdArray clip(StrictArray x, StrictArray min, StrictArray max) {
        Requirements.category("clip", "x", x.dtype(), DTypeCategory.REAL_NUMERIC);
        if (min != null) {
            Requirements.same("clip", "x", x.dtype(), "min", min.dtype());
        }
        if (max != null) {
            Requirements.same("clip", "x", x.dtype(), "max", max.dtype());
        }
        return ns.wrap(ns.cpu().clip(x.base(), min == null ? null : min.base(), max == null ? null : max.base()),
                x, min, max);
    }

    /**
     * The category the standard requires: the {@link ElementwiseOp} table's, except imag, which the standard
     * defines for complex input only (the table admits real input, where the cpu backend returns zeros as NumPy).
     */
    static DTypeCategory category(ElementwiseOp op) {
        return op == ElementwiseOp.IMAG ? DTypeCategory.COMPLEX_FLOATING : op.category();
    }

    private static void requireArity(ElementwiseOp op, int arity) {
        if (op.arity() != arity) {
            throw new IllegalArgumentException(op.standardName() + " takes " + op.arity() + " argument(s), not "
                    + arity);
        }
    }
}

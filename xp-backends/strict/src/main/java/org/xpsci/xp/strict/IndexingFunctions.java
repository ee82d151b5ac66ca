package org.xpsci.xp.strict;

import java.util.List;
import org.xpsci.xp.Axes;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.spi.StridedIndex;

/**
 * {@code __getitem__}/{@code __setitem__}, {@code take} and {@code take_along_axis} on the strict backend. An
 * index must address every axis (or use an ellipsis), a boolean mask must be the sole index, integer arrays
 * go through take, slice bounds must lie in [-n, n], and {@code set} may not write memory another array shares.
 */
final class IndexingFunctions {

    private final StrictNamespace ns;

    IndexingFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    NdArray get(StrictArray x, Index... index) {
        Index[] idx = check(x, index, "get");
        NdArray r = x.base().get(idx);
        if (r.ndim() == 0 && r != x.base()) {
            r = ns.cpu().asarray(r, null, null, Boolean.TRUE); // an element read is a value, not a view
        }
        return ns.wrap(r, x);
    }

    void set(StrictArray x, NdArray value, Index... index) {
        StrictArray v = ns.strict(value, "value");
        Index[] idx = check(x, index, "set");
        if (x.memory().shared()) {
            throw StrictRule.SHARED_MEMORY_WRITE.violation("set writes an array whose memory another array may see"
                    + " (a view, an array that has views, memory exported through DLPack or built over a Java array"
                    + " without a copy); whether that array changes too is unspecified. Write into a copy"
                    + " (xp.asarray(x, null, null, true)) or build the result with where/concat");
        }
        Requirements.promote("set", x.dtype(), v.dtype());
        x.base().set(v.base(), idx);
    }

    /** Checks an index against the standard's rules and returns it with strict masks replaced by their cpu arrays. */
    private Index[] check(StrictArray x, Index[] index, String function) {
        if (index == null) {
            throw new IllegalArgumentException(function + " needs an index; got null (use no arguments for x[()])");
        }
        int ndim = x.ndim();
        boolean mask = false;
        boolean ellipsis = false;
        int consumed = 0;
        for (Index i : index) {
            if (i instanceof Index.Positions) {
                throw StrictRule.INTEGER_ARRAY_INDEX.violation(function + " with an integer array index " + describe(index)
                        + ": the standard's portable form is take(x, indices, axis) or take_along_axis");
            } else if (i instanceof Index.Mask m) {
                mask = true;
                consumed += ns.strict(m.mask(), "mask").ndim();
            } else if (i instanceof Index.At || i instanceof Index.Slice) {
                consumed++;
            } else if (i instanceof Index.Ellipsis) {
                ellipsis = true;
            }
        }
        if (mask && index.length > 1) {
            throw StrictRule.MASK_WITH_OTHER_INDICES.violation(function + " with index " + describe(index)
                    + ": a boolean mask must be the sole index; apply the mask and the other indices in separate steps");
        }
        if (!mask && !ellipsis && consumed < ndim) {
            throw StrictRule.MULTI_AXIS_INDEX.violation(function + " with index " + describe(index) + " of an array of "
                    + ndim + " dimensions: a multi-axis index must index every axis; add full slices or an ellipsis,"
                    + " e.g. x.get(Index.at(0), Index.ellipsis())");
        }
        checkSlices(x.shape(), index, function);
        return unwrapMasks(index);
    }

    private static void checkSlices(int[] shape, Index[] index, String function) {
        List<Index> expanded = StridedIndex.expandEllipsis(shape.length, index);
        int axis = 0;
        for (Index i : expanded) {
            if (i instanceof Index.Slice s) {
                int n = shape[axis];
                checkBound(s.start(), n, axis, s, function);
                checkBound(s.stop(), n, axis, s, function);
                axis++;
            } else if (i instanceof Index.At) {
                axis++;
            } else if (i instanceof Index.Mask m) {
                axis += m.mask().ndim();
            }
        }
    }

    private static void checkBound(Integer bound, int n, int axis, Index.Slice s, String function) {
        if (bound != null && (bound < -n || bound > n)) {
            throw StrictRule.OUT_OF_BOUNDS_SLICE.violation(function + " with slice " + s + " on axis " + axis
                    + " of length " + n + ": start and stop must lie in [" + -n + ", " + n + "] (clipping is"
                    + " unspecified); use null for an open end");
        }
    }

    private Index[] unwrapMasks(Index[] index) {
        Index[] out = index.clone();
        for (int k = 0; k < out.length; k++) {
            if (out[k] instanceof Index.Mask m) {
                out[k] = Index.mask(ns.unwrap(m.mask(), "mask"));
            }
        }
        return out;
    }

    private static String describe(Index[] index) {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < index.length; k++) {
            Index i = index[k];
            b.append(k == 0 ? "" : ", ").append(i instanceof Index.At a ? Long.toString(a.index())
                    : i instanceof Index.Mask ? "<mask>" : i instanceof Index.Positions ? "<integer array>" : i);
        }
        return b.append(']').toString();
    }

    NdArray take(StrictArray x, StrictArray indices, Integer axis) {
        Requirements.minRank("take", "x", x.shape(), 1);
        Requirements.category("take", "indices", indices.dtype(), DTypeCategory.INTEGER);
        Requirements.rank("take", "indices", indices.shape(), 1);
        if (axis == null && x.ndim() > 1) {
            throw StrictRule.REQUIRED_ARGUMENT.violation("take of an array of " + x.ndim() + " dimensions needs an axis");
        }
        return ns.wrap(ns.cpu().take(x.base(), indices.base(), axis), x, indices);
    }

    NdArray takeAlongAxis(StrictArray x, StrictArray indices, int axis) {
        Requirements.category("take_along_axis", "indices", indices.dtype(), DTypeCategory.INTEGER);
        Requirements.rank("take_along_axis", "indices", indices.shape(), x.ndim());
        Axes.normalize(axis, x.ndim());
        return ns.wrap(ns.cpu().takeAlongAxis(x.base(), indices.base(), axis), x, indices);
    }
}

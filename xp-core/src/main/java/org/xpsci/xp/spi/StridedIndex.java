package org.xpsci.xp.spi;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.Index;

/**
 * Resolves an index expression against a strided layout, for backends whose arrays are strided views: basic
 * indices (integers, slices, newaxis, ellipsis) become a new view; the first advanced index (mask or
 * positions), if any, is reported with the axis it applies to so the backend can finish the job.
 */
public final class StridedIndex {

    /**
     * The result of resolving basic indices.
     *
     * @param shape         the view's shape
     * @param strides       the view's strides (elements)
     * @param offset        the view's offset (elements)
     * @param advanced      the advanced index, or null when all indices were basic
     * @param advancedAxis  the axis of the view where the advanced index applies
     * @param advancedFirst whether NumPy puts the advanced index's dimensions first in the result: an integer
     *                      index is separated from the advanced index by a slice, newaxis or ellipsis, so the
     *                      advanced indices are not adjacent ({@code x[1, :, [0, 2]]} has shape (2, n))
     */
    public record View(int[] shape, int[] strides, int offset, Index advanced, int advancedAxis,
                       boolean advancedFirst) {
    }

    private StridedIndex() {
    }

    /**
     * Resolves {@code index} against a layout. An advanced index is left in place as a full slice over the
     * axes it covers and returned in {@link View#advanced()}.
     *
     * @throws IndexOutOfBoundsException for an integer out of range
     * @throws IllegalArgumentException for too many indices, two ellipses, or more than one advanced index
     */
    public static View resolve(int[] shape, int[] strides, int offset, Index... index) {
        List<Index> idx = expandEllipsis(shape.length, index);
        List<Integer> outShape = new ArrayList<>();
        List<Integer> outStrides = new ArrayList<>();
        int off = offset;
        int axis = 0;
        Index advanced = null;
        int advancedAxis = -1;
        for (Index i : idx) {
            if (i instanceof Index.At at) {
                int n = shape[axis];
                long p = at.index() < 0 ? at.index() + n : at.index();
                if (p < 0 || p >= n) {
                    throw new IndexOutOfBoundsException("index " + at.index() + " is out of bounds for axis " + axis
                            + " with size " + n);
                }
                off += (int) p * strides[axis];
                axis++;
            } else if (i instanceof Index.Slice s) {
                int[] r = s.resolve(shape[axis]);
                off += r[2] > 0 ? r[0] * strides[axis] : 0;
                outShape.add(r[2]);
                outStrides.add(strides[axis] * r[1]);
                axis++;
            } else if (i instanceof Index.NewAxis) {
                outShape.add(1);
                outStrides.add(0);
            } else if (i instanceof Index.Mask || i instanceof Index.Positions) {
                if (advanced != null) {
                    throw new IllegalArgumentException("only one boolean mask or integer array may appear in an"
                            + " index; got " + advanced + " and " + i);
                }
                advanced = i;
                advancedAxis = outShape.size();
                int covers = i instanceof Index.Mask m ? Math.max(m.mask().ndim(), 0) : 1;
                if (i instanceof Index.Mask m && m.mask().ndim() == 0) {
                    // a 0-d mask adds an axis of length 0 or 1 before the rest
                    outShape.add(1);
                    outStrides.add(0);
                }
                for (int k = 0; k < covers; k++) {
                    outShape.add(shape[axis]);
                    outStrides.add(strides[axis]);
                    axis++;
                }
            }
        }
        for (; axis < shape.length; axis++) {
            outShape.add(shape[axis]);
            outStrides.add(strides[axis]);
        }
        return new View(toArray(outShape), toArray(outStrides), off, advanced, advancedAxis,
                advanced != null && !adjacent(idx));
    }

    /** Whether the advanced index and every integer index form one unbroken run of the index list. */
    private static boolean adjacent(List<Index> idx) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < idx.size(); k++) {
            Index i = idx.get(k);
            if (i instanceof Index.At || i instanceof Index.Mask || i instanceof Index.Positions) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        for (int k = first; k <= last; k++) {
            Index i = idx.get(k);
            if (i instanceof Index.Slice || i instanceof Index.NewAxis) {
                return false;
            }
        }
        return true;
    }

    /** Replaces an ellipsis (or its absence) by the full slices it stands for. */
    public static List<Index> expandEllipsis(int ndim, Index... index) {
        int consumed = 0;
        int ellipses = 0;
        for (Index i : index) {
            if (i == null) {
                throw new IllegalArgumentException("an index component is null; use Index.newAxis() for None");
            }
            if (i instanceof Index.At || i instanceof Index.Slice || i instanceof Index.Positions) {
                consumed++;
            } else if (i instanceof Index.Mask m) {
                consumed += m.mask().ndim();
            } else if (i instanceof Index.Ellipsis) {
                ellipses++;
            }
        }
        if (ellipses > 1) {
            throw new IllegalArgumentException("an index can only have a single ellipsis ('...')");
        }
        if (consumed > ndim) {
            throw new IllegalArgumentException("too many indices for array: array is " + ndim + "-dimensional, but "
                    + consumed + " were indexed");
        }
        List<Index> out = new ArrayList<>();
        for (Index i : index) {
            if (i instanceof Index.Ellipsis) {
                for (int k = 0; k < ndim - consumed; k++) {
                    out.add(Index.all());
                }
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}

package org.xpsci.xp.spi;

import java.util.Arrays;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DlpackTensor;

/**
 * The layout of a strided array over flat memory: element {@code (i0, i1, ...)} lives at
 * {@code offset + i0*strides[0] + i1*strides[1] + ...}, counted in elements. It holds the standard's view
 * functions as pure layout arithmetic (broadcast_to, expand_dims, flip, permute_dims, moveaxis,
 * matrix_transpose, squeeze and the no-copy reshape) for backends whose arrays are strided views (cpu, cuda):
 * each turns the layout it gets back into a view of its own array type.
 *
 * <p>The arrays are neither copied in nor out: callers treat them as read-only. Equality is identity of the
 * arrays, as for any record with array components.
 *
 * @param shape   the shape
 * @param strides the strides in elements (0 on broadcast axes, negative on flipped ones)
 * @param offset  the position of element (0, 0, ...) in elements
 */
public record StridedLayout(int[] shape, int[] strides, long offset) {

    /** The C-contiguous layout of {@code shape} from position 0. */
    public static StridedLayout contiguous(int[] shape) {
        return new StridedLayout(shape.clone(), DlpackTensor.contiguousStrides(shape), 0);
    }

    /** Whether a layout is C-contiguous (axes of length 1 may have any stride). */
    public static boolean isContiguous(int[] shape, int[] strides) {
        long expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /**
     * The strides of an array of {@code shape}/{@code strides} viewed as broadcast to {@code target}: aligned on
     * trailing axes, 0 where the array has length 1 (or lacks the axis).
     *
     * @throws IllegalArgumentException when the shape does not broadcast to the target
     */
    public static int[] broadcastStrides(int[] shape, int[] strides, int[] target) {
        if (!Broadcast.broadcastsTo(shape, target)) {
            throw new IllegalArgumentException("shape " + Broadcast.format(shape) + " cannot be broadcast to "
                    + Broadcast.format(target));
        }
        int[] out = new int[target.length];
        int shift = target.length - shape.length;
        for (int i = 0; i < shape.length; i++) {
            out[shift + i] = shape[i] == 1 && target[shift + i] != 1 ? 0 : strides[i];
        }
        return out;
    }

    /**
     * Strides that view the elements of {@code oldShape}/{@code oldStrides} with {@code newShape} (of the same
     * size) without copying, or null when the layout does not allow it (NumPy's
     * {@code _attempt_nocopy_reshape}). Arrays without elements view any shape.
     */
    public static int[] reshapeStrides(int[] oldShape, int[] oldStrides, int[] newShape) {
        if (Axes.size(oldShape) == 0) {
            return DlpackTensor.contiguousStrides(newShape);
        }
        int oldNd = 0;
        int[] os = new int[oldShape.length];
        int[] ost = new int[oldShape.length];
        for (int i = 0; i < oldShape.length; i++) {
            if (oldShape[i] != 1) {
                os[oldNd] = oldShape[i];
                ost[oldNd] = oldStrides[i];
                oldNd++;
            }
        }
        int newNd = newShape.length;
        int[] nst = new int[newNd];
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        while (ni < newNd && oi < oldNd) {
            long np = newShape[ni];
            long op = os[oi];
            while (np != op) {
                if (np < op) {
                    np *= newShape[nj++];
                } else {
                    op *= os[oj++];
                }
            }
            for (int ok = oi; ok < oj - 1; ok++) {
                if (ost[ok] != os[ok + 1] * ost[ok + 1]) {
                    return null;
                }
            }
            nst[nj - 1] = ost[oj - 1];
            for (int nk = nj - 1; nk > ni; nk--) {
                nst[nk - 1] = nst[nk] * newShape[nk];
            }
            ni = nj++;
            oi = oj++;
        }
        int last = ni > 0 ? nst[ni - 1] : 1;
        for (int nk = ni; nk < newNd; nk++) {
            nst[nk] = last;
        }
        return nst;
    }

    /**
     * reshape's target shape for an array of shape {@code from}: {@code shape} with its one -1 (if any) replaced
     * by the length that keeps the size.
     *
     * @throws IllegalArgumentException for two -1, another negative length, or a shape of another size
     */
    public static int[] reshapeTarget(int[] shape, int[] from) {
        long size = Axes.size(from);
        int[] t = shape.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < t.length; i++) {
            if (t[i] == -1) {
                if (unknown >= 0) {
                    throw new IllegalArgumentException("can only specify one unknown dimension (-1); got "
                            + Arrays.toString(shape));
                }
                unknown = i;
            } else if (t[i] < 0) {
                throw new IllegalArgumentException("reshape dimensions must be >= -1; got " + Arrays.toString(shape));
            } else {
                known *= t[i];
            }
        }
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw new IllegalArgumentException("cannot reshape array of size " + size + " into shape "
                        + Arrays.toString(shape));
            }
            t[unknown] = (int) (size / known);
        } else if (known != size) {
            throw new IllegalArgumentException("cannot reshape array of size " + size + " (shape "
                    + Broadcast.format(from) + ") into shape " + Broadcast.format(t));
        }
        return t;
    }

    /** The lowest and highest element positions the layout reaches (it must have elements). */
    public long[] extent() {
        long lo = offset;
        long hi = offset;
        for (int i = 0; i < shape.length; i++) {
            long span = (long) (shape[i] - 1) * strides[i];
            if (span < 0) {
                lo += span;
            } else {
                hi += span;
            }
        }
        return new long[] {lo, hi};
    }

    /**
     * {@code broadcast_to}: this layout read as {@code target} (stride 0 on stretched axes; the elements alias,
     * so the view must be read-only).
     *
     * @throws IllegalArgumentException when the shape does not broadcast to the target
     */
    public StridedLayout broadcastTo(int[] target) {
        return new StridedLayout(target.clone(), broadcastStrides(shape, strides, target), offset);
    }

    /**
     * {@code expand_dims}: a new axis of length 1 at {@code axis} (negative counts from the end of the result).
     *
     * @throws AxisException when the axis is outside [-ndim-1, ndim]
     */
    public StridedLayout expandDims(int axis) {
        int nd = shape.length + 1;
        if (axis < -nd || axis >= nd) {
            throw new AxisException("axis " + axis + " is out of bounds for array of dimension " + nd);
        }
        int ax = axis < 0 ? axis + nd : axis;
        int[] s = new int[nd];
        int[] st = new int[nd];
        for (int i = 0, j = 0; i < nd; i++) {
            if (i == ax) {
                s[i] = 1;
                st[i] = 0;
            } else {
                s[i] = shape[j];
                st[i] = strides[j];
                j++;
            }
        }
        return new StridedLayout(s, st, offset);
    }

    /** {@code flip} along {@code axes}; null or empty flips every axis. */
    public StridedLayout flip(int[] axes) {
        int[] ax = Axes.normalize(axes == null || axes.length == 0 ? null : axes, shape.length);
        int[] st = strides.clone();
        long off = offset;
        for (int a : ax) {
            if (shape[a] > 0) {
                off += (long) (shape[a] - 1) * st[a];
            }
            st[a] = -st[a];
        }
        return new StridedLayout(shape.clone(), st, off);
    }

    /**
     * {@code permute_dims}: axis i of the result is axis {@code axes[i]} of this layout.
     *
     * @throws IllegalArgumentException when {@code axes} is not a permutation of every axis
     */
    public StridedLayout permuteDims(int[] axes) {
        int nd = shape.length;
        if (axes == null || axes.length != nd) {
            throw new IllegalArgumentException("permute_dims needs a permutation of all " + nd + " axes; got "
                    + Arrays.toString(axes));
        }
        int[] ax = Axes.normalize(axes, nd);
        int[] s = new int[nd];
        int[] st = new int[nd];
        for (int i = 0; i < nd; i++) {
            s[i] = shape[ax[i]];
            st[i] = strides[ax[i]];
        }
        return new StridedLayout(s, st, offset);
    }

    /**
     * {@code moveaxis}: the axes {@code source} moved to the positions {@code destination}, the others kept in
     * order.
     *
     * @throws IllegalArgumentException when the two differ in length, or an axis is out of range or repeated
     */
    public StridedLayout moveaxis(int[] source, int[] destination) {
        if (source.length != destination.length) {
            throw new IllegalArgumentException("moveaxis needs source and destination of the same length; got "
                    + source.length + " and " + destination.length);
        }
        int nd = shape.length;
        int[] src = Axes.normalize(source, nd);
        int[] dst = Axes.normalize(destination, nd);
        int[] order = new int[nd];
        Arrays.fill(order, -1);
        boolean[] used = new boolean[nd];
        for (int i = 0; i < src.length; i++) {
            order[dst[i]] = src[i];
            used[src[i]] = true;
        }
        int next = 0;
        for (int i = 0; i < nd; i++) {
            if (order[i] < 0) {
                while (used[next]) {
                    next++;
                }
                order[i] = next++;
            }
        }
        return permuteDims(order);
    }

    /**
     * {@code matrix_transpose}: the last two axes swapped.
     *
     * @throws IllegalArgumentException for fewer than 2 dimensions
     */
    public StridedLayout matrixTranspose() {
        int nd = shape.length;
        if (nd < 2) {
            throw new IllegalArgumentException("matrix_transpose needs an array of at least 2 dimensions; got shape "
                    + Broadcast.format(shape));
        }
        int[] order = Axes.normalize(null, nd);
        order[nd - 2] = nd - 1;
        order[nd - 1] = nd - 2;
        return permuteDims(order);
    }

    /**
     * {@code squeeze}: the named axes removed; null or empty removes every axis of length 1.
     *
     * @throws IllegalArgumentException when a named axis does not have length 1
     */
    public StridedLayout squeeze(int[] axes) {
        int nd = shape.length;
        boolean[] drop = new boolean[nd];
        if (axes == null || axes.length == 0) {
            for (int i = 0; i < nd; i++) {
                drop[i] = shape[i] == 1;
            }
        } else {
            for (int a : Axes.normalize(axes, nd)) {
                if (shape[a] != 1) {
                    throw new IllegalArgumentException("cannot select an axis to squeeze out which has size not equal"
                            + " to one: axis " + a + " has size " + shape[a]);
                }
                drop[a] = true;
            }
        }
        int n = 0;
        for (boolean d : drop) {
            n += d ? 0 : 1;
        }
        int[] s = new int[n];
        int[] st = new int[n];
        for (int i = 0, j = 0; i < nd; i++) {
            if (!drop[i]) {
                s[j] = shape[i];
                st[j] = strides[i];
                j++;
            }
        }
        return new StridedLayout(s, st, offset);
    }

    /**
     * {@code reshape} without a copy: the layout of these elements with {@code target} (a shape of the same
     * size, see {@link #reshapeTarget}), or null when a copy is needed: the strides do not allow a view, or
     * {@code copy} is TRUE.
     *
     * @throws IllegalArgumentException when {@code copy} is FALSE and no view is possible
     */
    public StridedLayout reshapeView(int[] target, Boolean copy) {
        if (Boolean.TRUE.equals(copy)) {
            return null;
        }
        int[] st = reshapeStrides(shape, strides, target);
        if (st == null && Boolean.FALSE.equals(copy)) {
            throw new IllegalArgumentException("reshape with copy=false is impossible: the array's layout does not"
                    + " allow a view of shape " + Broadcast.format(target));
        }
        return st == null ? null : new StridedLayout(target, st, offset);
    }
}

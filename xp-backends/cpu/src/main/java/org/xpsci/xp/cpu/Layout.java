package org.xpsci.xp.cpu;

import org.xpsci.xp.Broadcast;

/** Strided-layout arithmetic shared by the cpu categories. */
final class Layout {

    private Layout() {
    }

    /**
     * The strides of an array of {@code shape}/{@code strides} viewed as broadcast to {@code target}: aligned on
     * trailing axes, 0 where the array has length 1 (or lacks the axis).
     *
     * @throws IllegalArgumentException when the shape does not broadcast to the target
     */
    static int[] broadcastStrides(int[] shape, int[] strides, int[] target) {
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
     * The element offsets (relative to the array's offset) of every index combination of axes [from, to), in C
     * order: for shape (2, 3) and strides (3, 1) over both axes, 0 1 2 3 4 5.
     */
    static int[] offsets(int[] shape, int[] strides, int from, int to) {
        long count = 1;
        for (int d = from; d < to; d++) {
            count *= shape[d];
        }
        int[] out = new int[Math.toIntExact(count)];
        int[] idx = new int[shape.length];
        int off = 0;
        for (int k = 0; k < out.length; k++) {
            out[k] = off;
            for (int d = to - 1; d >= from; d--) {
                off += strides[d];
                if (++idx[d] < shape[d]) {
                    break;
                }
                off -= strides[d] * shape[d];
                idx[d] = 0;
            }
        }
        return out;
    }

    /** C-order strides for {@code shape}, in elements. */
    static int[] contiguous(int[] shape) {
        return org.xpsci.xp.DlpackTensor.contiguousStrides(shape);
    }

    /**
     * Strides that view the array's elements with a new shape without copying, or null when the layout does
     * not allow it (NumPy's {@code _attempt_nocopy_reshape}).
     */
    static int[] reshapeStrides(int[] oldShape, int[] oldStrides, int[] newShape) {
        if (org.xpsci.xp.Axes.size(oldShape) == 0) {
            return contiguous(newShape); // no elements: any layout views them
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
}

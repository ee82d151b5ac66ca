package org.xpsci.xp.cpu;

import java.util.Arrays;
import org.xpsci.xp.Axes;

/**
 * The matrices of an array of shape (..., rows, cols) seen over a batch shape it broadcasts to: the element
 * offset of each matrix (batch in C order) and the row and column strides within one. Used by the linear
 * algebra functions to hand strided matrices to the kernels without copying.
 *
 * @param rows      rows of each matrix
 * @param cols      columns of each matrix
 * @param rowStride elements between rows
 * @param colStride elements between columns
 * @param offsets   the offset of each matrix of the batch
 */
record MatrixStack(int rows, int cols, int rowStride, int colStride, int[] offsets) {

    /** The matrices of x (ndim at least 2) broadcast over {@code batch}. */
    static MatrixStack of(CpuArray x, int[] batch) {
        int nd = x.ndim();
        int[] shape = x.shapeRef();
        int[] strides = x.strides();
        int[] lead = Arrays.copyOf(shape, nd - 2);
        int[] leadStrides = Layout.broadcastStrides(lead, Arrays.copyOf(strides, nd - 2), batch);
        return new MatrixStack(shape[nd - 2], shape[nd - 1], strides[nd - 2], strides[nd - 1],
                offsets(batch, leadStrides, x.offset()));
    }

    /** The matrices of x over its own leading axes. */
    static MatrixStack of(CpuArray x) {
        return of(x, batchShape(x));
    }

    /** The leading (batch) axes of a stack of matrices. */
    static int[] batchShape(CpuArray x) {
        return Arrays.copyOf(x.shapeRef(), x.ndim() - 2);
    }

    /** The number of matrices. */
    int count() {
        return offsets.length;
    }

    /** The offsets of every index of {@code shape} under {@code strides}, in C order. */
    static int[] offsets(int[] shape, int[] strides, int base) {
        int n = Math.toIntExact(Axes.size(shape));
        int[] out = new int[n];
        int[] idx = new int[shape.length];
        int off = base;
        for (int i = 0; i < n; i++) {
            out[i] = off;
            for (int d = shape.length - 1; d >= 0; d--) {
                idx[d]++;
                off += strides[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                off -= idx[d] * strides[d];
                idx[d] = 0;
            }
        }
        return out;
    }
}

package org.xpsci.cluster.internal;

import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;

/**
 * The rows of a float32 or float64 matrix in host memory (a 1-d array is n rows of one feature), any strides,
 * handed to the kernels block by block as transposed float64 scratch (so float32 data is never widened as a
 * whole, and the kernels' inner loops run over contiguous rows).
 */
final class HostRows {

    private final HostBuffer buffer;
    private final int rows;
    private final int cols;
    private final int rowStride;
    private final int colStride;

    HostRows(HostBuffer buffer) {
        this.buffer = buffer;
        int[] shape = buffer.shape();
        int[] strides = buffer.strides();
        this.rows = shape[0];
        this.cols = shape.length == 2 ? shape[1] : 1;
        this.rowStride = strides[0];
        this.colStride = shape.length == 2 ? strides[1] : 1;
    }

    /** The number of rows. */
    int rows() {
        return rows;
    }

    /** The number of features per row. */
    int cols() {
        return cols;
    }

    /**
     * Copies rows [from, to) as float64, transposed: feature j of row from + r into {@code scratch[j][r]}.
     */
    void loadTransposed(int from, int to, double[][] scratch) {
        int m = to - from;
        if (buffer.dtype() == DType.FLOAT32) {
            float[] f = buffer.floats();
            for (int r = 0; r < m; r++) {
                int o = buffer.offset() + (from + r) * rowStride;
                for (int j = 0; j < cols; j++) {
                    scratch[j][r] = f[o + j * colStride];
                }
            }
        } else {
            double[] d = buffer.doubles();
            for (int r = 0; r < m; r++) {
                int o = buffer.offset() + (from + r) * rowStride;
                for (int j = 0; j < cols; j++) {
                    scratch[j][r] = d[o + j * colStride];
                }
            }
        }
    }
}

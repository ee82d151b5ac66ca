package org.xpsci.cluster.internal;

import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;

/**
 * The rows of a float32 or float64 matrix in host memory (a 1-d array is n rows of one feature), handed to the
 * kernels as float64 blocks: read in place when the storage already is contiguous float64 rows, else converted
 * block by block into a small scratch array (so float32 data is never widened as a whole).
 */
final class HostRows {

    /** Rows per block. */
    static final int BLOCK = 256;

    private final HostBuffer buffer;
    private final int rows;
    private final int cols;
    private final int rowStride;
    private final int colStride;
    private final boolean direct;

    HostRows(HostBuffer buffer) {
        this.buffer = buffer;
        int[] shape = buffer.shape();
        int[] strides = buffer.strides();
        this.rows = shape[0];
        this.cols = shape.length == 2 ? shape[1] : 1;
        this.rowStride = strides[0];
        this.colStride = shape.length == 2 ? strides[1] : 1;
        this.direct = buffer.dtype() == DType.FLOAT64 && (colStride == 1 || cols == 1)
                && (rowStride == cols || rows == 1);
    }

    /** The number of rows. */
    int rows() {
        return rows;
    }

    /** The number of features per row. */
    int cols() {
        return cols;
    }

    /** Whether the storage is read in place ({@link #data()} at {@link #offset(int)}). */
    boolean direct() {
        return direct;
    }

    /** The float64 storage when {@link #direct()}. */
    double[] data() {
        return buffer.doubles();
    }

    /** The position of row r's first feature in {@link #data()} when {@link #direct()}. */
    int offset(int r) {
        return buffer.offset() + r * cols;
    }

    /** Copies rows [from, to) as float64, row-major, into {@code scratch} from position 0. */
    void load(int from, int to, double[] scratch) {
        int p = 0;
        if (buffer.dtype() == DType.FLOAT32) {
            float[] f = buffer.floats();
            for (int r = from; r < to; r++) {
                int o = buffer.offset() + r * rowStride;
                for (int j = 0; j < cols; j++) {
                    scratch[p++] = f[o + j * colStride];
                }
            }
        } else {
            double[] d = buffer.doubles();
            for (int r = from; r < to; r++) {
                int o = buffer.offset() + r * rowStride;
                for (int j = 0; j < cols; j++) {
                    scratch[p++] = d[o + j * colStride];
                }
            }
        }
    }
}

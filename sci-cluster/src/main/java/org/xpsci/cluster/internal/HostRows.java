package org.xpsci.cluster.internal;

import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;

/**
 * The rows of a float32 or float64 matrix in host memory (a 1-d array is n rows of one feature), any strides,
 * handed to the kernels in blocks of {@link #blockRows()} rows, transposed to float64: one array per feature
 * holding that feature of the block's rows, so the kernels' inner loops run over contiguous rows. Blocks are
 * converted into the caller's scratch on demand, or, for iterative algorithms that read the data many times,
 * once for all with {@link #cache()} (one float64 copy of the data).
 */
final class HostRows {

    /** Doubles of one transposed block kept under 32 KiB. */
    private static final int BLOCK_DOUBLES = 2048;

    private final HostBuffer buffer;
    private final int rows;
    private final int cols;
    private final int rowStride;
    private final int colStride;
    private final int blockRows;
    private double[][][] cached;

    HostRows(HostBuffer buffer) {
        this.buffer = buffer;
        int[] shape = buffer.shape();
        int[] strides = buffer.strides();
        this.rows = shape[0];
        this.cols = shape.length == 2 ? shape[1] : 1;
        this.rowStride = strides[0];
        this.colStride = shape.length == 2 ? strides[1] : 1;
        this.blockRows = Math.max(64, Math.min(512, BLOCK_DOUBLES / Math.max(cols, 1)));
    }

    /** The number of rows. */
    int rows() {
        return rows;
    }

    /** The number of features per row. */
    int cols() {
        return cols;
    }

    /** The rows per block (the last block may hold fewer). */
    int blockRows() {
        return blockRows;
    }

    /** The number of blocks. */
    int blocks() {
        return (rows + blockRows - 1) / blockRows;
    }

    /** The number of rows of block {@code b}. */
    int blockLength(int b) {
        return Math.min(blockRows, rows - b * blockRows);
    }

    /** Converts every block once; later {@link #block} calls return the stored arrays. */
    HostRows cache() {
        int blocks = blocks();
        double[][][] all = new double[blocks][][];
        int chunks = RowPool.chunks(blocks, (long) blockRows * cols);
        RowPool.forEach(chunks, c -> {
            for (int b = RowPool.start(c, chunks, blocks); b < RowPool.start(c + 1, chunks, blocks); b++) {
                all[b] = new double[cols][blockLength(b)];
                load(b, all[b]);
            }
        });
        cached = all;
        return this;
    }

    /**
     * Block {@code b} transposed: {@code result[j][r]} is feature j of row {@code b * blockRows() + r}. Either
     * {@code scratch} (cols x blockRows, filled here) or the cached block.
     */
    double[][] block(int b, double[][] scratch) {
        if (cached != null) {
            return cached[b];
        }
        load(b, scratch);
        return scratch;
    }

    private void load(int b, double[][] out) {
        int from = b * blockRows;
        int m = blockLength(b);
        if (buffer.dtype() == DType.FLOAT32) {
            float[] f = buffer.floats();
            for (int r = 0; r < m; r++) {
                int o = buffer.offset() + (from + r) * rowStride;
                for (int j = 0; j < cols; j++) {
                    out[j][r] = f[o + j * colStride];
                }
            }
        } else {
            double[] d = buffer.doubles();
            for (int r = 0; r < m; r++) {
                int o = buffer.offset() + (from + r) * rowStride;
                for (int j = 0; j < cols; j++) {
                    out[j][r] = d[o + j * colStride];
                }
            }
        }
    }
}

package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.HostBuffer;

/**
 * The multi-indices of the non-zero elements of an array (NaN and complex numbers with a non-zero part count
 * as non-zero), in C order: {@code nonzero}'s loop. Rows along the last axis are read as truth values a block
 * at a time.
 */
public final class NonzeroIndices {

    private NonzeroIndices() {
    }

    /**
     * One index array per axis of x (of rank &ge; 1), each of length {@code count}, the number of non-zero
     * elements (counted beforehand).
     */
    public static long[][] find(HostBuffer x, int count) {
        int[] shape = x.shape();
        int nd = shape.length;
        long[][] out = new long[nd][count];
        int last = shape[nd - 1];
        if (count == 0) {
            return out;
        }
        int[] outerDims = java.util.Arrays.copyOf(shape, nd - 1);
        int[] outerStrides = java.util.Arrays.copyOf(x.strides(), nd - 1);
        Cursor rows = new Cursor(outerDims, outerStrides, null).seek(0);
        long rowCount = org.xpsci.xp.Axes.size(outerDims);
        BlockInput in = new BlockInput(x.data(), x.dtype(), Kind.BOOL);
        int stride = x.strides()[nd - 1];
        int k = 0;
        for (long r = 0; r < rowCount; r++) {
            for (int done = 0; done < last; done += StridedLoop.BLOCK) {
                int m = Math.min(StridedLoop.BLOCK, last - done);
                byte[] v = (byte[]) Runs.read(in, x.offset() + rows.o0 + done * stride, stride, m);
                int at = in.at();
                for (int i = 0; i < m; i++) {
                    if (v[at + i] != 0) {
                        for (int d = 0; d < nd - 1; d++) {
                            out[d][k] = rows.index(d);
                        }
                        out[nd - 1][k] = done + i;
                        k++;
                    }
                }
            }
            rows.next();
        }
        return out;
    }
}

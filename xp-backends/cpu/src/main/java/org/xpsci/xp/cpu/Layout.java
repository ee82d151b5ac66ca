package org.xpsci.xp.cpu;

/**
 * Element offsets of strided layouts, for the cpu's row moves. The view arithmetic shared with the other
 * strided backends is xp-core's {@link org.xpsci.xp.spi.StridedLayout}.
 */
final class Layout {

    private Layout() {
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
}

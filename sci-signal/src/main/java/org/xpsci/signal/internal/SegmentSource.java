package org.xpsci.signal.internal;

import org.xpsci.xp.HostBuffer;

/**
 * One input of a host spectral computation: its storage ({@code double[]} or {@code float[]}, complex values
 * interleaved), the element offset where each output line starts, the stride along the analysed axis, and
 * its length along it (samples beyond are read as zeros, SciPy's padding of the shorter of x and y).
 *
 * @param data    the primitive array
 * @param complex whether elements are complex (two values each)
 * @param base    the element offset of sample 0 of each output line
 * @param stride  elements between neighbouring samples along the axis
 * @param length  samples along the axis
 */
record SegmentSource(Object data, boolean complex, int[] base, int stride, int length) {

    /**
     * The lines of {@code b} along {@code axis}, broadcast to the output lines of {@code outer} (C order; the
     * buffer's other axes align with the trailing axes of outer, length-1 axes repeat).
     */
    static SegmentSource of(HostBuffer b, int axis, int[] outer) {
        int[] shape = b.shape();
        int[] strides = b.strides();
        int rank = shape.length - 1;
        int[] outerStride = new int[outer.length];
        for (int d = 0, k = 0; d < shape.length; d++) {
            if (d == axis) {
                continue;
            }
            int o = outer.length - rank + k;
            outerStride[o] = shape[d] == 1 ? 0 : strides[d];
            k++;
        }
        long lines = 1;
        for (int s : outer) {
            lines *= s;
        }
        int[] base = new int[Math.toIntExact(lines)];
        int[] idx = new int[outer.length];
        for (int line = 0; line < base.length; line++) {
            long off = b.offset();
            for (int d = 0; d < outer.length; d++) {
                off += (long) idx[d] * outerStride[d];
            }
            base[line] = Math.toIntExact(off);
            for (int d = outer.length - 1; d >= 0; d--) {
                if (++idx[d] < outer[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return new SegmentSource(b.data(), b.dtype().isComplexFloating(), base, strides[axis], shape[axis]);
    }

    /** Whether the storage is float32 (float[]). */
    boolean single() {
        return data instanceof float[];
    }
}

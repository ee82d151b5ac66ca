package org.xpsci.stats.internal;

/** The offsets of the slices of a strided host buffer along its last axis, in C order of the other axes. */
final class SliceBases {

    private SliceBases() {
    }

    /** The offset of element 0 of every slice. */
    static int[] of(int[] shape, int[] strides, int offset) {
        int outer = 1;
        for (int i = 0; i < shape.length - 1; i++) {
            outer *= shape[i];
        }
        int[] bases = new int[outer];
        int[] idx = new int[Math.max(0, shape.length - 1)];
        for (int j = 0; j < outer; j++) {
            int off = offset;
            for (int k = 0; k < idx.length; k++) {
                off += idx[k] * strides[k];
            }
            bases[j] = off;
            for (int k = idx.length - 1; k >= 0; k--) {
                if (++idx[k] < shape[k]) {
                    break;
                }
                idx[k] = 0;
            }
        }
        return bases;
    }
}

package org.xpsci.xp.cpu.kernel;

/**
 * A multi-index walking a box of dims in C order (last dim fastest) while keeping the offsets of two
 * strided operands up to date, so a loop over positions costs one add per operand and step.
 */
final class Cursor {

    private final int[] dims;
    private final int[] s0;
    private final int[] s1;
    private final int[] idx;
    /** The first operand's offset at the current position. */
    int o0;
    /** The second operand's offset at the current position. */
    int o1;

    /** A cursor over {@code dims} for operands of strides {@code s0} and {@code s1} (null: all zero). */
    Cursor(int[] dims, int[] s0, int[] s1) {
        this.dims = dims;
        this.s0 = s0;
        this.s1 = s1 == null ? new int[dims.length] : s1;
        this.idx = new int[dims.length];
    }

    /** Moves to the position with C-order number {@code pos}. */
    Cursor seek(long pos) {
        o0 = 0;
        o1 = 0;
        long rem = pos;
        for (int d = dims.length - 1; d >= 0; d--) {
            idx[d] = (int) (rem % dims[d]);
            rem /= dims[d];
            o0 += idx[d] * s0[d];
            o1 += idx[d] * s1[d];
        }
        return this;
    }

    /** The current index along dim d. */
    int index(int d) {
        return idx[d];
    }

    /** Steps to the next position in C order (wrapping to the start after the last). */
    void next() {
        for (int d = dims.length - 1; d >= 0; d--) {
            idx[d]++;
            o0 += s0[d];
            o1 += s1[d];
            if (idx[d] < dims[d]) {
                return;
            }
            o0 -= s0[d] * dims[d];
            o1 -= s1[d] * dims[d];
            idx[d] = 0;
        }
    }
}

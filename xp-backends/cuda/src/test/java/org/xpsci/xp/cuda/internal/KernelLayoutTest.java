package org.xpsci.xp.cuda.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xpsci.xp.DlpackTensor;

/** Axis merging and kernel parameter packing. */
class KernelLayoutTest {

    @Test
    void contiguousOperandsMergeIntoOneAxis() {
        KernelLayout l = KernelLayout.of(new int[] {2, 3, 4}, new int[] {12, 4, 1}, new int[] {12, 4, 1});
        assertArrayEquals(new int[] {24}, l.shape());
        assertArrayEquals(new long[] {1}, l.strides()[0]);
        assertEquals(24, l.size());
    }

    @Test
    void broadcastOperandKeepsItsAxesApart() {
        // out (2, 3) contiguous, a broadcast along rows (stride 0), b a transposed view
        KernelLayout l = KernelLayout.of(new int[] {2, 3}, new int[] {3, 1}, new int[] {0, 1}, new int[] {1, 2});
        assertArrayEquals(new int[] {2, 3}, l.shape());
        assertArrayEquals(new long[] {0, 1}, l.strides()[1]);
        assertArrayEquals(new long[] {1, 2}, l.strides()[2]);
    }

    @Test
    void axesOfLengthOneAreDroppedAndZeroDimensionalBecomesOneElement() {
        KernelLayout l = KernelLayout.of(new int[] {1, 5, 1}, new int[] {99, 2, 7});
        assertArrayEquals(new int[] {5}, l.shape());
        assertArrayEquals(new long[] {2}, l.strides()[0]);
        KernelLayout s = KernelLayout.of(new int[0], new int[0], new int[0]);
        assertArrayEquals(new int[] {1}, s.shape());
        assertEquals(1, s.size());
    }

    @Test
    void mergingKeepsTheCOrderOfPositions() {
        // a sliced view: every other row of a (4, 6) array, rows of 6 contiguous elements
        int[] shape = {2, 6, 3};
        int[] strides = {36, 6, 1};
        int[] outStrides = DlpackTensor.contiguousStrides(shape);
        KernelLayout l = KernelLayout.of(shape, outStrides, strides);
        for (int i = 0; i < 36; i++) {
            assertEquals(offset(shape, strides, i), offset(l, 1, i), "position " + i);
            assertEquals(i, offset(l, 0, i));
        }
    }

    private static long offset(int[] shape, int[] strides, long i) {
        long off = 0;
        for (int d = shape.length - 1; d >= 0; d--) {
            off += (i % shape[d]) * strides[d];
            i /= shape[d];
        }
        return off;
    }

    /** The offsets() function of xp_common.cuh. */
    private static long offset(KernelLayout l, int operand, long i) {
        long off = 0;
        for (int d = l.shape().length - 1; d >= 0; d--) {
            off += (i % l.shape()[d]) * l.strides()[operand][d];
            i /= l.shape()[d];
        }
        return off;
    }

    @Test
    void packLaysOutNdShapeThenEachOperandsStrides() {
        KernelLayout l = KernelLayout.of(new int[] {2, 3}, new int[] {3, 1}, new int[] {0, 1});
        long[] p = l.pack();
        int max = KernelLayout.MAX_DIMS;
        assertEquals(1 + 3 * max, p.length);
        assertEquals(2, p[0]);
        assertEquals(2, p[1]);
        assertEquals(3, p[2]);
        assertEquals(3, p[1 + max]);
        assertEquals(1, p[2 + max]);
        assertEquals(0, p[1 + 2 * max]);
        assertEquals(1, p[2 + 2 * max]);
    }

    @Test
    void tooManyUnmergeableAxesIsAClearError() {
        int nd = KernelLayout.MAX_DIMS + 1;
        int[] shape = new int[nd];
        int[] strides = new int[nd];
        for (int d = 0; d < nd; d++) {
            shape[d] = 2;
            strides[d] = 1 << (2 * (nd - d));
        }
        KernelLayout l = KernelLayout.of(shape, strides);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, l::pack);
        assertTrue(e.getMessage().contains("at most " + KernelLayout.MAX_DIMS));
    }

    @Test
    void exactKeepsEveryAxis() {
        KernelLayout l = KernelLayout.exact(new int[] {2, 3, 4}, new int[] {12, 4, 1});
        assertArrayEquals(new int[] {2, 3, 4}, l.shape());
        assertArrayEquals(new int[] {1}, KernelLayout.exact(new int[0], new int[0]).shape());
    }
}

package org.xpsci.xp.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xpsci.xp.AxisException;

/**
 * The view arithmetic of strided backends. Expected element positions are NumPy's: the C-order values of
 * {@code np.<function>(np.arange(24).reshape(2, 3, 4), ...)}, i.e. which memory position each element reads.
 */
class StridedLayoutTest {

    /** np.arange(24).reshape(2, 3, 4) */
    private static final StridedLayout A = StridedLayout.contiguous(new int[] {2, 3, 4});

    /** The memory positions of a layout's elements in C order. */
    private static long[] positions(StridedLayout l) {
        int n = 1;
        for (int d : l.shape()) {
            n *= d;
        }
        long[] out = new long[n];
        int[] idx = new int[l.shape().length];
        for (int i = 0; i < n; i++) {
            long p = l.offset();
            for (int d = 0; d < idx.length; d++) {
                p += (long) idx[d] * l.strides()[d];
            }
            out[i] = p;
            for (int d = idx.length - 1; d >= 0 && ++idx[d] == l.shape()[d]; d--) {
                idx[d] = 0;
            }
        }
        return out;
    }

    private static void assertView(int[] shape, long[] positions, StridedLayout actual) {
        assertArrayEquals(shape, actual.shape(), "shape");
        assertArrayEquals(positions, positions(actual), "positions");
    }

    @Test
    void broadcastStridesAreZeroOnStretchedAxes() {
        assertArrayEquals(new int[] {0, 0, 1}, StridedLayout.broadcastStrides(new int[] {3}, new int[] {1},
                new int[] {2, 4, 3}));
        assertArrayEquals(new int[] {0, 5, 0}, StridedLayout.broadcastStrides(new int[] {4, 1}, new int[] {5, 1},
                new int[] {2, 4, 3}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StridedLayout.broadcastStrides(new int[] {2}, new int[] {1}, new int[] {3}));
        assertTrue(e.getMessage().contains("(2,)") && e.getMessage().contains("(3,)"));
    }

    @Test
    void reshapeViewsWhereNumpyDoesAndCopiesElsewhere() {
        assertArrayEquals(new int[] {4, 1}, StridedLayout.reshapeStrides(new int[] {2, 2, 2}, new int[] {4, 2, 1},
                new int[] {2, 4}));
        // the transpose of a (2, 3) array cannot be flattened without a copy
        assertNull(StridedLayout.reshapeStrides(new int[] {3, 2}, new int[] {1, 3}, new int[] {6}));
        // splitting one strided axis is a view
        assertArrayEquals(new int[] {6, 2}, StridedLayout.reshapeStrides(new int[] {6}, new int[] {2},
                new int[] {2, 3}));
    }

    @Test
    void contiguityAndExtent() {
        assertTrue(StridedLayout.isContiguous(new int[] {2, 1, 3}, new int[] {3, 99, 1}));
        assertFalse(StridedLayout.isContiguous(new int[] {2, 3}, new int[] {1, 2}));
        assertArrayEquals(new long[] {2, 12}, new StridedLayout(new int[] {2, 3}, new int[] {-4, 3}, 6).extent());
    }

    @Test
    void flipPermuteAndTransposeReadNumpysElements() {
        assertView(new int[] {2, 3, 4}, new long[] {15, 14, 13, 12, 19, 18, 17, 16, 23, 22, 21, 20, 3, 2, 1, 0, 7, 6,
                5, 4, 11, 10, 9, 8}, A.flip(new int[] {0, -1}));
        assertView(new int[] {2, 3, 4}, new long[] {23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7,
                6, 5, 4, 3, 2, 1, 0}, A.flip(null));
        assertView(new int[] {4, 2, 3}, new long[] {0, 4, 8, 12, 16, 20, 1, 5, 9, 13, 17, 21, 2, 6, 10, 14, 18, 22,
                3, 7, 11, 15, 19, 23}, A.permuteDims(new int[] {2, 0, 1}));
        assertView(new int[] {3, 4, 2}, new long[] {0, 12, 1, 13, 2, 14, 3, 15, 4, 16, 5, 17, 6, 18, 7, 19, 8, 20,
                9, 21, 10, 22, 11, 23}, A.moveaxis(new int[] {0}, new int[] {2}));
        assertView(new int[] {2, 4, 3}, new long[] {0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11, 12, 16, 20, 13, 17, 21,
                14, 18, 22, 15, 19, 23}, A.matrixTranspose());
    }

    @Test
    void expandSqueezeAndBroadcastReadNumpysElements() {
        long[] all = new long[24];
        for (int i = 0; i < 24; i++) {
            all[i] = i;
        }
        assertView(new int[] {2, 3, 4, 1}, all, A.expandDims(-1));
        StridedLayout b = StridedLayout.contiguous(new int[] {1, 6, 1});
        assertView(new int[] {6}, new long[] {0, 1, 2, 3, 4, 5}, b.squeeze(null));
        assertView(new int[] {1, 6}, new long[] {0, 1, 2, 3, 4, 5}, b.squeeze(new int[] {2}));
        assertView(new int[] {2, 3, 4}, new long[] {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2,
                2, 2}, StridedLayout.contiguous(new int[] {3, 1}).broadcastTo(new int[] {2, 3, 4}));
    }

    @Test
    void reshapeViewsSlicesWhereNumpyDoes() {
        // np.arange(24).reshape(4, 6)[::2, 1::2]: shape (2, 3), strides (12, 2), offset 1
        StridedLayout t = new StridedLayout(new int[] {2, 3}, new int[] {12, 2}, 1);
        assertNull(t.reshapeView(new int[] {6}, null), "a copy, as in NumPy");
        assertView(new int[] {2, 1, 3}, new long[] {1, 3, 5, 13, 15, 17}, t.reshapeView(new int[] {2, 1, 3}, null));
        assertNull(t.reshapeView(new int[] {2, 3}, Boolean.TRUE), "copy=true always copies");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.reshapeView(new int[] {6}, Boolean.FALSE));
        assertTrue(e.getMessage().contains("copy=false") && e.getMessage().contains("(6,)"), e.getMessage());
    }

    @Test
    void emptyArraysReshapeToAnyShapeOfTheirSize() {
        // np.empty((2, 0)).reshape(0, 2, 1)
        StridedLayout empty = StridedLayout.contiguous(new int[] {2, 0});
        assertArrayEquals(new int[] {0, 2, 1}, empty.reshapeView(new int[] {0, 2, 1}, null).shape());
        assertArrayEquals(new int[] {1, 0}, StridedLayout.contiguous(new int[] {0}).reshapeView(new int[] {1, 0}, null)
                .shape());
    }

    @Test
    void reshapeTargetResolvesOneUnknownLength() {
        assertArrayEquals(new int[] {3, 8}, StridedLayout.reshapeTarget(new int[] {3, -1}, A.shape()));
        assertArrayEquals(new int[] {0, 5}, StridedLayout.reshapeTarget(new int[] {0, 5}, new int[] {5, 0}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StridedLayout.reshapeTarget(new int[] {-1, -1}, A.shape()));
        assertTrue(e.getMessage().contains("one unknown"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StridedLayout.reshapeTarget(new int[] {5, -1},
                A.shape()));
        assertTrue(e.getMessage().contains("24") && e.getMessage().contains("[5, -1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StridedLayout.reshapeTarget(new int[] {5, 5},
                A.shape()));
        assertTrue(e.getMessage().contains("(2, 3, 4)") && e.getMessage().contains("(5, 5)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StridedLayout.reshapeTarget(new int[] {-2, -12},
                A.shape()));
        assertTrue(e.getMessage().contains(">= -1"), e.getMessage());
    }

    @Test
    void badAxesAreClearErrors() {
        AxisException e = assertThrows(AxisException.class, () -> A.expandDims(4));
        assertTrue(e.getMessage().contains("axis 4") && e.getMessage().contains("dimension 4"), e.getMessage());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> A.permuteDims(new int[] {0, 1}));
        assertTrue(p.getMessage().contains("all 3 axes") && p.getMessage().contains("[0, 1]"), p.getMessage());
        p = assertThrows(IllegalArgumentException.class, () -> A.moveaxis(new int[] {0}, new int[] {1, 2}));
        assertTrue(p.getMessage().contains("same length"), p.getMessage());
        p = assertThrows(IllegalArgumentException.class, () -> A.squeeze(new int[] {1}));
        assertTrue(p.getMessage().contains("axis 1 has size 3"), p.getMessage());
        p = assertThrows(IllegalArgumentException.class,
                () -> StridedLayout.contiguous(new int[] {3}).matrixTranspose());
        assertTrue(p.getMessage().contains("at least 2") && p.getMessage().contains("(3,)"), p.getMessage());
        assertThrows(AxisException.class, () -> A.flip(new int[] {3}));
    }
}

package org.xpsci.xp.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.AxisException;

/** Shapes and positions of the manipulation functions against NumPy's, and their argument errors. */
class ShapeRulesTest {

    @Test
    void concatAndStackShapes() {
        // np.concatenate([np.zeros((2, 3)), np.zeros((2, 5))], axis=-1).shape
        assertArrayEquals(new int[] {2, 8}, ShapeRules.concat(List.of(new int[] {2, 3}, new int[] {2, 5}), -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShapeRules.concat(List.of(new int[] {2, 3}, new int[] {3, 3}), 1));
        assertTrue(e.getMessage().contains("(2, 3)") && e.getMessage().contains("(3, 3)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShapeRules.concat(List.of(new int[0]), 0));
        assertTrue(e.getMessage().contains("zero-dimensional"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ShapeRules.concat(List.of(new int[] {2}, new int[] {2, 1}), 0));
        assertTrue(e.getMessage().contains("number of dimensions"), e.getMessage());
        assertThrows(AxisException.class, () -> ShapeRules.concat(List.of(new int[] {2}), 1));
        ShapeRules.stack(List.of(new int[] {2}, new int[] {2}), -2);
        assertThrows(AxisException.class, () -> ShapeRules.stack(List.of(new int[] {2}), 2));
        e = assertThrows(IllegalArgumentException.class, () -> ShapeRules.stack(List.of(new int[] {2}, new int[] {3}),
                0));
        assertTrue(e.getMessage().contains("array 1 has shape (3,)"), e.getMessage());
    }

    @Test
    void repeatRollAndTile() {
        // np.repeat(np.arange(3), [2, 0, 1]), np.repeat(np.arange(2), 3)
        assertArrayEquals(new long[] {0, 0, 2}, ShapeRules.repeatPositions(new long[] {2, 0, 1}, 3, 0));
        assertArrayEquals(new long[] {0, 0, 0, 1, 1, 1}, ShapeRules.repeatPositions(new long[] {3}, 2, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShapeRules.repeatPositions(new long[] {1, -1}, 2, 0));
        assertTrue(e.getMessage().contains("negative") && e.getMessage().contains("-1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShapeRules.repeatPositions(new long[] {1, 1}, 3, 1));
        assertTrue(e.getMessage().contains("3 counts") && e.getMessage().contains("axis 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ShapeRules.repeatPositions(new long[] {1L << 31}, 1, 0));
        assertTrue(e.getMessage().contains("2147483648"), e.getMessage());
        // np.roll(x, (5, -1, 1), axis=(0, 1, 0)) of shape (3, 4) rolls the rows by 0 and the columns by 3
        assertArrayEquals(new int[] {0, 3}, ShapeRules.rollShifts(new int[] {3, 4}, new int[] {5, -1, 1},
                new int[] {0, 1, 0}));
        assertArrayEquals(new int[] {0}, ShapeRules.rollShifts(new int[] {0}, new int[] {3}, null));
        e = assertThrows(IllegalArgumentException.class, () -> ShapeRules.rollShifts(new int[] {6}, new int[] {1, 2},
                null));
        assertTrue(e.getMessage().contains("exactly one shift"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShapeRules.rollShifts(new int[] {6, 2},
                new int[] {1, 2}, new int[] {0}));
        assertTrue(e.getMessage().contains("2 shifts and 1 axes"), e.getMessage());
        ShapeRules.Tiling t = ShapeRules.tile(new int[] {3}, new int[] {2, 1});
        assertArrayEquals(new int[] {1, 3}, t.shape());
        assertArrayEquals(new int[] {2, 1}, t.reps());
        assertArrayEquals(new int[] {1, 2}, ShapeRules.tile(new int[] {4, 5}, new int[] {2}).reps()); // np.tile(x, 2) of a matrix
        assertThrows(IllegalArgumentException.class, () -> ShapeRules.tile(new int[] {3}, new int[] {-1}));
    }

    @Test
    void takeAlongAxisShape() {
        // np.take_along_axis(np.zeros((3, 1, 4)), np.zeros((1, 5, 2), dtype=int), axis=2).shape
        assertArrayEquals(new int[] {3, 5, 2}, ShapeRules.takeAlongAxis(new int[] {3, 1, 4}, new int[] {1, 5, 2}, -1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShapeRules.takeAlongAxis(new int[] {3, 4}, new int[] {3}, 0));
        assertTrue(e.getMessage().contains("same rank") && e.getMessage().contains("(3, 4)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShapeRules.takeAlongAxis(new int[] {3, 4},
                new int[] {2, 1}, 1));
        assertThrows(AxisException.class, () -> ShapeRules.takeAlongAxis(new int[] {3}, new int[] {3}, 1));
    }

    @Test
    void meshgridAndShapeArguments() {
        // [g.shape for g in np.meshgrid(np.zeros(2), np.zeros(3), np.zeros(4))] and with indexing="ij"
        List<int[]> lengths = List.of(new int[] {2}, new int[] {3}, new int[] {4});
        ShapeRules.Grid xy = ShapeRules.meshgrid(lengths, "xy");
        assertArrayEquals(new int[] {3, 2, 4}, xy.shape());
        assertArrayEquals(new int[][] {{1, 2, 1}, {3, 1, 1}, {1, 1, 4}}, xy.axisShapes());
        assertArrayEquals(new int[] {2, 3, 4}, ShapeRules.meshgrid(lengths, "ij").shape());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShapeRules.meshgrid(lengths, "yx"));
        assertTrue(e.getMessage().contains("\"xy\"") && e.getMessage().contains("yx"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ShapeRules.meshgrid(List.of(new int[] {2}, new int[] {2, 2}), "ij"));
        assertTrue(e.getMessage().contains("arrays[1]") && e.getMessage().contains("(2, 2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShapeRules.checkShape(new int[] {2, -1}));
        assertTrue(e.getMessage().contains("(2, -1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ShapeRules.checkShape(null));
    }
}

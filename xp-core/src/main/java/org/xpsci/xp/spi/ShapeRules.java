package org.xpsci.xp.spi;

import java.util.Arrays;
import java.util.List;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;

/**
 * What the standard's manipulation functions (and meshgrid) produce, computed from shapes alone, with their
 * argument checks: result shapes, and the positions a backend gathers along an axis. The backend moves the
 * elements its own way; the arithmetic and the error messages are the same everywhere.
 */
public final class ShapeRules {

    /**
     * The padded operands of {@code tile}: the array's shape and the repetitions, both extended with leading
     * 1s to the larger rank.
     *
     * @param shape the array's shape, padded
     * @param reps  the repetitions per axis, padded
     */
    public record Tiling(int[] shape, int[] reps) {
    }

    /**
     * The grid of {@code meshgrid}: each array {@code i} is reshaped to {@code axisShapes[i]} (its length on
     * its axis, 1 elsewhere) and broadcast to {@code shape}.
     *
     * @param shape      the shape of every output
     * @param axisShapes the shape each input is reshaped to
     */
    public record Grid(int[] shape, int[][] axisShapes) {
    }

    private ShapeRules() {
    }

    /**
     * Checks a creation function's {@code shape} argument and returns it.
     *
     * @throws IllegalArgumentException for null or a negative length
     */
    public static int[] checkShape(int[] shape) {
        if (shape == null) {
            throw new IllegalArgumentException("shape must not be null (use new int[0] for a 0-d array)");
        }
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimensions are not allowed; got shape "
                        + Broadcast.format(shape));
            }
        }
        return shape;
    }

    /**
     * {@code concat}'s result shape: the arrays' common shape with the lengths along {@code axis} added.
     *
     * @throws IllegalArgumentException for 0-d arrays, or ranks or lengths off the axis that differ
     * @throws AxisException            when the axis is out of range
     */
    public static int[] concat(List<int[]> shapes, int axis) {
        int[] first = shapes.get(0);
        if (first.length == 0) {
            throw new IllegalArgumentException("zero-dimensional arrays cannot be concatenated");
        }
        int ax = Axes.normalize(axis, first.length);
        int[] shape = first.clone();
        int total = 0;
        for (int i = 0; i < shapes.size(); i++) {
            int[] s = shapes.get(i);
            if (s.length != shape.length) {
                throw new IllegalArgumentException("all the input arrays must have the same number of dimensions; array 0"
                        + " has " + shape.length + " and array " + i + " has " + s.length);
            }
            for (int d = 0; d < s.length; d++) {
                if (d != ax && s[d] != shape[d]) {
                    throw new IllegalArgumentException("all the input array dimensions except for the concatenation axis"
                            + " must match exactly; array 0 has shape " + Broadcast.format(shape) + " and array " + i
                            + " has shape " + Broadcast.format(s));
                }
            }
            total += s[ax];
        }
        shape[ax] = total;
        return shape;
    }

    /**
     * Checks {@code stack}'s arguments: arrays of one shape, and an axis of the result (one more dimension).
     *
     * @throws AxisException            when the axis is out of range
     * @throws IllegalArgumentException when the shapes differ
     */
    public static void stack(List<int[]> shapes, int axis) {
        int[] shape = shapes.get(0);
        int nd = shape.length + 1;
        if (axis < -nd || axis >= nd) {
            throw new AxisException("axis " + axis + " is out of bounds for array of dimension " + nd);
        }
        for (int i = 0; i < shapes.size(); i++) {
            if (!Arrays.equals(shapes.get(i), shape)) {
                throw new IllegalArgumentException("all input arrays must have the same shape; array 0 has shape "
                        + Broadcast.format(shape) + " and array " + i + " has shape "
                        + Broadcast.format(shapes.get(i)));
            }
        }
    }

    /**
     * {@code repeat}'s gather positions along an axis of {@code length} elements: each position {@code i}
     * {@code counts[i]} times in order (one count applies to every position).
     *
     * @throws IllegalArgumentException for a number of counts that is neither 1 nor the length, a negative
     *                                  count, or a result longer than an array's axis can be
     */
    public static long[] repeatPositions(long[] counts, int length, int axis) {
        if (counts.length != 1 && counts.length != length) {
            throw new IllegalArgumentException("repeats must have one count or " + length + " counts (the length of"
                    + " axis " + axis + "); got " + counts.length);
        }
        long total = 0;
        for (int i = 0; i < length; i++) {
            long c = counts.length == 1 ? counts[0] : counts[i];
            if (c < 0) {
                throw new IllegalArgumentException("repeats may not contain negative values; got " + c);
            }
            total += c;
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("repeat would make an axis of " + total + " elements, more than an"
                    + " array holds");
        }
        long[] p = new long[(int) total];
        for (int i = 0, k = 0; i < length; i++) {
            long c = counts.length == 1 ? counts[0] : counts[i];
            for (long j = 0; j < c; j++) {
                p[k++] = i;
            }
        }
        return p;
    }

    /**
     * {@code roll}'s shift along each axis of {@code shape}, in [0, length): the shifts of repeated axes add up.
     * With {@code axes} null, {@code shape} is the flattened array's and there must be one shift.
     *
     * @throws IllegalArgumentException when the numbers of shifts and axes do not match
     * @throws AxisException            when an axis is out of range
     */
    public static int[] rollShifts(int[] shape, int[] shifts, int[] axes) {
        if (axes == null) {
            if (shifts.length != 1) {
                throw new IllegalArgumentException("roll without axes takes exactly one shift; got " + shifts.length);
            }
            return rollShifts(shape, shifts, new int[] {0});
        }
        if (shifts.length != axes.length && shifts.length != 1) {
            throw new IllegalArgumentException("roll needs one shift per axis; got " + shifts.length + " shifts and "
                    + axes.length + " axes");
        }
        int[] total = new int[shape.length];
        for (int i = 0; i < axes.length; i++) {
            int a = Axes.normalize(axes[i], shape.length);
            total[a] += shifts.length == 1 ? shifts[0] : shifts[i];
        }
        for (int a = 0; a < shape.length; a++) {
            total[a] = shape[a] == 0 ? 0 : Math.floorMod(total[a], shape[a]);
        }
        return total;
    }

    /**
     * {@code take_along_axis}'s result shape: x's and the indices' shapes broadcast against each other off the
     * axis, with the indices' length along it.
     *
     * @throws IllegalArgumentException when the ranks differ or the shapes off the axis do not broadcast
     * @throws AxisException            when the axis is out of range
     */
    public static int[] takeAlongAxis(int[] xShape, int[] indicesShape, int axis) {
        if (xShape.length != indicesShape.length) {
            throw new IllegalArgumentException("take_along_axis needs x and indices of the same rank; got shapes "
                    + Broadcast.format(xShape) + " and " + Broadcast.format(indicesShape));
        }
        int ax = Axes.normalize(axis, xShape.length);
        int[] xs = xShape.clone();
        int[] is = indicesShape.clone();
        xs[ax] = 1;
        is[ax] = 1;
        int[] out = Broadcast.shapes(xs, is);
        out[ax] = indicesShape[ax];
        return out;
    }

    /**
     * {@code tile}'s operands padded to one rank.
     *
     * @throws IllegalArgumentException for a negative repetition
     */
    public static Tiling tile(int[] shape, int[] reps) {
        for (int r : reps) {
            if (r < 0) {
                throw new IllegalArgumentException("tile repetitions must be non-negative; got " + Arrays.toString(reps));
            }
        }
        int nd = Math.max(shape.length, reps.length);
        int[] s = new int[nd];
        int[] r = new int[nd];
        Arrays.fill(s, 1);
        Arrays.fill(r, 1);
        System.arraycopy(shape, 0, s, nd - shape.length, shape.length);
        System.arraycopy(reps, 0, r, nd - reps.length, reps.length);
        return new Tiling(s, r);
    }

    /**
     * {@code meshgrid}'s grid for 1-d arrays of the given shapes: "xy" indexing swaps the first two axes of the
     * grid (Cartesian), "ij" keeps them (matrix).
     *
     * @throws IllegalArgumentException for another indexing, or an array that is not 1-d
     */
    public static Grid meshgrid(List<int[]> shapes, String indexing) {
        if (!"xy".equals(indexing) && !"ij".equals(indexing)) {
            throw new IllegalArgumentException("meshgrid indexing must be \"xy\" or \"ij\"; got " + indexing);
        }
        int n = shapes.size();
        int[] shape = new int[n];
        for (int i = 0; i < n; i++) {
            int[] s = shapes.get(i);
            if (s.length != 1) {
                throw new IllegalArgumentException("meshgrid needs 1-d arrays; arrays[" + i + "] has shape "
                        + Broadcast.format(s));
            }
            shape[i] = s[0];
        }
        boolean xy = "xy".equals(indexing) && n >= 2;
        if (xy) {
            int t = shape[0];
            shape[0] = shape[1];
            shape[1] = t;
        }
        int[][] axisShapes = new int[n][];
        for (int i = 0; i < n; i++) {
            int axis = xy && i < 2 ? 1 - i : i;
            axisShapes[i] = new int[n];
            Arrays.fill(axisShapes[i], 1);
            axisShapes[i][axis] = shape[axis];
        }
        return new Grid(shape, axisShapes);
    }
}

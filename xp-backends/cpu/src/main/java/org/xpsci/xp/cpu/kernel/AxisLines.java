package org.xpsci.xp.cpu.kernel;

/**
 * The lines of an array along one axis, as the scan and arg-extremum kernels walk them: the shape and strides
 * of the other axes, which select a line, and whether lines are the array's innermost run in memory (then
 * each line is read on its own; otherwise a block of lines advances together, reading rows in order).
 */
final class AxisLines {

    private AxisLines() {
    }

    /** {@code a} without entry {@code axis}: the outer shape or strides that select a line. */
    static int[] outer(int[] a, int axis) {
        int[] out = new int[a.length - 1];
        for (int i = 0, j = 0; i < a.length; i++) {
            if (i != axis) {
                out[j++] = a[i];
            }
        }
        return out;
    }

    /** Whether the axis has the smallest stride of the axes of length &gt; 1, so each line is one run. */
    static boolean innermost(int[] shape, int[] strides, int axis) {
        for (int i = 0; i < shape.length; i++) {
            if (i != axis && shape[i] > 1 && Math.abs(strides[i]) < Math.abs(strides[axis])) {
                return false;
            }
        }
        return true;
    }
}

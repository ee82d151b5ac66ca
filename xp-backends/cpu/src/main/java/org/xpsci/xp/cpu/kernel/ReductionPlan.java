package org.xpsci.xp.cpu.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The loop structure of one reduction: the input's axes of length &gt; 1 ordered from the largest to the
 * smallest stride (so the innermost loop walks memory in order; broadcast axes, of stride 0, outermost),
 * adjacent axes merged where both the input and the accumulators step through them contiguously, then split
 * into the outer kept axes (which select an output), the outer reduced axes, and one inner axis. When the
 * inner axis is reduced the plan reduces rows ({@link #rows()}); when it is kept it accumulates input rows
 * into a row of outputs.
 */
final class ReductionPlan {

    /** A kept output run shorter than this is not worth looping over: read along a reduced axis instead. */
    static final int SHORT_RUN = 8;

    private record Axis(int len, int x, int acc, boolean reduced) {
    }

    final int outputs;
    final long total;
    final int[] keptDims;
    final int[] keptX;
    final int[] keptAcc;
    final int[] redDims;
    final int[] redX;
    /** The number of positions of the outer reduced axes (runs folded into each output). */
    final long redCount;
    /** The number of positions of the outer kept axes. */
    final long keptRows;
    final int innerLen;
    final int innerX;
    final int innerAcc;
    final boolean rows;

    private ReductionPlan(int outputs, long total, List<Axis> kept, List<Axis> red, Axis inner) {
        this.outputs = outputs;
        this.total = total;
        keptDims = kept.stream().mapToInt(Axis::len).toArray();
        keptX = kept.stream().mapToInt(Axis::x).toArray();
        keptAcc = kept.stream().mapToInt(Axis::acc).toArray();
        redDims = red.stream().mapToInt(Axis::len).toArray();
        redX = red.stream().mapToInt(Axis::x).toArray();
        redCount = product(redDims);
        keptRows = product(keptDims);
        innerLen = inner.len;
        innerX = inner.x;
        innerAcc = inner.acc;
        rows = inner.reduced;
    }

    private static long product(int[] dims) {
        long c = 1;
        for (int d : dims) {
            c *= d;
        }
        return c;
    }

    /** Whether the inner loop reduces a row into one output (else it accumulates into a row of outputs). */
    boolean rows() {
        return rows;
    }

    /**
     * The plan for reducing an input of {@code shape} and {@code strides} over the axes marked in
     * {@code reduced}; outputs are numbered in C order over the kept axes.
     */
    static ReductionPlan of(int[] shape, int[] strides, boolean[] reduced) {
        int nd = shape.length;
        int[] acc = new int[nd];
        long outputs = 1;
        long total = 1;
        for (int i = nd - 1; i >= 0; i--) {
            total *= shape[i];
            if (!reduced[i]) {
                acc[i] = (int) outputs;
                outputs *= shape[i];
            }
        }
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < nd; i++) {
            if (shape[i] > 1) {
                axes.add(new Axis(shape[i], strides[i], acc[i], reduced[i]));
            }
        }
        axes.sort(Comparator.comparingLong(ReductionPlan::span).reversed());
        List<Axis> merged = coalesce(axes);
        Axis inner = chooseInner(merged);
        List<Axis> kept = new ArrayList<>();
        List<Axis> red = new ArrayList<>();
        for (Axis a : merged) {
            if (a != inner) {
                (a.reduced ? red : kept).add(a);
            }
        }
        return new ReductionPlan((int) outputs, total, kept, red, inner);
    }

    /** How far one step along an axis moves in memory; broadcast axes (stride 0) go outermost. */
    private static long span(Axis a) {
        return a.x == 0 ? Long.MAX_VALUE : Math.abs((long) a.x);
    }

    private static List<Axis> coalesce(List<Axis> axes) {
        List<Axis> out = new ArrayList<>();
        for (Axis a : axes) {
            if (!out.isEmpty()) {
                Axis prev = out.get(out.size() - 1);
                if (prev.reduced == a.reduced && prev.x == a.x * a.len && prev.acc == a.acc * a.len) {
                    out.set(out.size() - 1, new Axis(prev.len * a.len, a.x, a.acc, a.reduced));
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** The innermost axis; a short kept one gives way to the reduced axis with the smallest stride. */
    private static Axis chooseInner(List<Axis> axes) {
        if (axes.isEmpty()) {
            return new Axis(1, 0, 0, true);
        }
        Axis inner = axes.get(axes.size() - 1);
        if (inner.reduced || inner.len >= SHORT_RUN) {
            return inner;
        }
        Axis best = inner;
        for (Axis a : axes) {
            if (a.reduced && (!best.reduced || span(a) < span(best))) {
                best = a;
            }
        }
        return best;
    }
}

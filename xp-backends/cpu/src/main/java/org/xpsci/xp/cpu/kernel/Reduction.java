package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;

/**
 * The cpu reduction engine: reduces a strided array over a set of axes with a {@link ReduceOp}, in the loop
 * order of a {@link ReductionPlan}. Rows (reduced inner axis, e.g. the last axis of a C-contiguous array, or
 * the whole of a contiguous array) are folded run by run; a kept inner axis (e.g. the first axis of a
 * C-contiguous matrix) accumulates input rows into a block of outputs that stays in cache. Work splits over
 * the worker pool by outputs when there are enough of them, else by reduced positions into private
 * accumulators merged in order, else inside each run. How work is split depends only on the shapes, never on
 * the number of threads, so results are reproducible from machine to machine.
 */
public final class Reduction {

    /** Input elements per piece of work below which a reduction stays on the calling thread. */
    static final int GRAIN = Parallel.CHEAP_GRAIN;
    /** The most pieces one reduction is cut into. */
    static final int MAX_PIECES = 64;
    /** Outputs (or output blocks) from which splitting by outputs keeps a large machine busy. */
    static final int ENOUGH_UNITS = 16;
    /** The most accumulator slots all private accumulators of one reduction may take together. */
    static final int PRIVATE_SLOTS = 1 << 20;
    /** The narrowest block of outputs a kept inner axis is cut into (long enough for streaming reads). */
    static final int MIN_WIDTH = 256;

    private final ReductionPlan p;
    private final Object data;
    private final DType dtype;
    private final int offset;
    private final ReduceOp op;
    private final Object acc;
    private final int blockWidth;

    private Reduction(ReductionPlan p, Object data, DType dtype, int offset, ReduceOp op, Object acc) {
        this.p = p;
        this.data = data;
        this.dtype = dtype;
        this.offset = offset;
        this.op = op;
        this.acc = acc;
        this.blockWidth = blockWidth(p);
    }

    /**
     * Reduces the array {@code x} over the axes marked in {@code reduced}.
     *
     * @return the op's accumulator array, one slot per output in C order over the kept axes (the identity
     *         where nothing was reduced into an output)
     */
    public static Object run(HostBuffer x, boolean[] reduced, ReduceOp op) {
        ReductionPlan plan = ReductionPlan.of(x.shape(), x.strides(), reduced);
        Object acc = op.newAccumulators(plan.outputs);
        if (plan.total > 0) {
            new Reduction(plan, x.data(), x.dtype(), x.offset(), op, acc).execute();
        }
        return acc;
    }

    private void execute() {
        int pieces = (int) Math.min(MAX_PIECES, Math.max(1, p.total / GRAIN));
        long reducedRuns = p.redCount;
        int units = p.rows ? p.outputs : blocksPerRow() * (int) p.keptRows;
        if (pieces == 1) {
            range(acc, 0, units, 0, reducedRuns, op.folder(data, dtype));
        } else if (p.rows) {
            splitRows(pieces, units, reducedRuns);
        } else {
            splitColumns(pieces, units, reducedRuns);
        }
    }

    /** Rows: by outputs when there are enough, else by runs, else inside each (long) run. */
    private void splitRows(int pieces, int units, long reducedRuns) {
        if (units >= Math.min(pieces, ENOUGH_UNITS)) {
            splitUnits(units, Math.min(units, pieces));
        } else if (reducedRuns >= pieces) {
            splitReduced(units, pieces);
        } else if (p.innerLen >= 2 * GRAIN) {
            parallelRuns();
        } else if (units >= reducedRuns) {
            splitUnits(units, units);
        } else {
            splitReduced(units, (int) reducedRuns);
        }
    }

    /**
     * Columns: preferably by reduced rows into private accumulators (each piece then reads its input rows in
     * memory order, as a serial loop would) while those stay small, else by blocks of outputs.
     */
    private void splitColumns(int pieces, int units, long reducedRuns) {
        int parts = (int) Math.min(Math.min(pieces, reducedRuns), Math.max(1, PRIVATE_SLOTS / p.outputs));
        if (parts >= Math.min(pieces, ENOUGH_UNITS) || (parts > 1 && units < 2)) {
            splitReduced(units, parts);
        } else if (units > 1) {
            splitUnits(units, Math.min(units, pieces));
        } else {
            range(acc, 0, units, 0, reducedRuns, op.folder(data, dtype));
        }
    }

    /** Output blocks per kept row: enough blocks to share the work out, none wider than a scratch block. */
    private int blocksPerRow() {
        return (p.innerLen + blockWidth - 1) / blockWidth;
    }

    /**
     * The width of an output block in column mode: a scratch block, or narrower (down to {@link #MIN_WIDTH})
     * when there are too few kept rows to give {@link #ENOUGH_UNITS} blocks.
     */
    private static int blockWidth(ReductionPlan p) {
        long perRow = (ENOUGH_UNITS + p.keptRows - 1) / p.keptRows;
        long width = (p.innerLen + perRow - 1) / perRow;
        return (int) Math.max(MIN_WIDTH, Math.min(StridedLoop.BLOCK, width));
    }

    /** Units [u0, u1) over reduced positions [r0, r1), into {@code into}. */
    private void range(Object into, int u0, int u1, long r0, long r1, ReduceOp.Folder f) {
        if (p.rows) {
            rowRange(into, u0, u1, r0, r1, f);
        } else {
            blockRange(into, u0, u1, r0, r1, f);
        }
    }

    private void splitUnits(int units, int parts) {
        long per = ((long) units + parts - 1) / parts;
        Parallel.forEach(parts, k -> {
            long s = k * per;
            long e = Math.min(units, s + per);
            if (s < e) {
                range(acc, (int) s, (int) e, 0, p.redCount, op.folder(data, dtype));
            }
        });
    }

    private void splitReduced(int units, int parts) {
        Object[] partial = new Object[parts];
        long runs = p.redCount;
        long per = (runs + parts - 1) / parts;
        Parallel.forEach(parts, k -> {
            partial[k] = op.newAccumulators(p.outputs);
            long s = k * per;
            long e = Math.min(runs, s + per);
            if (s < e) {
                range(partial[k], 0, units, s, e, op.folder(data, dtype));
            }
        });
        for (Object part : partial) {
            op.merge(acc, 0, part, 0, p.outputs);
        }
    }

    private void parallelRuns() {
        int pieces = (int) Math.min(MAX_PIECES, p.innerLen / GRAIN);
        Cursor out = new Cursor(p.keptDims, p.keptX, p.keptAcc).seek(0);
        Cursor red = new Cursor(p.redDims, p.redX, null);
        for (int o = 0; o < p.outputs; o++) {
            red.seek(0);
            for (long r = 0; r < p.redCount; r++) {
                op.foldRunParallel(acc, out.o1, data, dtype, offset + out.o0 + red.o0, p.innerX, p.innerLen, pieces);
                red.next();
            }
            out.next();
        }
    }

    /** Rows: outputs [o0, o1), each folding its reduced runs [r0, r1). */
    private void rowRange(Object into, int o0, int o1, long r0, long r1, ReduceOp.Folder f) {
        Cursor out = new Cursor(p.keptDims, p.keptX, p.keptAcc).seek(o0);
        Cursor red = new Cursor(p.redDims, p.redX, null);
        for (int o = o0; o < o1; o++) {
            red.seek(r0);
            for (long r = r0; r < r1; r++) {
                f.foldRun(into, out.o1, offset + out.o0 + red.o0, p.innerX, p.innerLen);
                red.next();
            }
            out.next();
        }
    }

    /**
     * Blocks of output rows: unit w is block {@code w % blocksPerRow} of kept row {@code w / blocksPerRow}.
     * The units of one kept row in range make one span of columns; every reduced position in [r0, r1) in turn
     * accumulates its input row segment into the span, so input rows are read in memory order.
     */
    private void blockRange(Object into, int w0, int w1, long r0, long r1, ReduceOp.Folder f) {
        int blocks = blocksPerRow();
        int row = w0 / blocks;
        Cursor out = new Cursor(p.keptDims, p.keptX, p.keptAcc).seek(row);
        Cursor red = new Cursor(p.redDims, p.redX, null);
        for (int w = w0; w < w1; ) {
            while (row < w / blocks) {
                out.next();
                row++;
            }
            int end = Math.min(w1, (row + 1) * blocks);
            int c0 = (w % blocks) * blockWidth;
            int c1 = Math.min(p.innerLen, ((end - 1) % blocks + 1) * blockWidth);
            red.seek(r0);
            for (long r = r0; r < r1; r++) {
                for (int c = c0; c < c1; c += StridedLoop.BLOCK) {
                    f.accumulate(into, out.o1 + c * p.innerAcc, p.innerAcc, offset + out.o0 + red.o0 + c * p.innerX,
                            p.innerX, Math.min(StridedLoop.BLOCK, c1 - c));
                }
                red.next();
            }
            w = end;
        }
    }
}

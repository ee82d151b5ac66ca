package org.xpsci.xp.cpu.kernel;

import java.util.Arrays;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;

/**
 * Cumulative sums and products along one axis. The running value is kept in the compute kind of the output
 * dtype (double for real floating output, so float32 accumulates in double; 64-bit integers with wrap-around,
 * which stores the same low bits as NumPy's narrower accumulators; bool output accumulates "or" for sums and
 * "and" for products). When the axis is the input's innermost in memory each line is scanned on its own;
 * otherwise a block of lines advances together one step of the axis at a time, reading rows in memory order.
 */
public final class Scan {

    /** The operation accumulated. */
    public enum Op {
        /** Running sum, starting from 0. */
        SUM,
        /** Running product, starting from 1. */
        PROD
    }

    private Scan() {
    }

    /**
     * Writes the running {@code op} of {@code x} along {@code axis} into {@code out}, an array of x's shape
     * (any layout, not overlapping x) whose dtype sets the compute kind.
     */
    public static void run(HostBuffer x, int axis, HostBuffer out, Op op) {
        int[] shape = x.shape();
        int[] xStrides = x.strides();
        int[] outStrides = out.strides();
        DType xType = x.dtype();
        DType outType = out.dtype();
        int len = shape[axis];
        int[] outer = AxisLines.outer(shape, axis);
        if (len == 0 || org.xpsci.xp.Axes.size(outer) == 0) {
            return;
        }
        Kind kind = kindOf(outType);
        Step step = Step.of(kind, op);
        int xa = xStrides[axis];
        int oa = outStrides[axis];
        int grain = Math.max(1, Parallel.CHEAP_GRAIN / len);
        boolean lines = AxisLines.innermost(shape, xStrides, axis);
        StridedLoop.run(outer, new int[][] {AxisLines.outer(xStrides, axis), AxisLines.outer(outStrides, axis)},
                new int[] {x.offset(), out.offset()}, grain, () -> {
                    BlockInput in = new BlockInput(x.data(), xType, kind);
                    BlockOutput o = new BlockOutput(out.data(), outType, kind);
                    Object carry = step.newCarry(StridedLoop.BLOCK);
                    if (lines) {
                        return (offs, st, n) -> {
                            for (int j = 0; j < n; j++) {
                                line(step, in, o, carry, offs[0] + j * st[0], xa, offs[1] + j * st[1], oa, len);
                            }
                        };
                    }
                    return (offs, st, n) -> columns(step, kind, in, o, carry, offs, st, n, xa, oa, len);
                });
    }

    private static void line(Step step, BlockInput in, BlockOutput o, Object carry, int xo, int xa, int oo, int oa,
                             int len) {
        step.reset(carry, 1);
        for (int done = 0; done < len; done += StridedLoop.BLOCK) {
            int m = Math.min(StridedLoop.BLOCK, len - done);
            Object v = Runs.read(in, xo + done * xa, xa, m);
            Object t = o.target(oo + done * oa, oa, m);
            step.line(carry, v, in.at(), t, o.at(), m);
            o.flush(m);
        }
    }

    private static void columns(Step step, Kind kind, BlockInput in, BlockOutput o, Object carry, int[] offs,
                                int[] st, int n, int xa, int oa, int len) {
        step.reset(carry, n);
        int w = kind == Kind.COMPLEX ? 2 : 1;
        for (int k = 0; k < len; k++) {
            Object v = Runs.read(in, offs[0] + k * xa, st[0], n);
            step.columns(carry, v, in.at(), n);
            Object t = o.target(offs[1] + k * oa, st[1], n);
            System.arraycopy(carry, 0, t, w * o.at(), w * n);
            o.flush(n);
        }
    }

    private static Kind kindOf(DType d) {
        if (d.isBool()) {
            return Kind.BOOL;
        }
        if (d.isRealFloating()) {
            return Kind.DOUBLE;
        }
        return Kind.of(d);
    }

    /** The per-kind loops: a running value along one line, and a block of running values stepped together. */
    private abstract static class Step {

        static Step of(Kind kind, Op op) {
            boolean sum = op == Op.SUM;
            return switch (kind) {
                case DOUBLE -> new RealStep(sum);
                case COMPLEX -> new ComplexStep(sum);
                case LONG, ULONG -> new IntegerStep(sum);
                case BOOL -> new BoolStep(sum);
                case FLOAT -> throw new IllegalStateException("float32 scans compute in double");
            };
        }

        /** Carry storage for n running values. */
        abstract Object newCarry(int n);

        /** Sets the first n running values to the identity. */
        abstract void reset(Object carry, int n);

        /** o[oat+i] = running value after v[at+i], continuing from carry[0] and leaving the last there. */
        abstract void line(Object carry, Object v, int at, Object o, int oat, int n);

        /** carry[i] = carry[i] op v[at+i] for i &lt; n. */
        abstract void columns(Object carry, Object v, int at, int n);
    }

    private static final class RealStep extends Step {
        private final boolean sum;

        RealStep(boolean sum) {
            this.sum = sum;
        }

        @Override
        Object newCarry(int n) {
            return new double[n];
        }

        @Override
        void reset(Object carry, int n) {
            Arrays.fill((double[]) carry, 0, n, sum ? 0.0 : 1.0);
        }

        @Override
        void line(Object carry, Object v, int at, Object o, int oat, int n) {
            double[] a = (double[]) v;
            double[] r = (double[]) o;
            double c = ((double[]) carry)[0];
            if (sum) {
                for (int i = 0; i < n; i++) {
                    c += a[at + i];
                    r[oat + i] = c;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    c *= a[at + i];
                    r[oat + i] = c;
                }
            }
            ((double[]) carry)[0] = c;
        }

        @Override
        void columns(Object carry, Object v, int at, int n) {
            double[] a = (double[]) v;
            double[] c = (double[]) carry;
            if (sum) {
                for (int i = 0; i < n; i++) {
                    c[i] += a[at + i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    c[i] *= a[at + i];
                }
            }
        }
    }

    private static final class ComplexStep extends Step {
        private final boolean sum;

        ComplexStep(boolean sum) {
            this.sum = sum;
        }

        @Override
        Object newCarry(int n) {
            return new double[2 * n];
        }

        @Override
        void reset(Object carry, int n) {
            double[] c = (double[]) carry;
            for (int i = 0; i < n; i++) {
                c[2 * i] = sum ? 0.0 : 1.0;
                c[2 * i + 1] = 0.0;
            }
        }

        @Override
        void line(Object carry, Object v, int at, Object o, int oat, int n) {
            double[] r = (double[]) o;
            for (int i = 0; i < n; i++) {
                apply((double[]) carry, 0, (double[]) v, at + i);
                r[2 * (oat + i)] = ((double[]) carry)[0];
                r[2 * (oat + i) + 1] = ((double[]) carry)[1];
            }
        }

        @Override
        void columns(Object carry, Object v, int at, int n) {
            for (int i = 0; i < n; i++) {
                apply((double[]) carry, i, (double[]) v, at + i);
            }
        }

        private void apply(double[] c, int i, double[] a, int k) {
            double re = a[2 * k];
            double im = a[2 * k + 1];
            if (sum) {
                c[2 * i] += re;
                c[2 * i + 1] += im;
            } else {
                double cr = c[2 * i];
                double ci = c[2 * i + 1];
                c[2 * i] = cr * re - ci * im;
                c[2 * i + 1] = cr * im + ci * re;
            }
        }
    }

    private static final class IntegerStep extends Step {
        private final boolean sum;

        IntegerStep(boolean sum) {
            this.sum = sum;
        }

        @Override
        Object newCarry(int n) {
            return new long[n];
        }

        @Override
        void reset(Object carry, int n) {
            Arrays.fill((long[]) carry, 0, n, sum ? 0L : 1L);
        }

        @Override
        void line(Object carry, Object v, int at, Object o, int oat, int n) {
            long[] a = (long[]) v;
            long[] r = (long[]) o;
            long c = ((long[]) carry)[0];
            for (int i = 0; i < n; i++) {
                c = sum ? c + a[at + i] : c * a[at + i];
                r[oat + i] = c;
            }
            ((long[]) carry)[0] = c;
        }

        @Override
        void columns(Object carry, Object v, int at, int n) {
            long[] a = (long[]) v;
            long[] c = (long[]) carry;
            for (int i = 0; i < n; i++) {
                c[i] = sum ? c[i] + a[at + i] : c[i] * a[at + i];
            }
        }
    }

    private static final class BoolStep extends Step {
        private final boolean or;

        BoolStep(boolean or) {
            this.or = or;
        }

        @Override
        Object newCarry(int n) {
            return new byte[n];
        }

        @Override
        void reset(Object carry, int n) {
            Arrays.fill((byte[]) carry, 0, n, (byte) (or ? 0 : 1));
        }

        @Override
        void line(Object carry, Object v, int at, Object o, int oat, int n) {
            byte[] a = (byte[]) v;
            byte[] r = (byte[]) o;
            byte c = ((byte[]) carry)[0];
            for (int i = 0; i < n; i++) {
                c = (byte) (or ? c | a[at + i] : c & a[at + i]);
                r[oat + i] = c;
            }
            ((byte[]) carry)[0] = c;
        }

        @Override
        void columns(Object carry, Object v, int at, int n) {
            byte[] a = (byte[]) v;
            byte[] c = (byte[]) carry;
            for (int i = 0; i < n; i++) {
                c[i] = (byte) (or ? c[i] | a[at + i] : c[i] & a[at + i]);
            }
        }
    }
}

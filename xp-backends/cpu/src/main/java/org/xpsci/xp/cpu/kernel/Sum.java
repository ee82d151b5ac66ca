package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;

/**
 * Summation ops: floating-point runs are summed pairwise exactly as NumPy does (float32 input is accumulated
 * in double, which is more accurate than NumPy's float32 accumulator); integers add in 64 bits with
 * wrap-around, as NumPy's integer sums do.
 */
public final class Sum {

    private Sum() {
    }

    /**
     * The sum op computing in {@code kind}: DOUBLE (real floating), COMPLEX, LONG or ULONG (integers, bool as
     * 0/1).
     */
    public static ReduceOp of(Kind kind) {
        return switch (kind) {
            case DOUBLE -> new RealSum();
            case COMPLEX -> new ComplexSum();
            case LONG, ULONG -> new IntegerSum(kind);
            default -> throw new IllegalStateException("no sum computes in kind " + kind);
        };
    }

    /** Pairwise float sums, accumulated in double. */
    static final class RealSum extends ReduceOp {

        RealSum() {
            super(Kind.DOUBLE);
        }

        @Override
        public Object newAccumulators(int n) {
            return new double[n];
        }

        @Override
        public void merge(Object acc, int a, Object part, int b, int n) {
            addInto(acc, a, part, b, n);
        }

        @Override
        public Folder folder(Object data, DType dtype) {
            BlockInput in = new BlockInput(data, dtype, Kind.DOUBLE);
            PairwiseSum.Values values = new PairwiseSum.BlockValues(data, dtype, Kind.DOUBLE);
            return new Folder() {
                @Override
                public void foldRun(Object acc, int a, int off, int stride, int n) {
                    ((double[]) acc)[a] += PairwiseSum.sum(values, off, stride, n);
                }

                @Override
                public void accumulate(Object acc, int a, int as, int off, int stride, int n) {
                    double[] s = (double[]) acc;
                    double[] v = (double[]) Runs.read(in, off, stride, n);
                    int at = in.at();
                    if (as == 1) {
                        for (int i = 0; i < n; i++) {
                            s[a + i] += v[at + i];
                        }
                        return;
                    }
                    for (int i = 0; i < n; i++) {
                        s[a + i * as] += v[at + i];
                    }
                }
            };
        }

        @Override
        public void foldRunParallel(Object acc, int a, Object data, DType dtype, int off, int stride, int n,
                                    int pieces) {
            ((double[]) acc)[a] += PairwiseSum.sumParallel(
                    () -> new PairwiseSum.BlockValues(data, dtype, Kind.DOUBLE), off, stride, n,
                    pieces);
        }
    }

    /** Pairwise complex sums (real and imaginary parts side by side, as NumPy's loop does). */
    static final class ComplexSum extends ReduceOp {

        ComplexSum() {
            super(Kind.COMPLEX);
        }

        @Override
        public Object newAccumulators(int n) {
            return new double[2 * n];
        }

        @Override
        public void merge(Object acc, int a, Object part, int b, int n) {
            addInto(acc, 2 * a, part, 2 * b, 2 * n);
        }

        @Override
        public Folder folder(Object data, DType dtype) {
            BlockInput in = new BlockInput(data, dtype, Kind.COMPLEX);
            PairwiseSum.Values values = new PairwiseSum.BlockValues(data, dtype, Kind.COMPLEX);
            double[] res = new double[2];
            return new Folder() {
                @Override
                public void foldRun(Object acc, int a, int off, int stride, int n) {
                    double[] s = (double[]) acc;
                    PairwiseSum.sumComplex(values, off, stride, n, res);
                    s[2 * a] += res[0];
                    s[2 * a + 1] += res[1];
                }

                @Override
                public void accumulate(Object acc, int a, int as, int off, int stride, int n) {
                    double[] s = (double[]) acc;
                    double[] v = (double[]) Runs.read(in, off, stride, n);
                    int at = 2 * in.at();
                    for (int i = 0; i < n; i++) {
                        int k = 2 * (a + i * as);
                        s[k] += v[at + 2 * i];
                        s[k + 1] += v[at + 2 * i + 1];
                    }
                }
            };
        }

        @Override
        public void foldRunParallel(Object acc, int a, Object data, DType dtype, int off, int stride, int n,
                                    int pieces) {
            double[] res = new double[2];
            PairwiseSum.sumComplexParallel(
                    () -> new PairwiseSum.BlockValues(data, dtype, Kind.COMPLEX), off, stride, n,
                    pieces, res);
            double[] s = (double[]) acc;
            s[2 * a] += res[0];
            s[2 * a + 1] += res[1];
        }
    }

    /** 64-bit integer sums with wrap-around (the same bits for signed and unsigned). */
    static final class IntegerSum extends ReduceOp {

        IntegerSum(Kind kind) {
            super(kind);
        }

        @Override
        public Object newAccumulators(int n) {
            return new long[n];
        }

        @Override
        public void merge(Object acc, int a, Object part, int b, int n) {
            addInto(acc, a, part, b, n);
        }

        @Override
        public Folder folder(Object data, DType dtype) {
            return new BlockFolder(new BlockInput(data, dtype, load())) {
                @Override
                protected void foldBlock(Object acc, int a, Object block, int at, int n) {
                    long[] v = (long[]) block;
                    long s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                    int i = 0;
                    for (; i + 3 < n; i += 4) {
                        s0 += v[at + i];
                        s1 += v[at + i + 1];
                        s2 += v[at + i + 2];
                        s3 += v[at + i + 3];
                    }
                    for (; i < n; i++) {
                        s0 += v[at + i];
                    }
                    ((long[]) acc)[a] += (s0 + s1) + (s2 + s3);
                }

                @Override
                protected void accumulateBlock(Object acc, int a, int as, Object block, int at, int n) {
                    long[] s = (long[]) acc;
                    long[] v = (long[]) block;
                    if (as == 1) {
                        for (int i = 0; i < n; i++) {
                            s[a + i] += v[at + i];
                        }
                        return;
                    }
                    for (int i = 0; i < n; i++) {
                        s[a + i * as] += v[at + i];
                    }
                }
            };
        }
    }
}

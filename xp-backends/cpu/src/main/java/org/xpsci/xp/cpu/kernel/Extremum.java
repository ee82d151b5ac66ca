package org.xpsci.xp.cpu.kernel;

import java.util.Arrays;
import org.xpsci.xp.DType;

/**
 * Maximum and minimum ops: real floating point in double with NaN propagating (as {@link Math#max} does),
 * signed and unsigned 64-bit integers (bool as 0/1). The accumulators start at the identity (-inf/+inf or the
 * integer bounds); callers reject empty reductions before, as NumPy does.
 */
public final class Extremum {

    private Extremum() {
    }

    /** The maximum ({@code max = true}) or minimum op computing in {@code kind}: DOUBLE, LONG or ULONG. */
    public static ReduceOp of(Kind kind, boolean max) {
        return switch (kind) {
            case DOUBLE -> new RealExtremum(max);
            case LONG -> new IntegerExtremum(kind, max, 0);
            case ULONG -> new IntegerExtremum(kind, max, Long.MIN_VALUE);
            default -> throw new IllegalStateException("no maximum or minimum computes in kind " + kind);
        };
    }

    /** Real maxima or minima; NaN wins. */
    static final class RealExtremum extends ReduceOp {

        private final boolean max;

        RealExtremum(boolean max) {
            super(Kind.DOUBLE);
            this.max = max;
        }

        @Override
        public Object newAccumulators(int n) {
            double[] acc = new double[n];
            Arrays.fill(acc, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            return acc;
        }

        @Override
        public void merge(Object acc, int a, Object part, int b, int n) {
            double[] s = (double[]) acc;
            double[] t = (double[]) part;
            for (int i = 0; i < n; i++) {
                s[a + i] = max ? Math.max(s[a + i], t[b + i]) : Math.min(s[a + i], t[b + i]);
            }
        }

        @Override
        public Folder folder(Object data, DType dtype) {
            return new BlockFolder(new BlockInput(data, dtype, Kind.DOUBLE)) {
                @Override
                protected void foldBlock(Object acc, int a, Object block, int at, int n) {
                    double[] v = (double[]) block;
                    double[] s = (double[]) acc;
                    s[a] = max ? max(s[a], v, at, n) : min(s[a], v, at, n);
                }

                @Override
                protected void accumulateBlock(Object acc, int a, int as, Object block, int at, int n) {
                    double[] s = (double[]) acc;
                    double[] v = (double[]) block;
                    if (max) {
                        for (int i = 0; i < n; i++) {
                            s[a + i * as] = Math.max(s[a + i * as], v[at + i]);
                        }
                    } else {
                        for (int i = 0; i < n; i++) {
                            s[a + i * as] = Math.min(s[a + i * as], v[at + i]);
                        }
                    }
                }
            };
        }
    }

    /** The maximum of r and v[at..at+n), with four independent chains (max is associative, NaN included). */
    static double max(double r, double[] v, int at, int n) {
        double m0 = r, m1 = r, m2 = r, m3 = r;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            m0 = Math.max(m0, v[at + i]);
            m1 = Math.max(m1, v[at + i + 1]);
            m2 = Math.max(m2, v[at + i + 2]);
            m3 = Math.max(m3, v[at + i + 3]);
        }
        for (; i < n; i++) {
            m0 = Math.max(m0, v[at + i]);
        }
        return Math.max(Math.max(m0, m1), Math.max(m2, m3));
    }

    /** The minimum of r and v[at..at+n), as {@link #max(double, double[], int, int)}. */
    static double min(double r, double[] v, int at, int n) {
        double m0 = r, m1 = r, m2 = r, m3 = r;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            m0 = Math.min(m0, v[at + i]);
            m1 = Math.min(m1, v[at + i + 1]);
            m2 = Math.min(m2, v[at + i + 2]);
            m3 = Math.min(m3, v[at + i + 3]);
        }
        for (; i < n; i++) {
            m0 = Math.min(m0, v[at + i]);
        }
        return Math.min(Math.min(m0, m1), Math.min(m2, m3));
    }

    /**
     * Integer maxima or minima. Unsigned values are compared with their sign bit flipped ({@code flip} is
     * {@link Long#MIN_VALUE}), which maps unsigned order onto signed order.
     */
    static final class IntegerExtremum extends ReduceOp {

        private final boolean max;
        private final long flip;

        IntegerExtremum(Kind kind, boolean max, long flip) {
            super(kind);
            this.max = max;
            this.flip = flip;
        }

        @Override
        public Object newAccumulators(int n) {
            long[] acc = new long[n];
            Arrays.fill(acc, (max ? Long.MIN_VALUE : Long.MAX_VALUE) ^ flip);
            return acc;
        }

        @Override
        public void merge(Object acc, int a, Object part, int b, int n) {
            long[] s = (long[]) acc;
            long[] t = (long[]) part;
            for (int i = 0; i < n; i++) {
                s[a + i] = pick(s[a + i], t[b + i]);
            }
        }

        private long pick(long x, long y) {
            long fx = x ^ flip;
            long fy = y ^ flip;
            return (max ? Math.max(fx, fy) : Math.min(fx, fy)) ^ flip;
        }

        @Override
        public Folder folder(Object data, DType dtype) {
            return new BlockFolder(new BlockInput(data, dtype, load())) {
                @Override
                protected void foldBlock(Object acc, int a, Object block, int at, int n) {
                    long[] v = (long[]) block;
                    long[] s = (long[]) acc;
                    long r = s[a] ^ flip;
                    if (max) {
                        for (int i = 0; i < n; i++) {
                            r = Math.max(r, v[at + i] ^ flip);
                        }
                    } else {
                        for (int i = 0; i < n; i++) {
                            r = Math.min(r, v[at + i] ^ flip);
                        }
                    }
                    s[a] = r ^ flip;
                }

                @Override
                protected void accumulateBlock(Object acc, int a, int as, Object block, int at, int n) {
                    long[] s = (long[]) acc;
                    long[] v = (long[]) block;
                    for (int i = 0; i < n; i++) {
                        s[a + i * as] = pick(s[a + i * as], v[at + i]);
                    }
                }
            };
        }
    }
}

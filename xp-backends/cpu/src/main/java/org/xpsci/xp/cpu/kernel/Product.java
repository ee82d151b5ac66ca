package org.xpsci.xp.cpu.kernel;

import java.util.Arrays;
import org.xpsci.xp.DType;

/**
 * Product ops, multiplying in order as NumPy does (a product's relative error grows only linearly, so no
 * pairing is needed): float64 (float32 accumulated in double), complex, and 64-bit integers with wrap-around.
 */
public final class Product {

    private Product() {
    }

    /** The product op computing in {@code kind}: DOUBLE, COMPLEX, LONG or ULONG. */
    public static ReduceOp of(Kind kind) {
        return switch (kind) {
            case DOUBLE -> new RealProduct();
            case COMPLEX -> new ComplexProduct();
            case LONG, ULONG -> new IntegerProduct(kind);
            default -> throw new IllegalStateException("no product computes in kind " + kind);
        };
    }

    /** Real products in double. */
    static final class RealProduct extends ReduceOp {

        RealProduct() {
            super(Kind.DOUBLE);
        }

        @Override
        public Object newAccumulators(int n) {
            double[] acc = new double[n];
            Arrays.fill(acc, 1.0);
            return acc;
        }

        @Override
        public void merge(Object acc, int a, Object part, int b, int n) {
            double[] s = (double[]) acc;
            double[] t = (double[]) part;
            for (int i = 0; i < n; i++) {
                s[a + i] *= t[b + i];
            }
        }

        @Override
        public Folder folder(Object data, DType dtype) {
            return new BlockFolder(new BlockInput(data, dtype, Kind.DOUBLE)) {
                @Override
                protected void foldBlock(Object acc, int a, Object block, int at, int n) {
                    double[] v = (double[]) block;
                    double[] s = (double[]) acc;
                    double r = s[a];
                    for (int i = 0; i < n; i++) {
                        r *= v[at + i];
                    }
                    s[a] = r;
                }

                @Override
                protected void accumulateBlock(Object acc, int a, int as, Object block, int at, int n) {
                    double[] s = (double[]) acc;
                    double[] v = (double[]) block;
                    for (int i = 0; i < n; i++) {
                        s[a + i * as] *= v[at + i];
                    }
                }
            };
        }
    }

    /** Complex products, (a+bi)(c+di) = (ac-bd) + (ad+bc)i as NumPy's multiply computes them. */
    static final class ComplexProduct extends ReduceOp {

        ComplexProduct() {
            super(Kind.COMPLEX);
        }

        @Override
        public Object newAccumulators(int n) {
            double[] acc = new double[2 * n];
            for (int i = 0; i < n; i++) {
                acc[2 * i] = 1.0;
            }
            return acc;
        }

        @Override
        public void merge(Object acc, int a, Object part, int b, int n) {
            double[] t = (double[]) part;
            for (int i = 0; i < n; i++) {
                times((double[]) acc, 2 * (a + i), t[2 * (b + i)], t[2 * (b + i) + 1]);
            }
        }

        private static void times(double[] s, int k, double re, double im) {
            double r = s[k];
            double i = s[k + 1];
            s[k] = r * re - i * im;
            s[k + 1] = r * im + i * re;
        }

        @Override
        public Folder folder(Object data, DType dtype) {
            return new BlockFolder(new BlockInput(data, dtype, Kind.COMPLEX)) {
                @Override
                protected void foldBlock(Object acc, int a, Object block, int at, int n) {
                    double[] v = (double[]) block;
                    double[] s = (double[]) acc;
                    for (int i = 0; i < n; i++) {
                        times(s, 2 * a, v[2 * (at + i)], v[2 * (at + i) + 1]);
                    }
                }

                @Override
                protected void accumulateBlock(Object acc, int a, int as, Object block, int at, int n) {
                    double[] s = (double[]) acc;
                    double[] v = (double[]) block;
                    for (int i = 0; i < n; i++) {
                        times(s, 2 * (a + i * as), v[2 * (at + i)], v[2 * (at + i) + 1]);
                    }
                }
            };
        }
    }

    /** 64-bit integer products with wrap-around (the low 64 bits are the same signed or unsigned). */
    static final class IntegerProduct extends ReduceOp {

        IntegerProduct(Kind kind) {
            super(kind);
        }

        @Override
        public Object newAccumulators(int n) {
            long[] acc = new long[n];
            Arrays.fill(acc, 1L);
            return acc;
        }

        @Override
        public void merge(Object acc, int a, Object part, int b, int n) {
            long[] s = (long[]) acc;
            long[] t = (long[]) part;
            for (int i = 0; i < n; i++) {
                s[a + i] *= t[b + i];
            }
        }

        @Override
        public Folder folder(Object data, DType dtype) {
            return new BlockFolder(new BlockInput(data, dtype, load())) {
                @Override
                protected void foldBlock(Object acc, int a, Object block, int at, int n) {
                    long[] v = (long[]) block;
                    long[] s = (long[]) acc;
                    long r = s[a];
                    for (int i = 0; i < n; i++) {
                        r *= v[at + i];
                    }
                    s[a] = r;
                }

                @Override
                protected void accumulateBlock(Object acc, int a, int as, Object block, int at, int n) {
                    long[] s = (long[]) acc;
                    long[] v = (long[]) block;
                    for (int i = 0; i < n; i++) {
                        s[a + i * as] *= v[at + i];
                    }
                }
            };
        }
    }
}

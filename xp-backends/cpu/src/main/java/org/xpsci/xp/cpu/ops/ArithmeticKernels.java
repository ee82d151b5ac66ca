package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/**
 * add, subtract, multiply, divide, negative, positive, abs, square, reciprocal, sign. Integers wrap around in
 * their dtype as NumPy's do (the loops compute in 64 bits and the store narrows). Division and powers are in
 * {@link DivisionKernels}.
 */
final class ArithmeticKernels {

    private ArithmeticKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.ADD, new BinaryKernel("add") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] + b[bo + i];
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] + b[bo + i];
            }

            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] + b[bo + i];
            }

            @Override
            public void complexes(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                int a2 = 2 * ao, b2 = 2 * bo, o2 = 2 * oo;
                for (int i = 0; i < 2 * n; i++) o[o2 + i] = a[a2 + i] + b[b2 + i];
            }
        });
        KernelTable.put(ElementwiseOp.SUBTRACT, new BinaryKernel("subtract") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] - b[bo + i];
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] - b[bo + i];
            }

            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] - b[bo + i];
            }

            @Override
            public void complexes(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                int a2 = 2 * ao, b2 = 2 * bo, o2 = 2 * oo;
                for (int i = 0; i < 2 * n; i++) o[o2 + i] = a[a2 + i] - b[b2 + i];
            }
        });
        KernelTable.put(ElementwiseOp.MULTIPLY, new BinaryKernel("multiply") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * b[bo + i];
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * b[bo + i];
            }

            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * b[bo + i];
            }

            @Override
            public void complexes(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i), q = 2 * (bo + i), r = 2 * (oo + i);
                    double ar = a[p], ai = a[p + 1], br = b[q], bi = b[q + 1];
                    o[r] = ar * br - ai * bi;
                    o[r + 1] = ar * bi + ai * br;
                }
            }
        });
        KernelTable.put(ElementwiseOp.DIVIDE, new BinaryKernel("divide") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] / b[bo + i];
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] / b[bo + i];
            }

            @Override
            public void complexes(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i), q = 2 * (bo + i);
                    ComplexMath.divide(a[p], a[p + 1], b[q], b[q + 1], o, 2 * (oo + i));
                }
            }
        });
        registerUnary();
    }

    private static void registerUnary() {
        KernelTable.put(ElementwiseOp.NEGATIVE, new UnaryKernel("negative") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = -a[ao + i];
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = -a[ao + i];
            }

            @Override
            public void longs(long[] a, int ao, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = -a[ao + i];
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < 2 * n; i++) o[2 * oo + i] = -a[2 * ao + i];
            }
        });
        KernelTable.put(ElementwiseOp.POSITIVE, new IdentityKernel("positive"));
        KernelTable.put(ElementwiseOp.ABS, new UnaryKernel("abs") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.abs(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.abs(a[ao + i]);
            }

            @Override
            public void longs(long[] a, int ao, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.abs(a[ao + i]);
            }

            @Override
            public void ulongs(long[] a, int ao, long[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }

            @Override
            public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }

            @Override
            public void complexToReal(double[] a, int ao, double[] o, int oo, int n) {
                RealMath.moduli(a, ao, o, oo, n);
            }
        });
        KernelTable.put(ElementwiseOp.SQUARE, new UnaryKernel("square") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * a[ao + i];
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * a[ao + i];
            }

            @Override
            public void longs(long[] a, int ao, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] * a[ao + i];
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i), r = 2 * (oo + i);
                    double re = a[p], im = a[p + 1];
                    o[r] = re * re - im * im;
                    o[r + 1] = re * im + im * re;
                }
            }
        });
        KernelTable.put(ElementwiseOp.RECIPROCAL, new UnaryKernel("reciprocal") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = 1.0 / a[ao + i];
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = 1.0f / a[ao + i];
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexMath.reciprocal(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.SIGN, new UnaryKernel("sign") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.sign(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) RealMath.sign(a[ao + i]);
            }

            @Override
            public void longs(long[] a, int ao, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Long.signum(a[ao + i]);
            }

            @Override
            public void ulongs(long[] a, int ao, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = a[ao + i] != 0 ? 1 : 0;
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexMath.sign(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
    }
}

package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/** add, subtract, multiply, divide, negative, positive. */
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
                    int p = 2 * (ao + i), q = 2 * (bo + i), r = 2 * (oo + i);
                    ComplexMath.divide(a[p], a[p + 1], b[q], b[q + 1], o, r);
                }
            }
        });
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
        KernelTable.put(ElementwiseOp.POSITIVE, new UnaryKernel("positive") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }

            @Override
            public void longs(long[] a, int ao, long[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                System.arraycopy(a, 2 * ao, o, 2 * oo, 2 * n);
            }
        });
    }
}

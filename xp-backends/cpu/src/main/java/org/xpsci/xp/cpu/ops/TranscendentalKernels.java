package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/**
 * exp, expm1, log, log1p, log2, log10 and sqrt. Integer input arrives as float64; float32 is computed in
 * double and rounded once (correctly rounded for sqrt); complex input goes through {@link ComplexMath}.
 */
final class TranscendentalKernels {

    private TranscendentalKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.EXP, new UnaryKernel("exp") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                VectorExp.exp(a, ao, o, oo, n);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                VectorExp.exp(a, ao, o, oo, n);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexMath.exp(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.EXPM1, new UnaryKernel("expm1") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.expm1(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.expm1(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexMath.expm1(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.LOG, new UnaryKernel("log") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.log(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.log(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexMath.log(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.LOG1P, new UnaryKernel("log1p") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.log1p(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.log1p(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexMath.log1p(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.LOG2, new UnaryKernel("log2") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.log2(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) RealMath.log2(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexMath.log2(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.LOG10, new UnaryKernel("log10") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.log10(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.log10(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexMath.log10(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.SQRT, new UnaryKernel("sqrt") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.sqrt(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.sqrt(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexMath.sqrt(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });

    }
}

package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/**
 * sin, cos, tan, their inverses, and the hyperbolic functions and their inverses. Integer input arrives as
 * float64; float32 is computed in double and rounded once; complex input goes through {@link ComplexTrig}.
 */
final class TrigonometricKernels {

    private TrigonometricKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.SIN, new UnaryKernel("sin") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.sin(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.sin(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.sin(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.COS, new UnaryKernel("cos") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.cos(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.cos(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.cos(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.TAN, new UnaryKernel("tan") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.tan(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.tan(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.tan(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.ASIN, new UnaryKernel("asin") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.asin(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.asin(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.asin(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.ACOS, new UnaryKernel("acos") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.acos(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.acos(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.acos(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.ATAN, new UnaryKernel("atan") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.atan(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.atan(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.atan(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.SINH, new UnaryKernel("sinh") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.sinh(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.sinh(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.sinh(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.COSH, new UnaryKernel("cosh") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.cosh(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.cosh(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.cosh(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.TANH, new UnaryKernel("tanh") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.tanh(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.tanh(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.tanh(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.ASINH, new UnaryKernel("asinh") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.asinh(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) RealMath.asinh(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.asinh(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.ACOSH, new UnaryKernel("acosh") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.acosh(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) RealMath.acosh(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.acosh(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });
        KernelTable.put(ElementwiseOp.ATANH, new UnaryKernel("atanh") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.atanh(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) RealMath.atanh(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i);
                    ComplexTrig.atanh(a[p], a[p + 1], o, 2 * (oo + i));
                }
            }
        });

    }
}

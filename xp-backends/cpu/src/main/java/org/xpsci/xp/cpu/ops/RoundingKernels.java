package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/**
 * ceil, floor, trunc and round (half to even). Integers are already integral and come back unchanged, in
 * their own dtype; bool too for ceil, floor and trunc, as in NumPy. round rounds both parts of a complex.
 * Zeros keep their sign, infinities and NaN pass through.
 */
final class RoundingKernels {

    private RoundingKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.CEIL, new IntegralKernel("ceil") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.ceil(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.ceil(a[ao + i]);
            }

            @Override
            public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }
        });
        KernelTable.put(ElementwiseOp.FLOOR, new IntegralKernel("floor") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.floor(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.floor(a[ao + i]);
            }

            @Override
            public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }
        });
        KernelTable.put(ElementwiseOp.TRUNC, new IntegralKernel("trunc") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    double x = a[ao + i];
                    o[oo + i] = x < 0 ? Math.ceil(x) : Math.floor(x);
                }
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    float x = a[ao + i];
                    o[oo + i] = (float) (x < 0 ? Math.ceil(x) : Math.floor(x));
                }
            }

            @Override
            public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
                System.arraycopy(a, ao, o, oo, n);
            }
        });
        KernelTable.put(ElementwiseOp.ROUND, new IntegralKernel("round") {
            @Override
            public void doubles(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.rint(a[ao + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.rint(a[ao + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] o, int oo, int n) {
                for (int i = 0; i < 2 * n; i++) o[2 * oo + i] = Math.rint(a[2 * ao + i]);
            }
        });
    }

    /** A rounding function: the identity on integers. */
    private abstract static class IntegralKernel extends UnaryKernel {

        IntegralKernel(String name) {
            super(name);
        }

        @Override
        public void longs(long[] a, int ao, long[] o, int oo, int n) {
            System.arraycopy(a, ao, o, oo, n);
        }
    }
}

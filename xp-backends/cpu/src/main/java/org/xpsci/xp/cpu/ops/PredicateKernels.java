package org.xpsci.xp.cpu.ops;

import java.util.Arrays;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.UnaryKernel;

/**
 * isnan, isinf, isfinite (every numeric dtype; integers and bool are always finite, and a complex value is
 * infinite when either part is, even with the other NaN) and signbit (the raw sign bit, so -0 and NaNs with
 * the sign bit set count).
 */
final class PredicateKernels {

    private PredicateKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.ISNAN, new ConstantOnIntegers("isnan", false) {
            @Override
            public void doublesToBool(double[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] != a[ao + i] ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] != a[ao + i] ? 1 : 0);
            }

            @Override
            public void complexToBool(double[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    double re = a[2 * (ao + i)], im = a[2 * (ao + i) + 1];
                    o[oo + i] = (byte) (re != re || im != im ? 1 : 0);
                }
            }
        });
        KernelTable.put(ElementwiseOp.ISINF, new ConstantOnIntegers("isinf", false) {
            @Override
            public void doublesToBool(double[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (Double.isInfinite(a[ao + i]) ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (Float.isInfinite(a[ao + i]) ? 1 : 0);
            }

            @Override
            public void complexToBool(double[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    double re = a[2 * (ao + i)], im = a[2 * (ao + i) + 1];
                    o[oo + i] = (byte) (Double.isInfinite(re) || Double.isInfinite(im) ? 1 : 0);
                }
            }
        });
        KernelTable.put(ElementwiseOp.ISFINITE, new ConstantOnIntegers("isfinite", true) {
            @Override
            public void doublesToBool(double[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (Math.abs(a[ao + i]) <= Double.MAX_VALUE ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (Math.abs(a[ao + i]) <= Float.MAX_VALUE ? 1 : 0);
            }

            @Override
            public void complexToBool(double[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    double re = a[2 * (ao + i)], im = a[2 * (ao + i) + 1];
                    o[oo + i] = (byte) (Double.isFinite(re) && Double.isFinite(im) ? 1 : 0);
                }
            }
        });
        KernelTable.put(ElementwiseOp.SIGNBIT, new UnaryKernel("signbit") {
            @Override
            public void doublesToBool(double[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (Double.doubleToRawLongBits(a[ao + i]) < 0 ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (Float.floatToRawIntBits(a[ao + i]) < 0 ? 1 : 0);
            }
        });
    }

    /** A predicate whose value on integers and bool is a constant. */
    private abstract static class ConstantOnIntegers extends UnaryKernel {

        private final byte value;

        ConstantOnIntegers(String name, boolean value) {
            super(name);
            this.value = (byte) (value ? 1 : 0);
        }

        @Override
        public void longsToBool(long[] a, int ao, byte[] o, int oo, int n) {
            Arrays.fill(o, oo, oo + n, value);
        }

        @Override
        public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
            Arrays.fill(o, oo, oo + n, value);
        }
    }
}

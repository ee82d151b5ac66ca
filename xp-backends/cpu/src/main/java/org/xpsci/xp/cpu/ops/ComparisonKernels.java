package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;

/**
 * equal, not_equal, less, less_equal, greater, greater_equal: IEEE comparisons (NaN compares unequal to
 * everything, -0 equals +0), unsigned order for unsigned integers (uint64 above 2^63 included), False < True
 * for bool, and equality of both parts for complex.
 */
final class ComparisonKernels {

    /** Flipping the sign bit maps unsigned order onto signed order. */
    private static final long FLIP = Long.MIN_VALUE;

    private ComparisonKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.EQUAL, new BinaryKernel("equal") {
            @Override
            public void doublesToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] == b[bo + i] ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, float[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] == b[bo + i] ? 1 : 0);
            }

            @Override
            public void longsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] == b[bo + i] ? 1 : 0);
            }

            @Override
            public void boolsToBool(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] == b[bo + i] ? 1 : 0);
            }

            @Override
            public void complexToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i), q = 2 * (bo + i);
                    o[oo + i] = (byte) (a[p] == b[q] && a[p + 1] == b[q + 1] ? 1 : 0);
                }
            }
        });
        KernelTable.put(ElementwiseOp.NOT_EQUAL, new BinaryKernel("not_equal") {
            @Override
            public void doublesToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] != b[bo + i] ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, float[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] != b[bo + i] ? 1 : 0);
            }

            @Override
            public void longsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] != b[bo + i] ? 1 : 0);
            }

            @Override
            public void boolsToBool(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] != b[bo + i] ? 1 : 0);
            }

            @Override
            public void complexToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i), q = 2 * (bo + i);
                    o[oo + i] = (byte) (a[p] != b[q] || a[p + 1] != b[q + 1] ? 1 : 0);
                }
            }
        });
        KernelTable.put(ElementwiseOp.LESS, new BinaryKernel("less") {
            @Override
            public void doublesToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] < b[bo + i] ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, float[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] < b[bo + i] ? 1 : 0);
            }

            @Override
            public void longsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] < b[bo + i] ? 1 : 0);
            }

            @Override
            public void ulongsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) ((a[ao + i] ^ FLIP) < (b[bo + i] ^ FLIP) ? 1 : 0);
            }

            @Override
            public void boolsToBool(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] < b[bo + i] ? 1 : 0);
            }
        });
        KernelTable.put(ElementwiseOp.LESS_EQUAL, new BinaryKernel("less_equal") {
            @Override
            public void doublesToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] <= b[bo + i] ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, float[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] <= b[bo + i] ? 1 : 0);
            }

            @Override
            public void longsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] <= b[bo + i] ? 1 : 0);
            }

            @Override
            public void ulongsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) ((a[ao + i] ^ FLIP) <= (b[bo + i] ^ FLIP) ? 1 : 0);
            }

            @Override
            public void boolsToBool(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] <= b[bo + i] ? 1 : 0);
            }
        });
        KernelTable.put(ElementwiseOp.GREATER, new BinaryKernel("greater") {
            @Override
            public void doublesToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] > b[bo + i] ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, float[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] > b[bo + i] ? 1 : 0);
            }

            @Override
            public void longsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] > b[bo + i] ? 1 : 0);
            }

            @Override
            public void ulongsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) ((a[ao + i] ^ FLIP) > (b[bo + i] ^ FLIP) ? 1 : 0);
            }

            @Override
            public void boolsToBool(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] > b[bo + i] ? 1 : 0);
            }
        });
        KernelTable.put(ElementwiseOp.GREATER_EQUAL, new BinaryKernel("greater_equal") {
            @Override
            public void doublesToBool(double[] a, int ao, double[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] >= b[bo + i] ? 1 : 0);
            }

            @Override
            public void floatsToBool(float[] a, int ao, float[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] >= b[bo + i] ? 1 : 0);
            }

            @Override
            public void longsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] >= b[bo + i] ? 1 : 0);
            }

            @Override
            public void ulongsToBool(long[] a, int ao, long[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) ((a[ao + i] ^ FLIP) >= (b[bo + i] ^ FLIP) ? 1 : 0);
            }

            @Override
            public void boolsToBool(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] >= b[bo + i] ? 1 : 0);
            }
        });
    }
}

package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;

/** equal, not_equal, less, less_equal, greater, greater_equal. */
final class ComparisonKernels {

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
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (Long.compareUnsigned(a[ao + i], b[bo + i]) < 0 ? 1 : 0);
            }

            @Override
            public void boolsToBool(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] < b[bo + i] ? 1 : 0);
            }
        });
    }
}

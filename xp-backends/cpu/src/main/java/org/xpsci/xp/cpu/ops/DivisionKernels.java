package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;

/**
 * floor_divide, remainder and pow: Python's sign rules (NumPy's {@code npy_divmod} for floats), integer
 * division or remainder by zero giving 0 as NumPy does, unsigned 64-bit division for uint64, and integer
 * powers by repeated squaring that wrap around like NumPy's (a negative exponent is an error).
 */
final class DivisionKernels {

    /** NumPy's message for an integer raised to a negative integer power. */
    static final String NEGATIVE_POWER = "Integers to negative integer powers are not allowed.";

    private DivisionKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.FLOOR_DIVIDE, new BinaryKernel("floor_divide") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.floorDivide(a[ao + i], b[bo + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.floorDivide(a[ao + i], b[bo + i]);
            }

            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long y = b[bo + i];
                    o[oo + i] = y == 0 ? 0 : Math.floorDiv(a[ao + i], y);
                }
            }

            @Override
            public void ulongs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long y = b[bo + i];
                    o[oo + i] = y == 0 ? 0 : Long.divideUnsigned(a[ao + i], y);
                }
            }
        });
        KernelTable.put(ElementwiseOp.REMAINDER, new BinaryKernel("remainder") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.remainder(a[ao + i], b[bo + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.remainder(a[ao + i], b[bo + i]);
            }

            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long y = b[bo + i];
                    o[oo + i] = y == 0 ? 0 : Math.floorMod(a[ao + i], y);
                }
            }

            @Override
            public void ulongs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long y = b[bo + i];
                    o[oo + i] = y == 0 ? 0 : Long.remainderUnsigned(a[ao + i], y);
                }
            }
        });
        KernelTable.put(ElementwiseOp.POW, new BinaryKernel("pow") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.pow(a[ao + i], b[bo + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) RealMath.pow(a[ao + i], b[bo + i]);
            }

            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long e = b[bo + i];
                    if (e < 0) {
                        throw new IllegalArgumentException(NEGATIVE_POWER);
                    }
                    o[oo + i] = power(a[ao + i], e);
                }
            }

            @Override
            public void ulongs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = power(a[ao + i], b[bo + i]);
            }

            @Override
            public void complexes(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int p = 2 * (ao + i), q = 2 * (bo + i);
                    ComplexMath.pow(a[p], a[p + 1], b[q], b[q + 1], o, 2 * (oo + i));
                }
            }
        });
    }

    /** base^e modulo 2^64 by repeated squaring; e is read as unsigned. */
    static long power(long base, long e) {
        long r = 1;
        while (e != 0) {
            if ((e & 1) != 0) {
                r *= base;
            }
            e >>>= 1;
            base *= base;
        }
        return r;
    }
}

package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.cpu.kernel.BinaryKernel;

/**
 * The binary floating-point functions copysign, nextafter (float32 steps in float32), hypot (no undue
 * overflow), atan2 and logaddexp, and maximum and minimum (NaN propagates; of two equal values, x2 as in
 * NumPy; unsigned order for unsigned integers; or/and for bool). The predicates isnan, isinf, isfinite and
 * signbit are in {@link PredicateKernels}.
 */
final class FloatingKernels {

    /** Flipping the sign bit maps unsigned order onto signed order. */
    private static final long FLIP = Long.MIN_VALUE;
    /** The sign bit of a double (copysign works on raw bits: NaN signs count, as the standard requires). */
    private static final long SIGN = Long.MIN_VALUE;
    private static final int FLOAT_SIGN = Integer.MIN_VALUE;

    private FloatingKernels() {
    }

    static void register() {
        KernelTable.put(ElementwiseOp.COPYSIGN, new BinaryKernel("copysign") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long bits = Double.doubleToRawLongBits(a[ao + i]) & ~SIGN;
                    o[oo + i] = Double.longBitsToDouble(bits | (Double.doubleToRawLongBits(b[bo + i]) & SIGN));
                }
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    int bits = Float.floatToRawIntBits(a[ao + i]) & ~FLOAT_SIGN;
                    o[oo + i] = Float.intBitsToFloat(bits | (Float.floatToRawIntBits(b[bo + i]) & FLOAT_SIGN));
                }
            }
        });
        KernelTable.put(ElementwiseOp.NEXTAFTER, new BinaryKernel("nextafter") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.nextAfter(a[ao + i], b[bo + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.nextAfter(a[ao + i], b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.HYPOT, new BinaryKernel("hypot") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.hypot(a[ao + i], b[bo + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) RealMath.hypot(a[ao + i], b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.ATAN2, new BinaryKernel("atan2") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.atan2(a[ao + i], b[bo + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) Math.atan2(a[ao + i], b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.LOGADDEXP, new BinaryKernel("logaddexp") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = RealMath.logaddexp(a[ao + i], b[bo + i]);
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (float) RealMath.logaddexp(a[ao + i], b[bo + i]);
            }
        });
        registerExtrema();
    }

    private static void registerExtrema() {
        KernelTable.put(ElementwiseOp.MAXIMUM, new BinaryKernel("maximum") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    double x = a[ao + i], y = b[bo + i];
                    o[oo + i] = x > y || x != x ? x : y;
                }
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    float x = a[ao + i], y = b[bo + i];
                    o[oo + i] = x > y || x != x ? x : y;
                }
            }

            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.max(a[ao + i], b[bo + i]);
            }

            @Override
            public void ulongs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long x = a[ao + i], y = b[bo + i];
                    o[oo + i] = (x ^ FLIP) > (y ^ FLIP) ? x : y;
                }
            }

            @Override
            public void bools(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] | b[bo + i]);
            }
        });
        KernelTable.put(ElementwiseOp.MINIMUM, new BinaryKernel("minimum") {
            @Override
            public void doubles(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    double x = a[ao + i], y = b[bo + i];
                    o[oo + i] = x < y || x != x ? x : y;
                }
            }

            @Override
            public void floats(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    float x = a[ao + i], y = b[bo + i];
                    o[oo + i] = x < y || x != x ? x : y;
                }
            }

            @Override
            public void longs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = Math.min(a[ao + i], b[bo + i]);
            }

            @Override
            public void ulongs(long[] a, int ao, long[] b, int bo, long[] o, int oo, int n) {
                for (int i = 0; i < n; i++) {
                    long x = a[ao + i], y = b[bo + i];
                    o[oo + i] = (x ^ FLIP) < (y ^ FLIP) ? x : y;
                }
            }

            @Override
            public void bools(byte[] a, int ao, byte[] b, int bo, byte[] o, int oo, int n) {
                for (int i = 0; i < n; i++) o[oo + i] = (byte) (a[ao + i] & b[bo + i]);
            }
        });
    }
}

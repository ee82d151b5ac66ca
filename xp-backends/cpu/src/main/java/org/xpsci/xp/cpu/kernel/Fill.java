package org.xpsci.xp.cpu.kernel;

import java.util.Arrays;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;

/** Fills ranges of storage with one value converted to the storage's dtype. */
public final class Fill {

    private Fill() {
    }

    /**
     * Fills elements [from, to) of {@code data} (a {@code dtype} storage) with {@code value}: a Number, Boolean
     * or Complex, converted as {@code astype} would (floats truncate into integers).
     */
    public static void fill(Object data, DType dtype, int from, int to, Object value) {
        double re;
        double im = 0;
        long asLong;
        if (value instanceof Complex c) {
            re = c.re();
            im = c.im();
            asLong = (long) re;
        } else if (value instanceof Boolean b) {
            re = b ? 1 : 0;
            asLong = b ? 1 : 0;
        } else if (value instanceof Double || value instanceof Float) {
            re = ((Number) value).doubleValue();
            asLong = dtype == DType.UINT64 ? Loader.doubleToUnsigned(re) : (long) re;
        } else if (value instanceof Number n) {
            asLong = n.longValue();
            re = dtype == DType.UINT64 ? org.xpsci.xp.HostReader.unsignedToDouble(asLong) : asLong;
        } else {
            throw new IllegalArgumentException("fill value must be a Number, Boolean or Complex; got "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        switch (dtype) {
            case BOOL -> Arrays.fill((byte[]) data, from, to, (byte) (re != 0 || im != 0 ? 1 : 0));
            case INT8, UINT8 -> Arrays.fill((byte[]) data, from, to, (byte) asLong);
            case INT16, UINT16 -> Arrays.fill((short[]) data, from, to, (short) asLong);
            case INT32, UINT32 -> Arrays.fill((int[]) data, from, to, (int) asLong);
            case INT64, UINT64 -> Arrays.fill((long[]) data, from, to, asLong);
            case FLOAT32 -> Arrays.fill((float[]) data, from, to, (float) re);
            case FLOAT64 -> Arrays.fill((double[]) data, from, to, re);
            case COMPLEX64 -> {
                float[] a = (float[]) data;
                for (int i = from; i < to; i++) {
                    a[2 * i] = (float) re;
                    a[2 * i + 1] = (float) im;
                }
            }
            case COMPLEX128 -> {
                double[] a = (double[]) data;
                for (int i = from; i < to; i++) {
                    a[2 * i] = re;
                    a[2 * i + 1] = im;
                }
            }
        }
    }
}

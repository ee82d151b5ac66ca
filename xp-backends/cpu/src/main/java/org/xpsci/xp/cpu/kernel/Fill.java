package org.xpsci.xp.cpu.kernel;

import java.util.Arrays;
import org.xpsci.xp.DType;
import org.xpsci.xp.spi.HostData;
import org.xpsci.xp.spi.HostStorage;

/** Fills ranges of storage with one value converted to the storage's dtype. */
public final class Fill {

    private Fill() {
    }

    /**
     * Fills elements [from, to) of {@code data} (a {@code dtype} storage) with {@code value}: a Number, Boolean
     * or Complex, converted as {@link HostData#store} converts a Java scalar (floats truncate into integers).
     *
     * @throws IllegalArgumentException for a value {@link HostData#store} refuses, even for an empty range
     */
    public static void fill(Object data, DType dtype, int from, int to, Object value) {
        Object one = HostStorage.allocate(dtype, 1);
        HostData.store(one, dtype, 0, value);
        switch (dtype) {
            case BOOL, INT8, UINT8 -> Arrays.fill((byte[]) data, from, to, ((byte[]) one)[0]);
            case INT16, UINT16 -> Arrays.fill((short[]) data, from, to, ((short[]) one)[0]);
            case INT32, UINT32 -> Arrays.fill((int[]) data, from, to, ((int[]) one)[0]);
            case INT64, UINT64 -> Arrays.fill((long[]) data, from, to, ((long[]) one)[0]);
            case FLOAT32 -> Arrays.fill((float[]) data, from, to, ((float[]) one)[0]);
            case FLOAT64 -> Arrays.fill((double[]) data, from, to, ((double[]) one)[0]);
            case COMPLEX64 -> {
                float[] a = (float[]) data;
                float[] v = (float[]) one;
                for (int i = from; i < to; i++) {
                    a[2 * i] = v[0];
                    a[2 * i + 1] = v[1];
                }
            }
            case COMPLEX128 -> {
                double[] a = (double[]) data;
                double[] v = (double[]) one;
                for (int i = from; i < to; i++) {
                    a[2 * i] = v[0];
                    a[2 * i + 1] = v[1];
                }
            }
        }
    }
}

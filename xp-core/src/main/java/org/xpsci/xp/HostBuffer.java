package org.xpsci.xp;

/**
 * A view of an array's host memory: the primitive Java array that holds it and the strided layout over it.
 * Obtained through {@link Xp#hostBuffer(NdArray)}, the capability that switches host fast paths on.
 *
 * <p>Element {@code (i0, i1, ...)} lives at {@code offset + i0*strides[0] + i1*strides[1] + ...} counted in
 * elements. Storage is in the dtype's natural width: bool and int8/uint8 in {@code byte[]}, int16/uint16 in
 * {@code short[]}, int32/uint32 in {@code int[]}, int64/uint64 in {@code long[]}, float32 in {@code float[]},
 * float64 in {@code double[]}, complex64 in {@code float[]} and complex128 in {@code double[]} with real and
 * imaginary parts interleaved (element k at {@code [2k]} and {@code [2k+1]}). Writing through a host buffer
 * writes the array: consumers must treat input buffers as read-only.
 *
 * @param data    the primitive array
 * @param dtype   the element dtype
 * @param shape   the shape
 * @param strides strides in elements (may be 0 or negative)
 * @param offset  position of element (0, 0, ...) in elements
 */
public record HostBuffer(Object data, DType dtype, int[] shape, int[] strides, int offset) {

    /** The data as {@code double[]} (float64 and complex128). */
    public double[] doubles() {
        return (double[]) data;
    }

    /** The data as {@code float[]} (float32 and complex64). */
    public float[] floats() {
        return (float[]) data;
    }

    /** The data as {@code long[]} (int64 and uint64). */
    public long[] longs() {
        return (long[]) data;
    }

    /** The data as {@code int[]} (int32 and uint32). */
    public int[] ints() {
        return (int[]) data;
    }

    /** The data as {@code short[]} (int16 and uint16). */
    public short[] shorts() {
        return (short[]) data;
    }

    /** The data as {@code byte[]} (bool, int8 and uint8). */
    public byte[] bytes() {
        return (byte[]) data;
    }

    /** True when the elements are laid out in C order with no gaps. */
    public boolean isCContiguous() {
        return org.xpsci.xp.spi.StridedLayout.isContiguous(shape, strides);
    }

    /** The number of elements. */
    public long size() {
        return Axes.size(shape);
    }
}

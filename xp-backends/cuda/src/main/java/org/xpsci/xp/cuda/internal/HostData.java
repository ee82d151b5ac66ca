package org.xpsci.xp.cuda.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;

/**
 * Java values ({@code asarray}'s input: scalars, primitive arrays of any nesting depth, Number[], Complex[])
 * converted to contiguous host storage of one dtype, ready to upload.
 *
 * @param data  the primitive storage
 * @param dtype its dtype
 * @param shape the shape
 */
public record HostData(Object data, DType dtype, int[] shape) {

    /**
     * Converts {@code obj}; dtype null infers it (float64 for double data, int64 for long data and integral
     * Numbers, bool for booleans, complex128 for Complex values, the primitive type's own dtype otherwise).
     *
     * @throws IllegalArgumentException for ragged nesting, unsupported element types, or complex values with a
     *                                  non-complex dtype
     */
    public static HostData of(Object obj, DType dtype) {
        List<Integer> dims = new ArrayList<>();
        Object cur = obj;
        while (cur != null && cur.getClass().isArray()) {
            int len = Array.getLength(cur);
            dims.add(len);
            if (len == 0) {
                break;
            }
            Object first = Array.get(cur, 0);
            if (first == null || !first.getClass().isArray()) {
                break;
            }
            cur = first;
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        List<Object> leaves = new ArrayList<>();
        if (obj != null && obj.getClass().isArray()) {
            flatten(obj, 0, shape, leaves);
        } else {
            leaves.add(obj);
        }
        DType d = dtype != null ? dtype : infer(obj, leaves);
        Object data = HostArrays.allocate(d, leaves.size());
        for (int i = 0; i < leaves.size(); i++) {
            put(data, d, i, leaves.get(i));
        }
        return new HostData(data, d, shape);
    }

    private static void flatten(Object a, int depth, int[] shape, List<Object> out) {
        int len = Array.getLength(a);
        if (len != shape[depth]) {
            throw new IllegalArgumentException("asarray needs a rectangular (non-ragged) nested array; a row at depth "
                    + depth + " has length " + len + ", expected " + shape[depth]);
        }
        for (int i = 0; i < len; i++) {
            Object v = Array.get(a, i);
            boolean isArray = v != null && v.getClass().isArray();
            if (depth + 1 < shape.length) {
                if (!isArray) {
                    throw new IllegalArgumentException("asarray needs a rectangular nested array; found a scalar at"
                            + " depth " + (depth + 1));
                }
                flatten(v, depth + 1, shape, out);
            } else {
                if (isArray) {
                    throw new IllegalArgumentException("asarray needs a rectangular nested array; found an array at"
                            + " depth " + (depth + 1));
                }
                out.add(v);
            }
        }
    }

    private static DType infer(Object root, List<Object> leaves) {
        Class<?> c = root == null ? Object.class : root.getClass();
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c == double.class) return DType.FLOAT64;
        if (c == float.class) return DType.FLOAT32;
        if (c == long.class) return DType.INT64;
        if (c == int.class) return DType.INT32;
        if (c == short.class) return DType.INT16;
        if (c == byte.class) return DType.INT8;
        if (c == boolean.class) return DType.BOOL;
        boolean anyFloat = false;
        boolean anyComplex = false;
        boolean allBool = !leaves.isEmpty();
        for (Object v : leaves) {
            if (!(v instanceof Number || v instanceof Boolean || v instanceof Complex)) {
                throw new IllegalArgumentException("asarray accepts numbers, booleans and Complex values; got "
                        + (v == null ? "null" : v.getClass().getSimpleName()));
            }
            anyComplex |= v instanceof Complex;
            anyFloat |= v instanceof Double || v instanceof Float;
            allBool &= v instanceof Boolean;
        }
        if (anyComplex) return DType.COMPLEX128;
        if (anyFloat) return DType.FLOAT64;
        if (allBool) return DType.BOOL;
        return leaves.isEmpty() ? DType.FLOAT64 : DType.INT64;
    }

    /** Stores one Java value into element i of primitive storage of dtype d (NumPy's conversions). */
    public static void put(Object data, DType d, int i, Object v) {
        if (v instanceof Complex && !d.isComplexFloating()) {
            throw new IllegalArgumentException("complex values need a complex dtype; got " + d);
        }
        if (!(v instanceof Number || v instanceof Boolean || v instanceof Complex)) {
            throw new IllegalArgumentException("asarray accepts numbers, booleans and Complex values; got "
                    + (v == null ? "null" : v.getClass().getSimpleName()));
        }
        double re = v instanceof Complex c ? c.re() : v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
        double im = v instanceof Complex c ? c.im() : 0;
        boolean integral = v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof Boolean;
        long lv = v instanceof Boolean b ? (b ? 1 : 0) : integral ? ((Number) v).longValue() : (long) re;
        switch (d) {
            case BOOL -> ((byte[]) data)[i] = (byte) (re != 0 || im != 0 ? 1 : 0);
            case INT8, UINT8 -> ((byte[]) data)[i] = (byte) lv;
            case INT16, UINT16 -> ((short[]) data)[i] = (short) lv;
            case INT32, UINT32 -> ((int[]) data)[i] = (int) lv;
            case INT64, UINT64 -> ((long[]) data)[i] = lv;
            case FLOAT32 -> ((float[]) data)[i] = integral ? (float) lv : (float) re;
            case FLOAT64 -> ((double[]) data)[i] = integral ? (double) lv : re;
            case COMPLEX64 -> {
                ((float[]) data)[2 * i] = integral ? (float) lv : (float) re;
                ((float[]) data)[2 * i + 1] = (float) im;
            }
            case COMPLEX128 -> {
                ((double[]) data)[2 * i] = integral ? (double) lv : re;
                ((double[]) data)[2 * i + 1] = im;
            }
        }
    }
}

package org.xpsci.xp.strict;

import java.lang.reflect.Array;
import java.util.List;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.Device;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.MixedBackendException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.ScalarValues;

/**
 * The standard's creation functions on the strict backend, and {@code from_dlpack}: fill values and data must
 * be of a kind the dtype accepts, linspace makes floating-point arrays, meshgrid takes arrays of one numeric
 * dtype, and memory built over a caller's Java array without a copy counts as shared.
 */
final class CreationFunctions {

    private final StrictNamespace ns;

    CreationFunctions(StrictNamespace ns) {
        this.ns = ns;
    }

    NdArray arange(double start, double stop, double step, DType dtype, Device device) {
        StrictInfo.check(device);
        if (dtype != null) {
            Requirements.category("arange", "dtype", dtype, DTypeCategory.REAL_NUMERIC);
            if (dtype.isIntegral() && !(isIntegral(start) && isIntegral(stop) && isIntegral(step))) {
                throw StrictRule.MIXED_KIND_PROMOTION.violation("arange with integer dtype " + dtype + " needs integer"
                        + " start, stop and step; got " + start + ", " + stop + ", " + step);
            }
        }
        return ns.wrap(ns.cpu().arange(start, stop, step, dtype, null));
    }

    private static boolean isIntegral(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v);
    }

    NdArray asarray(Object obj, DType dtype, Device device, Boolean copy) {
        StrictInfo.check(device);
        if (obj instanceof NdArray a) {
            StrictArray s = ns.strict(a, "obj");
            if (dtype != null && dtype != s.dtype()) {
                DataTypeFunctions.checkCast("asarray", s.dtype(), dtype);
            }
            return ns.wrap(ns.cpu().asarray(s.base(), dtype, null, copy), s);
        }
        if (obj == null) {
            throw new IllegalArgumentException("asarray needs an array, a scalar or a Java array; got null");
        }
        if (dtype != null) {
            Promotion.ScalarKind kind = dataKind(obj);
            if (kind != null) {
                Requirements.scalar("asarray", dtype, kind);
            }
        }
        if (obj.getClass().isArray() && Boolean.FALSE.equals(copy)) {
            return ns.wrapShared(ns.cpu().asarray(obj, dtype, null, Boolean.FALSE));
        }
        boolean javaArray = obj.getClass().isArray();
        return ns.wrap(ns.cpu().asarray(obj, dtype, null, javaArray ? Boolean.TRUE : copy));
    }

    /** The widest scalar kind among the data's values (bool < int < float < complex), or null if none. */
    private static Promotion.ScalarKind dataKind(Object obj) {
        if (!obj.getClass().isArray()) {
            return ScalarValues.kindOf(obj);
        }
        Class<?> c = obj.getClass();
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c == double.class || c == float.class) {
            return Promotion.ScalarKind.FLOAT;
        }
        if (c == long.class || c == int.class || c == short.class || c == byte.class) {
            return Promotion.ScalarKind.INT;
        }
        if (c == boolean.class) {
            return Promotion.ScalarKind.BOOL;
        }
        return widestLeaf(obj, null);
    }

    private static Promotion.ScalarKind widestLeaf(Object a, Promotion.ScalarKind acc) {
        Promotion.ScalarKind k = acc;
        for (int i = 0; i < Array.getLength(a); i++) {
            Object v = Array.get(a, i);
            if (v == null) {
                continue;
            }
            Promotion.ScalarKind leaf = v.getClass().isArray() ? widestLeaf(v, k) : ScalarValues.kindOf(v);
            if (k == null || leaf != null && leaf.ordinal() > k.ordinal()) {
                k = leaf;
            }
        }
        return k;
    }

    NdArray empty(int[] shape, DType dtype, Device device) {
        StrictInfo.check(device);
        return ns.wrap(ns.cpu().empty(shape, dtype, null));
    }

    NdArray eye(int nRows, Integer nCols, int k, DType dtype, Device device) {
        StrictInfo.check(device);
        return ns.wrap(ns.cpu().eye(nRows, nCols, k, dtype, null));
    }

    NdArray full(int[] shape, Object fillValue, DType dtype, Device device) {
        StrictInfo.check(device);
        if (dtype != null && fillValue != null) {
            Requirements.scalar("full", dtype, ScalarValues.kindOf(fillValue));
        }
        return ns.wrap(ns.cpu().full(shape, fillValue, dtype, null));
    }

    NdArray linspace(Complex start, Complex stop, int num, DType dtype, Device device, boolean endpoint) {
        StrictInfo.check(device);
        if (dtype != null) {
            Requirements.category("linspace", "dtype", dtype, DTypeCategory.FLOATING);
        }
        return ns.wrap(ns.cpu().linspace(start, stop, num, dtype, null, endpoint));
    }

    List<NdArray> meshgrid(List<NdArray> arrays, String indexing) {
        List<StrictArray> a = ns.strictList(arrays, "arrays");
        for (int i = 0; i < a.size(); i++) {
            Requirements.category("meshgrid", "arrays[" + i + "]", a.get(i).dtype(), DTypeCategory.NUMERIC);
            Requirements.same("meshgrid", "arrays[0]", a.get(0).dtype(), "arrays[" + i + "]", a.get(i).dtype());
        }
        return ns.wrapAll(ns.cpu().meshgrid(StrictNamespace.bases(a), indexing), a.toArray(new StrictArray[0]));
    }

    NdArray tril(StrictArray x, int k) {
        Requirements.minRank("tril", "x", x.shape(), 2);
        return ns.wrap(ns.cpu().tril(x.base(), k), x);
    }

    NdArray triu(StrictArray x, int k) {
        Requirements.minRank("triu", "x", x.shape(), 2);
        return ns.wrap(ns.cpu().triu(x.base(), k), x);
    }

    /**
     * {@code from_dlpack}: an array of this namespace from a strict array, another backend's array or a DLPack
     * descriptor. Zero-copy imports share memory with their producer.
     */
    NdArray fromDlpack(Object x, Device device, Boolean copy) {
        StrictInfo.check(device);
        if (x instanceof StrictArray s && s.namespace() == ns) {
            return Boolean.TRUE.equals(copy) ? ns.wrap(ns.cpu().asarray(s.base(), null, null, true)) : s;
        }
        if (!(x instanceof NdArray) && !(x instanceof DlpackTensor)) {
            throw new MixedBackendException("from_dlpack needs an array or a DlpackTensor; got "
                    + (x == null ? "null" : x.getClass().getName()));
        }
        NdArray imported = ns.cpu().fromDlpack(x, null, copy);
        if (Boolean.TRUE.equals(copy) || imported != x && !sameStorage(imported, x)) {
            return ns.wrap(imported);
        }
        return ns.wrapShared(imported);
    }

    private static boolean sameStorage(NdArray imported, Object source) {
        Object data = imported.dlpack(null, null).hostData();
        if (source instanceof DlpackTensor t) {
            return t.hostData() == data;
        }
        return ((NdArray) source).dlpack(null, null).hostData() == data;
    }
}

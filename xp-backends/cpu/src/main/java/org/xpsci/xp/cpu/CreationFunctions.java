package org.xpsci.xp.cpu;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.IInfo;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.MixedBackendException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.cpu.kernel.Fill;
import org.xpsci.xp.cpu.kernel.Loader;
import org.xpsci.xp.cpu.kernel.Storage;

/** The standard's creation functions on the cpu, and {@code from_dlpack}. */
final class CreationFunctions {

    private final CpuNamespace ns;

    CreationFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray empty(int[] shape, DType dtype, Device device) {
        CpuInfo.check(device);
        return CpuArray.allocate(ns, dtype == null ? DType.FLOAT64 : dtype, checkShape(shape));
    }

    CpuArray full(int[] shape, Object fillValue, DType dtype, Device device) {
        CpuInfo.check(device);
        DType d = dtype != null ? dtype : inferScalar(fillValue);
        if (fillValue instanceof Complex && !d.isComplexFloating()) {
            throw new IllegalArgumentException("a complex fill value needs a complex dtype; got " + d);
        }
        checkIntegerFits(fillValue, d);
        CpuArray out = CpuArray.allocate(ns, d, checkShape(shape));
        Fill.fill(out.data(), d, 0, Math.toIntExact(out.size()), fillValue);
        return out;
    }

    /**
     * {@code arange} as NumPy fills it: the first two values are start and start + step converted to the dtype,
     * and element i is {@code first + i*delta} in the dtype's arithmetic, with delta the difference of the two
     * (so float64 steps carry the rounding of start + step, float32 is computed in float, integers wrap).
     */
    CpuArray arange(double start, double stop, double step, DType dtype, Device device) {
        CpuInfo.check(device);
        if (step == 0 || Double.isNaN(step)) {
            throw new IllegalArgumentException("arange step must be a non-zero number; got " + step);
        }
        if (!Double.isFinite(start) || !Double.isFinite(stop)) {
            throw new IllegalArgumentException("arange start and stop must be finite; got " + start + " and " + stop);
        }
        DType d = dtype == null ? DType.FLOAT64 : dtype;
        double len = Math.ceil((stop - start) / step);
        if (len > Storage.MAX_ELEMENTS) {
            throw new IllegalArgumentException("arange(" + start + ", " + stop + ", " + step + ") would have "
                    + (long) len + " elements, more than a cpu array holds (" + Storage.MAX_ELEMENTS + ")");
        }
        int n = len > 0 ? (int) len : 0;
        if (d.isBool() && n > 2) {
            throw new IllegalArgumentException("arange with dtype bool can only make False, True (at most 2"
                    + " elements); got a length of " + n);
        }
        CpuArray out = CpuArray.allocate(ns, d, new int[] {n});
        double second = start + step;
        if (d == DType.FLOAT32) {
            float first = (float) start;
            float delta = (float) second - first;
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = i == 1 ? (float) second : first + (float) i * delta;
            }
            Loader.fromFloat(v, n, out.data(), d, 0, 1);
        } else if (d.isIntegral()) {
            long first = toInteger(start, d);
            long delta = toInteger(second, d) - first;
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = first + i * delta;
            }
            Loader.fromLong(v, n, out.data(), d, 0, 1);
        } else {
            double delta = second - start;
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = i == 1 ? second : start + i * delta;
            }
            Loader.fromDouble(v, n, out.data(), d, 0, 1);
        }
        return out;
    }

    private static long toInteger(double v, DType d) {
        return d == DType.UINT64 ? Loader.doubleToUnsigned(v) : (long) v;
    }

    CpuArray eye(int nRows, Integer nCols, int k, DType dtype, Device device) {
        CpuInfo.check(device);
        int cols = nCols == null ? nRows : nCols;
        if (nRows < 0 || cols < 0) {
            throw new IllegalArgumentException("eye needs non-negative n_rows and n_cols; got " + nRows + " and " + cols);
        }
        DType d = dtype == null ? DType.FLOAT64 : dtype;
        CpuArray out = CpuArray.allocate(ns, d, new int[] {nRows, cols});
        Object one = d.isBool() ? Boolean.TRUE : (Object) 1L;
        for (int i = 0; i < nRows; i++) {
            int j = i + k;
            if (j >= 0 && j < cols) {
                Fill.fill(out.data(), d, i * cols + j, i * cols + j + 1, one);
            }
        }
        return out;
    }

    CpuArray linspace(Complex start, Complex stop, int num, DType dtype, Device device, boolean endpoint) {
        CpuInfo.check(device);
        if (num < 0) {
            throw new IllegalArgumentException("linspace num must be non-negative; got " + num);
        }
        boolean complex = start.im() != 0 || stop.im() != 0;
        DType d = dtype != null ? dtype : DType.COMPLEX128;
        if (complex && !d.isComplexFloating()) {
            throw new IllegalArgumentException("linspace with complex endpoints needs a complex dtype; got " + d);
        }
        CpuArray out = CpuArray.allocate(ns, d, new int[] {num});
        int div = endpoint ? num - 1 : num;
        double[] v = new double[2 * num];
        for (int part = 0; part < 2; part++) {
            double a = part == 0 ? start.re() : start.im();
            double b = part == 0 ? stop.re() : stop.im();
            double step = div > 0 ? (b - a) / div : Double.NaN;
            for (int i = 0; i < num; i++) {
                v[2 * i + part] = div > 0 ? a + i * step : a;
            }
            if (endpoint && num > 1) {
                v[2 * (num - 1) + part] = b;
            }
        }
        if (d.isIntegral()) {
            for (int i = 0; i < num; i++) {
                v[2 * i] = Math.floor(v[2 * i]); // NumPy floors before the cast to an integer dtype
            }
        }
        Loader.fromComplex(v, num, out.data(), d, 0, 1);
        return out;
    }

    List<NdArray> meshgrid(List<NdArray> arrays, String indexing) {
        if (!"xy".equals(indexing) && !"ij".equals(indexing)) {
            throw new IllegalArgumentException("meshgrid indexing must be \"xy\" or \"ij\"; got " + indexing);
        }
        int n = arrays.size();
        int[] shape = new int[n];
        List<CpuArray> a = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CpuArray c = ns.cpu(arrays.get(i), "arrays[" + i + "]");
            if (c.ndim() != 1) {
                throw new IllegalArgumentException("meshgrid needs 1-d arrays; arrays[" + i + "] has shape "
                        + Broadcast.format(c.shapeRef()));
            }
            a.add(c);
            shape[i] = c.shapeRef()[0];
        }
        boolean xy = "xy".equals(indexing) && n >= 2;
        if (xy) {
            int t = shape[0];
            shape[0] = shape[1];
            shape[1] = t;
        }
        List<NdArray> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int axis = xy && i < 2 ? 1 - i : i;
            int[] s = new int[n];
            java.util.Arrays.fill(s, 1);
            s[axis] = shape[axis];
            CpuArray r = ns.manipulation().reshape(a.get(i), s, null);
            CpuArray b = ns.manipulation().broadcastTo(r, shape);
            out.add(ns.copyOf(b));
        }
        return out;
    }

    CpuArray tril(CpuArray x, int k) {
        return triangle(x, k, true);
    }

    CpuArray triu(CpuArray x, int k) {
        return triangle(x, k, false);
    }

    private CpuArray triangle(CpuArray x, int k, boolean lower) {
        if (x.ndim() < 2) {
            throw new IllegalArgumentException((lower ? "tril" : "triu") + " needs an array of at least 2 dimensions;"
                    + " got shape " + Broadcast.format(x.shapeRef()));
        }
        CpuArray out = ns.copyOf(x);
        int[] s = out.shapeRef();
        int rows = s[s.length - 2];
        int cols = s[s.length - 1];
        long batches = out.size() / Math.max(1L, (long) rows * cols);
        if (rows == 0 || cols == 0) {
            return out;
        }
        for (long b = 0; b < batches; b++) {
            int base = (int) (b * rows * cols);
            for (int i = 0; i < rows; i++) {
                int from = lower ? Math.max(0, Math.min(cols, i + k + 1)) : 0;
                int to = lower ? cols : Math.max(0, Math.min(cols, i + k));
                if (from < to) {
                    Fill.fill(out.data(), out.dtype(), base + i * cols + from, base + i * cols + to, 0L);
                }
            }
        }
        return out;
    }

    // ---- asarray ------------------------------------------------------------------------------------------

    CpuArray asarray(Object obj, DType dtype, Device device, Boolean copy) {
        CpuInfo.check(device);
        if (obj instanceof NdArray a) {
            if (!(a instanceof CpuArray c) || c.namespace() != ns) {
                throw new MixedBackendException("asarray got a " + a.namespace().name() + " array; the cpu backend"
                        + " takes arrays of other backends only through fromDlpack(x, device, copy)");
            }
            boolean sameType = dtype == null || dtype == c.dtype();
            if (Boolean.FALSE.equals(copy) && !sameType) {
                throw new IllegalArgumentException("asarray with copy=false cannot cast " + c.dtype() + " to " + dtype);
            }
            if (Boolean.TRUE.equals(copy) || !sameType) {
                return ns.dataTypes().copy(c, sameType ? c.dtype() : dtype);
            }
            return c;
        }
        if (obj == null) {
            throw new IllegalArgumentException("asarray needs an array, a scalar or a Java array; got null");
        }
        if (obj instanceof Number || obj instanceof Boolean || obj instanceof Complex) {
            if (Boolean.FALSE.equals(copy)) {
                throw new IllegalArgumentException("asarray with copy=false cannot make an array from a scalar");
            }
            DType d = dtype != null ? dtype : inferScalar(obj);
            return full(new int[0], obj, d, null);
        }
        if (!obj.getClass().isArray()) {
            throw new IllegalArgumentException("asarray accepts arrays, Number, Boolean, Complex and Java arrays; got "
                    + obj.getClass().getName());
        }
        DType natural = naturalDType(obj);
        if (natural != null && (dtype == null || dtype == natural) && !Boolean.TRUE.equals(copy)) {
            int n = Array.getLength(obj);
            return new CpuArray(ns, natural, new int[] {n}, new int[] {1}, 0, obj, true);
        }
        if (Boolean.FALSE.equals(copy)) {
            throw new IllegalArgumentException("asarray with copy=false needs a 1-d primitive array of the dtype's own"
                    + " storage type; got " + obj.getClass().getSimpleName() + (dtype == null ? "" : " for " + dtype));
        }
        return fromNested(obj, dtype);
    }

    /** The dtype a 1-d primitive array is stored as without conversion, or null. */
    private static DType naturalDType(Object obj) {
        if (obj instanceof double[]) {
            return DType.FLOAT64;
        }
        if (obj instanceof float[]) {
            return DType.FLOAT32;
        }
        if (obj instanceof long[]) {
            return DType.INT64;
        }
        if (obj instanceof int[]) {
            return DType.INT32;
        }
        if (obj instanceof short[]) {
            return DType.INT16;
        }
        if (obj instanceof byte[]) {
            return DType.INT8;
        }
        return null;
    }

    private CpuArray fromNested(Object obj, DType dtype) {
        List<Integer> dims = new ArrayList<>();
        Object cur = obj;
        while (cur != null && cur.getClass().isArray()) {
            int len = Array.getLength(cur);
            dims.add(len);
            if (len == 0 || !cur.getClass().getComponentType().isArray() && !(Array.get(cur, 0) != null
                    && Array.get(cur, 0).getClass().isArray())) {
                break;
            }
            cur = Array.get(cur, 0);
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        Class<?> leaf = obj.getClass();
        for (int i = 0; i < shape.length && leaf.isArray(); i++) {
            leaf = leaf.getComponentType();
        }
        if (leaf.isPrimitive()) {
            DType d = dtype != null ? dtype : primitiveDType(leaf);
            CpuArray out = CpuArray.allocate(ns, d, shape);
            storeRows(obj, 0, shape, out, new int[1]);
            return out;
        }
        List<Object> leaves = new ArrayList<>();
        flatten(obj, 0, shape, leaves);
        DType inferred = inferLeaves(obj, leaves);
        DType d = dtype != null ? dtype : inferred;
        CpuArray out = CpuArray.allocate(ns, d, shape);
        for (int i = 0; i < leaves.size(); i++) {
            Object v = leaves.get(i);
            if (v instanceof Complex && !d.isComplexFloating()) {
                throw new IllegalArgumentException("complex values need a complex dtype; got " + d);
            }
            checkIntegerFits(v, d);
            Fill.fill(out.data(), d, i, i + 1, v);
        }
        return out;
    }

    /** The dtype of a Java primitive element type. */
    private static DType primitiveDType(Class<?> c) {
        if (c == double.class) return DType.FLOAT64;
        if (c == float.class) return DType.FLOAT32;
        if (c == long.class) return DType.INT64;
        if (c == int.class) return DType.INT32;
        if (c == short.class) return DType.INT16;
        if (c == byte.class) return DType.INT8;
        if (c == boolean.class) return DType.BOOL;
        throw new IllegalArgumentException("asarray accepts double, float, long, int, short, byte and boolean arrays;"
                + " got " + c.getName() + " elements");
    }

    /** Copies the primitive rows of a rectangular nested array into out, converting as astype does. */
    private static void storeRows(Object a, int depth, int[] shape, CpuArray out, int[] at) {
        int len = Array.getLength(a);
        if (len != shape[depth]) {
            throw new IllegalArgumentException("asarray needs a rectangular (non-ragged) nested array; a row at depth "
                    + depth + " has length " + len + ", expected " + shape[depth]);
        }
        if (depth == shape.length - 1) {
            storeRow(a, len, out.data(), out.dtype(), at[0]);
            at[0] += len;
            return;
        }
        for (int i = 0; i < len; i++) {
            Object v = Array.get(a, i);
            if (v == null || !v.getClass().isArray()) {
                throw new IllegalArgumentException("asarray needs a rectangular nested array; found "
                        + (v == null ? "null" : "a scalar") + " at depth " + (depth + 1));
            }
            storeRows(v, depth + 1, shape, out, at);
        }
    }

    private static void storeRow(Object row, int n, Object data, DType d, int off) {
        if (row instanceof double[] r) {
            Loader.fromDouble(r, n, data, d, off, 1);
        } else if (row instanceof float[] r) {
            Loader.fromFloat(r, n, data, d, off, 1);
        } else if (row instanceof long[] r) {
            Loader.fromLong(r, n, data, d, off, 1);
        } else if (row instanceof boolean[] r) {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) (r[i] ? 1 : 0);
            }
            Loader.fromBool(b, n, data, d, off, 1);
        } else {
            long[] t = new long[n];
            for (int i = 0; i < n; i++) {
                t[i] = Array.getLong(row, i);
            }
            Loader.fromLong(t, n, data, d, off, 1);
        }
    }

    /**
     * NumPy 2's rule for Python integers: one that does not fit an integer dtype is an error, not a wrap
     * ({@code full((2,), 300, dtype=int8)} raises).
     */
    private static void checkIntegerFits(Object v, DType d) {
        boolean integer = v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger;
        if (!integer || !d.isIntegral() && !(v instanceof BigInteger)) {
            return;
        }
        BigInteger b = v instanceof BigInteger big ? big : BigInteger.valueOf(((Number) v).longValue());
        IInfo info = IInfo.of(d.isIntegral() ? d : DType.INT64);
        if (b.compareTo(info.min()) < 0 || b.compareTo(info.max()) > 0) {
            throw new IllegalArgumentException("integer " + b + " is out of bounds for " + info.dtype() + " (accepted: "
                    + info.min() + " to " + info.max() + ")");
        }
    }

    private static void flatten(Object a, int depth, int[] shape, List<Object> out) {
        int len = Array.getLength(a);
        if (len != shape[depth]) {
            throw new IllegalArgumentException("asarray needs a rectangular (non-ragged) nested array; a row at depth "
                    + depth + " has length " + len + ", expected " + shape[depth]);
        }
        for (int i = 0; i < len; i++) {
            Object v = Array.get(a, i);
            if (depth + 1 < shape.length) {
                if (v == null || !v.getClass().isArray()) {
                    throw new IllegalArgumentException("asarray needs a rectangular nested array; found a scalar at"
                            + " depth " + (depth + 1));
                }
                flatten(v, depth + 1, shape, out);
            } else {
                if (v != null && v.getClass().isArray()) {
                    throw new IllegalArgumentException("asarray needs a rectangular nested array; found an array at"
                            + " depth " + (depth + 1));
                }
                out.add(v);
            }
        }
    }

    private static DType inferLeaves(Object root, List<Object> leaves) {
        Class<?> c = root.getClass();
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return primitiveDType(c);
        }
        boolean anyFloat = false;
        boolean anyComplex = false;
        boolean allBool = !leaves.isEmpty();
        for (Object v : leaves) {
            if (v instanceof Complex) {
                anyComplex = true;
            } else if (v instanceof Double || v instanceof Float) {
                anyFloat = true;
            }
            if (!(v instanceof Boolean)) {
                allBool = false;
            }
            if (!(v instanceof Number || v instanceof Boolean || v instanceof Complex)) {
                throw new IllegalArgumentException("asarray accepts numbers, booleans and Complex values; got "
                        + (v == null ? "null" : v.getClass().getSimpleName()));
            }
        }
        if (anyComplex) return DType.COMPLEX128;
        if (anyFloat) return DType.FLOAT64;
        if (allBool) return DType.BOOL;
        return leaves.isEmpty() ? DType.FLOAT64 : DType.INT64;
    }

    static DType inferScalar(Object v) {
        if (v instanceof Boolean) return DType.BOOL;
        if (v instanceof Complex) return DType.COMPLEX128;
        if (v instanceof Double || v instanceof Float) return DType.FLOAT64;
        if (v instanceof Number) return DType.INT64;
        throw new IllegalArgumentException("a fill value must be a Number, Boolean or Complex; got "
                + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    private static int[] checkShape(int[] shape) {
        if (shape == null) {
            throw new IllegalArgumentException("shape must not be null (use new int[0] for a 0-d array)");
        }
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimensions are not allowed; got shape "
                        + Broadcast.format(shape));
            }
        }
        return shape;
    }

    // ---- from_dlpack -----------------------------------------------------------------------------------

    CpuArray fromDlpack(Object x, Device device, Boolean copy) {
        CpuInfo.check(device);
        DlpackTensor t;
        if (x instanceof CpuArray c && c.namespace() == ns) {
            return Boolean.TRUE.equals(copy) ? ns.copyOf(c) : c;
        } else if (x instanceof NdArray a) {
            t = a.dlpack(null, copy);
            if (!t.isHost()) {
                if (Boolean.FALSE.equals(copy)) {
                    throw new DeviceTransferException("from_dlpack with copy=false cannot bring a " + a.namespace().name()
                            + " array on " + a.device() + " to the cpu; pass copy=true to copy it");
                }
                t = a.dlpack(Device.CPU, true);
            }
        } else if (x instanceof DlpackTensor d) {
            t = d;
            if (!t.isHost()) {
                throw new DeviceTransferException("the DLPack tensor is on " + t.device() + "; export it from its"
                        + " array with dlpack(Device.CPU, true) to copy it to the host");
            }
        } else {
            throw new IllegalArgumentException("from_dlpack needs an array or a DlpackTensor; got "
                    + (x == null ? "null" : x.getClass().getName()));
        }
        if (!Storage.matches(t.hostData(), t.dtype())) {
            throw new IllegalArgumentException("the DLPack tensor's host data (" + t.hostData().getClass().getSimpleName()
                    + ") is not the storage type of " + t.dtype());
        }
        CpuArray a = new CpuArray(ns, t.dtype(), t.shape().clone(), t.strides().clone(), Math.toIntExact(t.offset()),
                t.hostData(), true);
        checkBounds(a);
        return Boolean.TRUE.equals(copy) && !(x instanceof NdArray) ? ns.copyOf(a) : a;
    }

    private static void checkBounds(CpuArray a) {
        if (a.size() == 0) {
            return;
        }
        long lo = a.offset();
        long hi = a.offset();
        for (int i = 0; i < a.ndim(); i++) {
            long span = (long) (a.shapeRef()[i] - 1) * a.strides()[i];
            if (span < 0) {
                lo += span;
            } else {
                hi += span;
            }
        }
        int cap = Storage.capacity(a.data(), a.dtype());
        if (lo < 0 || hi >= cap) {
            throw new IllegalArgumentException("the DLPack tensor's layout reaches elements " + lo + ".." + hi
                    + " outside its buffer of " + cap + " elements");
        }
    }
}

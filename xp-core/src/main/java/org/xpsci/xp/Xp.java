package org.xpsci.xp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.xpsci.xp.spi.ArrayBackend;

/**
 * The consumer's vocabulary (SciPy's {@code _array_api.py}): find the namespace of the arrays at hand, pick
 * backends, ask for capabilities that switch fast paths on, promote arguments. Every consumer function opens
 * with {@code var xp = Xp.namespace(x, y)}.
 */
public final class Xp {

    /** System property that turns every consumer fast path off when "false". */
    public static final String FAST_PATHS_PROPERTY = "xpsci.fastpaths";

    private static final ThreadLocal<Boolean> FAST_PATHS = new ThreadLocal<>();
    private static volatile Map<String, ArrayBackend> backends;

    private Xp() {
    }

    // ---- namespaces and backends --------------------------------------------------------------------

    /**
     * The namespace of the given arrays ({@code array_namespace}); nulls are ignored and no arrays at all give
     * the default (cpu) namespace.
     *
     * @throws MixedBackendException when the arrays come from two backends, naming both
     */
    public static ArrayNamespace namespace(NdArray... arrays) {
        ArrayNamespace found = null;
        NdArray first = null;
        for (NdArray a : arrays) {
            if (a == null) {
                continue;
            }
            ArrayNamespace ns = a.namespace();
            if (found == null) {
                found = ns;
                first = a;
            } else if (ns != found) {
                throw new MixedBackendException("Multiple namespaces for array inputs: " + found.name() + " ("
                        + first.dtype() + " array on " + first.device() + ") and " + ns.name() + " (" + a.dtype()
                        + " array on " + a.device() + "); move arrays between backends explicitly with fromDlpack");
            }
        }
        return found != null ? found : defaultNamespace();
    }

    /** {@link #namespace(NdArray...)} over a list. */
    public static ArrayNamespace namespace(List<? extends NdArray> arrays) {
        return namespace(arrays.toArray(new NdArray[0]));
    }

    /** The default namespace: cpu. */
    public static ArrayNamespace defaultNamespace() {
        return backend("cpu");
    }

    /**
     * The namespace of the named backend.
     *
     * @throws BackendUnavailableException when it is not installed or cannot run here, with the reason
     */
    public static ArrayNamespace backend(String name) {
        ArrayBackend b = registry().get(name);
        if (b == null) {
            throw new BackendUnavailableException("no backend named '" + name + "' is installed; installed: "
                    + registry().keySet() + " (add the backend's jar to the class path)");
        }
        BackendStatus s = b.status();
        if (!s.available()) {
            throw new BackendUnavailableException("backend '" + name + "' is unavailable: " + s.reason());
        }
        return b.namespace();
    }

    /** Every installed backend with its availability and, when unavailable, the reason; cpu first. */
    public static List<BackendStatus> backends() {
        List<BackendStatus> out = new ArrayList<>();
        for (ArrayBackend b : registry().values()) {
            out.add(b.status());
        }
        return out;
    }

    private static Map<String, ArrayBackend> registry() {
        Map<String, ArrayBackend> r = backends;
        if (r == null) {
            synchronized (Xp.class) {
                if (backends == null) {
                    backends = load();
                }
                r = backends;
            }
        }
        return r;
    }

    private static Map<String, ArrayBackend> load() {
        List<ArrayBackend> found = new ArrayList<>();
        ServiceLoader<ArrayBackend> loader = ServiceLoader.load(ArrayBackend.class, Xp.class.getClassLoader());
        var it = loader.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // a broken backend must not take the others down; it is simply not listed
                System.err.println("xpsci: skipping a backend that failed to load: " + e);
            }
        }
        found.sort(Comparator.comparingInt(ArrayBackend::priority).thenComparing(ArrayBackend::name));
        Map<String, ArrayBackend> m = new LinkedHashMap<>();
        for (ArrayBackend b : found) {
            m.putIfAbsent(b.name(), b);
        }
        return m;
    }

    // ---- capabilities that switch fast paths on ---------------------------------------------------------

    /** Whether the array's memory is on the host (its device type is cpu). */
    public static boolean isCpu(NdArray x) {
        return x.device().isCpu();
    }

    /**
     * Direct access to the array's host memory, when its backend grants it (cpu does; strict and cuda do
     * not). This is the capability host fast paths check.
     */
    public static Optional<HostBuffer> hostBuffer(NdArray x) {
        return x.hostBuffer();
    }

    /**
     * Whether consumer fast paths may be used: false when the system property {@code xpsci.fastpaths} is
     * "false" or inside a {@link #fastPaths(boolean) fastPaths(false)} scope on this thread.
     */
    public static boolean fastPathsEnabled() {
        Boolean local = FAST_PATHS.get();
        if (local != null) {
            return local;
        }
        return !"false".equalsIgnoreCase(System.getProperty(FAST_PATHS_PROPERTY, "true"));
    }

    /**
     * Forces fast paths on or off for the current thread until the returned scope is closed
     * ({@code try (var s = Xp.fastPaths(false)) { ... }}).
     */
    public static FastPathScope fastPaths(boolean enabled) {
        Boolean previous = FAST_PATHS.get();
        FAST_PATHS.set(enabled);
        return new FastPathScope(previous);
    }

    static void restoreFastPaths(Boolean previous) {
        if (previous == null) {
            FAST_PATHS.remove();
        } else {
            FAST_PATHS.set(previous);
        }
    }

    // ---- dtypes -----------------------------------------------------------------------------------------

    /** The namespace's default real floating dtype ({@code xp_default_dtype}). */
    public static DType defaultFloat(ArrayNamespace xp) {
        return xp.info().defaultDtypes(null).realFloating();
    }

    /** The namespace's default integer dtype. */
    public static DType defaultInt(ArrayNamespace xp) {
        return xp.info().defaultDtypes(null).integral();
    }

    /**
     * The dtype the arguments promote to ({@code xp_result_type}); with {@code forceFloating}, integer and
     * bool results become the default float dtype and float results stay as they are.
     */
    public static DType resultType(ArrayNamespace xp, boolean forceFloating, NdArray... arrays) {
        DType r = null;
        for (NdArray a : arrays) {
            if (a == null) {
                continue;
            }
            DType d = a.dtype();
            if (forceFloating && !d.isFloating()) {
                d = defaultFloat(xp);
            }
            r = r == null ? d : Promotion.resultType(r, d, xp.promotionRules());
        }
        if (r == null) {
            return defaultFloat(xp);
        }
        return r;
    }

    /**
     * Casts every array to the dtype they promote to ({@code xp_promote}); nulls stay null. Arrays already of
     * that dtype are returned as they are.
     */
    public static NdArray[] promote(ArrayNamespace xp, boolean forceFloating, NdArray... arrays) {
        DType r = resultType(xp, forceFloating, arrays);
        NdArray[] out = new NdArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            NdArray a = arrays[i];
            out[i] = a == null || a.dtype() == r ? a : xp.astype(a, r);
        }
        return out;
    }

    // ---- host data, explicitly -----------------------------------------------------------------------

    /**
     * The elements of a host-resident array as doubles in C order (real parts of complex arrays are not
     * accepted: use {@link #toComplexArray(NdArray)}).
     *
     * @throws DeviceTransferException when the array is on a device (copy it to the host explicitly first)
     */
    public static double[] toDoubleArray(NdArray x) {
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("toDoubleArray needs a real array; got " + x.dtype()
                    + " (use toComplexArray)");
        }
        HostBuffer b = host(x);
        double[] out = new double[Math.toIntExact(x.size())];
        HostReader.forEach(b, (i, re, im) -> out[i] = re);
        return out;
    }

    /**
     * The elements of a host-resident array as interleaved (re, im) doubles in C order.
     *
     * @throws DeviceTransferException when the array is on a device
     */
    public static double[] toComplexArray(NdArray x) {
        HostBuffer b = host(x);
        double[] out = new double[Math.toIntExact(2 * x.size())];
        HostReader.forEach(b, (i, re, im) -> {
            out[2 * i] = re;
            out[2 * i + 1] = im;
        });
        return out;
    }

    /**
     * The elements of a host-resident integer or bool array as longs in C order (uint64 as its bit pattern).
     *
     * @throws DeviceTransferException when the array is on a device
     */
    public static long[] toLongArray(NdArray x) {
        if (!x.dtype().isIntegral() && !x.dtype().isBool()) {
            throw new IllegalArgumentException("toLongArray needs an integer or bool array; got " + x.dtype());
        }
        HostBuffer b = host(x);
        long[] out = new long[Math.toIntExact(x.size())];
        HostReader.forEachLong(b, (i, v) -> out[i] = v);
        return out;
    }

    private static HostBuffer host(NdArray x) {
        Optional<HostBuffer> direct = x.hostBuffer();
        if (direct.isPresent()) {
            return direct.get();
        }
        // a private copy on the same (host) device: reading must not export the array's own memory
        DlpackTensor t = x.device().isCpu() ? x.dlpack(null, Boolean.TRUE) : x.dlpack(null, null);
        if (!t.isHost()) {
            throw new DeviceTransferException("the array lives on " + x.device() + "; reading it on the host needs"
                    + " an explicit copy: Xp.backend(\"cpu\").fromDlpack(x, Device.CPU, true)");
        }
        return t.hostBuffer();
    }
}

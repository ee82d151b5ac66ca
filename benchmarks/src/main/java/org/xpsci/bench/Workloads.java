package org.xpsci.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of workloads: the core array workloads of {@link CoreWorkloads} plus any registered through
 * {@link WorkloadProvider} (the sci-* workloads).
 */
public final class Workloads {

    private static final Map<String, Workload> ALL = load();

    private Workloads() {
    }

    private static Map<String, Workload> load() {
        Map<String, Workload> m = new LinkedHashMap<>();
        for (Workload w : CoreWorkloads.all()) {
            m.put(w.name(), w);
        }
        for (WorkloadProvider p : ServiceLoader.load(WorkloadProvider.class)) {
            for (Workload w : p.workloads()) {
                m.put(w.name(), w);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Every workload name, in registration order. */
    public static List<String> names() {
        return new ArrayList<>(ALL.keySet());
    }

    /**
     * The named workload.
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static Workload get(String name) {
        Workload w = ALL.get(name);
        if (w == null) {
            throw new IllegalArgumentException("workload must be one of " + ALL.keySet() + "; got '" + name + "'");
        }
        return w;
    }
}

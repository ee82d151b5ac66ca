package org.xpsci.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.Device;
import org.xpsci.xp.Xp;

/**
 * What {@code xpsci info} reports: the Java runtime, whether fast paths are on, and every installed backend
 * with its availability (the reason when unavailable), devices, default device, extensions and accelerators.
 */
public final class BackendReport {

    private static final List<String> EXTENSIONS = List.of("fft", "linalg");

    private BackendReport() {
    }

    /** The report as nested maps and lists (the JSON form). */
    public static Map<String, Object> collect(String version) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("version", version);
        r.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        r.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        r.put("fast_paths", Xp.fastPathsEnabled());
        List<Object> backends = new ArrayList<>();
        for (BackendStatus s : Xp.backends()) {
            backends.add(backend(s));
        }
        r.put("backends", backends);
        return r;
    }

    private static Map<String, Object> backend(BackendStatus s) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", s.name());
        b.put("available", s.available());
        b.put("reason", s.reason());
        if (s.available()) {
            ArrayNamespace xp = Xp.backend(s.name());
            List<String> devices = new ArrayList<>();
            for (Device d : xp.info().devices()) {
                devices.add(d.toString());
            }
            b.put("devices", devices);
            b.put("default_device", xp.info().defaultDevice().toString());
            b.put("extensions", EXTENSIONS.stream().filter(xp::hasExtension).toList());
        }
        b.put("accelerators", s.accelerators());
        return b;
    }

    /** The report as readable lines. */
    @SuppressWarnings("unchecked")
    public static List<String> lines(Map<String, Object> r) {
        List<String> out = new ArrayList<>();
        out.add(r.get("version") + " on Java " + r.get("java") + ", " + r.get("os") + ", " + r.get("cores")
                + " cores, max heap " + r.get("max_heap_mb") + " MB");
        out.add("fast paths: " + (Boolean.TRUE.equals(r.get("fast_paths")) ? "on" : "off"));
        out.add("backends:");
        for (Object o : (List<Object>) r.get("backends")) {
            Map<String, Object> b = (Map<String, Object>) o;
            if (Boolean.TRUE.equals(b.get("available"))) {
                out.add(String.format("  %-8s available    devices: %s (default %s); extensions: %s", b.get("name"),
                        String.join(", ", (List<String>) b.get("devices")), b.get("default_device"),
                        String.join(", ", (List<String>) b.get("extensions"))));
            } else {
                out.add(String.format("  %-8s unavailable  %s", b.get("name"), b.get("reason")));
            }
            for (String a : (List<String>) b.get("accelerators")) {
                out.add("           " + a);
            }
        }
        return out;
    }
}

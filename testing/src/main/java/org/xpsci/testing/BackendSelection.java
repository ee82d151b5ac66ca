package org.xpsci.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.Xp;

/** Reads {@code -Dxp.backends} and lists the backends tests run on, with their availability. */
public final class BackendSelection {

    /** The system property that selects backends. */
    public static final String PROPERTY = "xp.backends";

    /**
     * The project's backends. One of them named in the property but absent from a module's test class path
     * (the cpu module cannot depend on strict) is reported as skipped there, so that {@code -Dxp.backends=strict}
     * runs every module's tests on strict where it is installed; any other name is a configuration error.
     */
    public static final List<String> KNOWN = List.of("cpu", "strict", "cuda");

    private BackendSelection() {
    }

    /**
     * The selected backends, each with its status: every installed backend when the property is empty or
     * "all", else the named ones in the order given; a {@linkplain #KNOWN known} backend that is not installed
     * here comes back unavailable, with the reason.
     *
     * @throws IllegalStateException when the property names a backend that is neither installed nor known, saying
     *                               how to fix it
     */
    public static List<BackendStatus> selected() {
        String spec = System.getProperty(PROPERTY, "").trim();
        List<BackendStatus> installed = Xp.backends();
        if (spec.isEmpty() || spec.equals("all")) {
            return installed;
        }
        List<BackendStatus> out = new ArrayList<>();
        for (String name : spec.split(",")) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            BackendStatus s = installed.stream().filter(b -> b.name().equals(n)).findFirst().orElse(null);
            if (s == null && KNOWN.contains(n)) {
                s = BackendStatus.unavailable(n, "not on this module's test class path (add xp-" + n
                        + " as a test dependency to run these tests on it)");
            }
            if (s == null) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + spec + " names backend '" + n
                        + "', which is not on this module's test class path; installed: "
                        + Arrays.toString(installed.stream().map(BackendStatus::name).toArray())
                        + "; known: " + KNOWN + " (add it as a test dependency or remove it from the list)");
            }
            out.add(s);
        }
        return out;
    }
}

package org.xpsci.xp.strict;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;

/**
 * What one function supports on one backend, found by running its probe with inputs of every dtype: the dtypes
 * that work, and the dtypes where the backend reports the function as not yet built (an IllegalStateException
 * saying PENDING or "no kernel") rather than refusing the dtype.
 *
 * @param accepted dtypes for which the call succeeds
 * @param pending  dtypes for which the function is missing
 * @param failure  the first refusal or missing-function message, for reports
 */
record SupportProbe(Set<DType> accepted, Set<DType> pending, String failure) {

    /** Runs a probe for every dtype (once when the dtype does not matter). */
    static SupportProbe run(FunctionProbes.Probe p, ArrayNamespace xp) {
        Set<DType> ok = EnumSet.noneOf(DType.class);
        Set<DType> missing = EnumSet.noneOf(DType.class);
        String first = null;
        for (DType d : p.dtyped() ? DType.values() : new DType[] {DType.FLOAT64}) {
            try {
                p.call().apply(xp, d);
                ok.add(d);
            } catch (RuntimeException e) {
                if (isMissing(e)) {
                    missing.add(d);
                }
                if (first == null || isMissing(e) && !first.startsWith("missing")) {
                    first = (isMissing(e) ? "missing: " : "") + e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
        }
        return new SupportProbe(ok, missing, first);
    }

    /** Whether an exception says the function is not built yet (a placeholder), not that the input is refused. */
    static boolean isMissing(Throwable e) {
        String m = String.valueOf(e.getMessage());
        return e instanceof IllegalStateException && (m.contains("PENDING") || m.contains("no kernel"));
    }

    /** The accepted dtypes in words: the standard's category names where they fit, e.g. "real numeric". */
    String describe() {
        if (accepted.isEmpty()) {
            return pending.isEmpty() ? "—" : "not built";
        }
        String s = describe(accepted);
        return pending.isEmpty() ? s : s + " (not built: " + describe(pending) + ")";
    }

    private static final Map<String, DTypeCategory> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("all", DTypeCategory.ANY);
        GROUPS.put("numeric", DTypeCategory.NUMERIC);
        GROUPS.put("real numeric", DTypeCategory.REAL_NUMERIC);
        GROUPS.put("integer or bool", DTypeCategory.INTEGER_OR_BOOL);
        GROUPS.put("floating", DTypeCategory.FLOATING);
        GROUPS.put("integer", DTypeCategory.INTEGER);
        GROUPS.put("real floating", DTypeCategory.REAL_FLOATING);
        GROUPS.put("complex", DTypeCategory.COMPLEX_FLOATING);
        GROUPS.put("bool", DTypeCategory.BOOL);
    }

    /** A set of dtypes as a union of category names and single dtypes, largest categories first. */
    static String describe(Set<DType> dtypes) {
        Set<DType> left = EnumSet.copyOf(dtypes);
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, DTypeCategory> g : GROUPS.entrySet()) {
            Set<DType> members = EnumSet.noneOf(DType.class);
            for (DType d : DType.values()) {
                if (g.getValue().accepts(d)) {
                    members.add(d);
                }
            }
            if (left.containsAll(members)) {
                b.append(b.length() == 0 ? "" : ", ").append(g.getKey());
                left.removeAll(members);
            }
        }
        for (DType d : left) {
            b.append(b.length() == 0 ? "" : ", ").append(d.label());
        }
        return b.toString();
    }
}

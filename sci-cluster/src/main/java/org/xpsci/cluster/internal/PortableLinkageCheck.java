package org.xpsci.cluster.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The value rules of {@link LinkageCheck} written with the standard alone (SciPy's {@code _is_valid_linkage} is
 * namespace code too), for linkage matrices on any backend and device; only the verdicts are read back.
 */
final class PortableLinkageCheck {

    private PortableLinkageCheck() {
    }

    /** The first violated value rule of a float64 (rows x 4) matrix, or null. */
    static String valueProblem(NdArray z, String name) {
        int rows = z.shape(0);
        if (rows < 2) {
            return null;
        }
        ArrayNamespace xp = Xp.namespace(z);
        String ns = name == null || name.isEmpty() ? "" : "'" + name + "' ";
        NdArray ids = z.get(Index.all(), Index.range(0, 2));
        NdArray dist = z.get(Index.all(), Index.at(2));
        NdArray count = z.get(Index.all(), Index.at(3));
        if (any(xp, ids.less(0.0))) {
            return "Linkage " + ns + "contains negative indices.";
        }
        if (any(xp, dist.less(0.0))) {
            return "Linkage " + ns + "contains negative distances.";
        }
        if (any(xp, count.less(0.0))) {
            return "Linkage " + ns + "contains negative counts.";
        }
        if (any(xp, count.greater(rows + 1.0))) {
            return "Linkage " + ns + "contains excessive observations in a cluster";
        }
        NdArray formed = xp.arange(rows + 1.0, 2.0 * rows + 1.0, 1.0, DType.FLOAT64, z.device());
        if (any(xp, xp.greaterEqual(xp.max(ids, new int[] {1}, false), formed))) {
            return "Linkage " + ns + "uses non-singleton cluster before it is formed.";
        }
        if (xp.uniqueValues(xp.reshape(ids, -1)).shape(0) < 2 * rows) {
            return "Linkage " + ns + "uses the same cluster more than once.";
        }
        return null;
    }

    private static boolean any(ArrayNamespace xp, NdArray condition) {
        return xp.any(condition).booleanValue();
    }
}

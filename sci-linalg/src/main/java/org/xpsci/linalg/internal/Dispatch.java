package org.xpsci.linalg.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The capability checks that choose a path (DESIGN principle 4): the namespace's linalg extension where it
 * offers the exact computation, host kernels where every array grants its host memory, and the portable
 * path, written with the standard alone, otherwise or when fast paths are switched off.
 */
public final class Dispatch {

    private Dispatch() {
    }

    /** Whether to use {@code xp.linalg()}: fast paths on and the extension present. */
    public static boolean extension(ArrayNamespace xp) {
        return Xp.fastPathsEnabled() && xp.hasExtension("linalg");
    }

    /** Whether to use host kernels: fast paths on and every (non-null) array's host memory available. */
    public static boolean host(NdArray... arrays) {
        if (!Xp.fastPathsEnabled()) {
            return false;
        }
        for (NdArray a : arrays) {
            if (a != null && Xp.hostBuffer(a).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}

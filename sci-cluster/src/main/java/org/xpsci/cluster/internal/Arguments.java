package org.xpsci.cluster.internal;

import org.xpsci.xp.NdArray;

/** The argument checks every sci-cluster function opens with. */
public final class Arguments {

    private Arguments() {
    }

    /**
     * The array argument itself.
     *
     * @throws IllegalArgumentException when it is null
     */
    public static NdArray array(NdArray x, String name) {
        if (x == null) {
            throw new IllegalArgumentException(name + " must be an array; got null");
        }
        return x;
    }

    /** The value, or the default when it is null. */
    public static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}

package org.xpsci.cli.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xpsci.xp.NdArray;

/**
 * The named result arrays of one command, in the order the contract lists them (e.g. {@code f, pxx}); they
 * become the members of the {@code --out} archive.
 */
public final class Results {

    private final Map<String, NdArray> arrays = new LinkedHashMap<>();

    private Results() {
    }

    /** Results made of alternating names and arrays: {@code Results.of("f", f, "pxx", pxx)}. */
    public static Results of(Object... namesAndArrays) {
        if (namesAndArrays.length % 2 != 0) {
            throw new IllegalArgumentException("names and arrays must alternate; got " + namesAndArrays.length
                    + " values");
        }
        Results r = new Results();
        for (int i = 0; i < namesAndArrays.length; i += 2) {
            r.arrays.put((String) namesAndArrays[i], (NdArray) namesAndArrays[i + 1]);
        }
        return r;
    }

    /** The arrays by name, in order (unmodifiable). */
    public Map<String, NdArray> arrays() {
        return Collections.unmodifiableMap(arrays);
    }
}

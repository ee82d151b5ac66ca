package org.xpsci.fft.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.FftExtension;

/** The namespace's fft extension, or a clear error saying why a transform cannot run there. */
public final class Extension {

    private Extension() {
    }

    /**
     * {@code xp.fft()}.
     *
     * @throws IllegalArgumentException naming the function and the namespace when it has no fft extension
     */
    public static FftExtension of(ArrayNamespace xp, String function) {
        if (!xp.hasExtension("fft")) {
            throw new IllegalArgumentException("scipy.fft." + function + " needs the fft extension of the array's"
                    + " namespace, and the " + xp.name() + " namespace has none; copy the array explicitly to a"
                    + " namespace that has it, e.g. Xp.backend(\"cpu\").fromDlpack(x, Device.CPU, true)");
        }
        return xp.fft();
    }
}

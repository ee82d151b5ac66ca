package org.xpsci.xp;

import java.util.List;

/**
 * Whether a backend can run here, and why not when it cannot.
 *
 * @param name         the backend's name
 * @param available    whether its namespace can be used
 * @param reason       why it is unavailable (null when available)
 * @param accelerators notes on optional accelerators, e.g. "cuFFT: absent (libcufft.so.10 not found)"
 */
public record BackendStatus(String name, boolean available, String reason, List<String> accelerators) {

    /** An available backend. */
    public static BackendStatus available(String name, List<String> accelerators) {
        return new BackendStatus(name, true, null, List.copyOf(accelerators));
    }

    /** An unavailable backend with its reason. */
    public static BackendStatus unavailable(String name, String reason) {
        return new BackendStatus(name, false, reason, List.of());
    }

    @Override
    public String toString() {
        return name + (available ? ": available" : ": unavailable (" + reason + ")");
    }
}

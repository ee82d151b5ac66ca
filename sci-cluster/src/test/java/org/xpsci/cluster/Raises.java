package org.xpsci.cluster;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a call throws an exception of a type whose message contains every given fragment. */
public final class Raises {

    private Raises() {
    }

    /** The call throws an IllegalArgumentException (or a subclass) whose message has every fragment. */
    public static IllegalArgumentException raises(Executable call, String... fragments) {
        return raises(IllegalArgumentException.class, call, fragments);
    }

    /** The call throws {@code type} whose message has every fragment. */
    public static <T extends Throwable> T raises(Class<T> type, Executable call, String... fragments) {
        T e = assertThrows(type, call);
        for (String f : fragments) {
            assertTrue(e.getMessage() != null && e.getMessage().contains(f),
                    () -> "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
        return e;
    }
}

package org.xpsci.xp.strict;

/**
 * The host storage behind one or more strict arrays, and whether it is shared: once a second array (a view, a
 * DLPack consumer, the caller's Java array) may see the same elements, no array over it may be written in
 * place ({@link StrictRule#SHARED_MEMORY_WRITE}). The standard leaves copy-versus-view behaviour unspecified,
 * so a write that another array could observe is not portable.
 */
final class Memory {

    private final Object storage;
    private volatile boolean shared;

    Memory(Object storage) {
        this.storage = storage;
    }

    /** Whether {@code data} is this memory's storage object. */
    boolean holds(Object data) {
        return storage == data;
    }

    /** Records that another array or consumer may see this memory. */
    void share() {
        shared = true;
    }

    /** Whether another array or consumer may see this memory. */
    boolean shared() {
        return shared;
    }
}

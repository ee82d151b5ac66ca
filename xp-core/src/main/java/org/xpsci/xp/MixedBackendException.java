package org.xpsci.xp;

/** Thrown when one call receives arrays of two backends; the message names both. */
public class MixedBackendException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming both backends. */
    public MixedBackendException(String message) {
        super(message);
    }

    /**
     * The error for argument {@code param} of a call to backend {@code backend} that is not one of its arrays:
     * for null, an IllegalArgumentException saying so; for another backend's array, this exception naming both
     * backends, the array's dtype and device, and {@code remedy} (the explicit transfer to use).
     */
    public static IllegalArgumentException forArgument(String backend, String param, NdArray x, String remedy) {
        if (x == null) {
            return new IllegalArgumentException(param + " must be an array; got null");
        }
        return new MixedBackendException("Multiple namespaces for array inputs: " + backend + " and "
                + x.namespace().name() + " (" + param + " is a " + x.namespace().name() + " " + x.dtype() + " array on "
                + x.device() + "); " + remedy);
    }
}

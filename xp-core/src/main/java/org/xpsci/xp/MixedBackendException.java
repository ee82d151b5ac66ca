package org.xpsci.xp;

/** Thrown when one call receives arrays of two backends; the message names both. */
public class MixedBackendException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming both backends. */
    public MixedBackendException(String message) {
        super(message);
    }
}

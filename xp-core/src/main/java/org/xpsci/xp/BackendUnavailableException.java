package org.xpsci.xp;

/** Thrown when a backend is asked for that is not installed or cannot run here; the message gives the reason. */
public class BackendUnavailableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the backend and the reason. */
    public BackendUnavailableException(String message) {
        super(message);
    }
}

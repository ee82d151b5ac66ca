package org.xpsci.xp;

/** Thrown for an axis out of range or repeated (NumPy's {@code AxisError}). */
public class AxisException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the axis and the array's rank. */
    public AxisException(String message) {
        super(message);
    }
}

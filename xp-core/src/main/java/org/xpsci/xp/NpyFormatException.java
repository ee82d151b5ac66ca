package org.xpsci.xp;

/** A {@code .npy}/{@code .npz} file that is corrupt, truncated, inconsistent or of an unsupported dtype. */
public class NpyFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the file and the defect. */
    public NpyFormatException(String message) {
        super(message);
    }
}

package org.xpsci.xp;

/**
 * A linear-algebra failure on valid input: a singular matrix, a matrix that is not positive definite, an
 * algorithm that did not converge (NumPy's and SciPy's {@code LinAlgError}).
 */
public class LinAlgException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with SciPy's message where SciPy has one. */
    public LinAlgException(String message) {
        super(message);
    }
}

package org.xpsci.xp;

/** Thrown when two dtypes (or a dtype and a scalar) have no promotion under the rules in force. */
public class PromotionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming both dtypes and the rule. */
    public PromotionException(String message) {
        super(message);
    }
}

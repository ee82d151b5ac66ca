package org.xpsci.xp;

/**
 * Thrown by the strict backend for a use the array API standard does not make portable; the message names
 * the rule that was broken.
 */
public class PortabilityException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    /**
     * Creates the exception.
     *
     * @param rule   short name of the rule, e.g. "mixed-kind promotion"
     * @param detail what was attempted and what is accepted
     */
    public PortabilityException(String rule, String detail) {
        super("[" + rule + "] " + detail);
        this.rule = rule;
    }

    /** The short name of the broken rule. */
    public String rule() {
        return rule;
    }
}

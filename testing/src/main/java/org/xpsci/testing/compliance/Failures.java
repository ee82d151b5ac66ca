package org.xpsci.testing.compliance;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the failures of one generated example across many functions, so that a property reports every
 * function that breaks a rule for the (shrunk) example at once instead of stopping at the first.
 */
public final class Failures {

    /** Most failure lines printed; the rest are counted. */
    private static final int SHOWN = 25;

    private final List<String> messages = new ArrayList<>();

    /** Runs a check of one function; an assertion error or exception is recorded under {@code what}. */
    public void check(String what, Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            messages.add(what + ": " + describe(e));
        }
    }

    /** Records a failure under {@code what} when {@code ok} is false. */
    public void expect(boolean ok, String what, String detail) {
        if (!ok) {
            messages.add(what + ": " + detail);
        }
    }

    /** Whether nothing failed. */
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /**
     * Throws an {@link AssertionError} listing every recorded failure for {@code example}.
     */
    public void assertNone(String example) {
        if (messages.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(messages.size() + " failure(s) for " + example + ":");
        for (int i = 0; i < Math.min(SHOWN, messages.size()); i++) {
            b.append("\n  ").append(messages.get(i));
        }
        if (messages.size() > SHOWN) {
            b.append("\n  ... and ").append(messages.size() - SHOWN).append(" more");
        }
        throw new AssertionError(b.toString());
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        String first = m == null ? "" : m.lines().findFirst().orElse("");
        return (e instanceof AssertionError ? "" : e.getClass().getSimpleName() + ": ") + first;
    }
}

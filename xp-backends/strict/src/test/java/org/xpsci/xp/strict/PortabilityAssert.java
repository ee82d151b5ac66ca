package org.xpsci.xp.strict;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.PortabilityException;

/** Runs a deliberately non-portable snippet: on strict it must fail naming the rule, elsewhere it must work. */
final class PortabilityAssert {

    private PortabilityAssert() {
    }

    /**
     * On the strict backend asserts that {@code snippet} throws a {@link PortabilityException} whose message
     * starts with {@code [rule]}; on any other backend runs it and hands the result to {@code check}.
     */
    static <T> void assertNonPortable(ArrayNamespace xp, StrictRule rule, Supplier<T> snippet, Consumer<T> check) {
        if (xp.name().equals("strict")) {
            PortabilityException e = assertThrows(PortabilityException.class, snippet::get);
            assertTrue(e.getMessage().startsWith("[" + rule.label() + "] "),
                    "message must start with the rule's name [" + rule.label() + "]; got: " + e.getMessage());
            assertTrue(e.rule().equals(rule.label()), "rule() must be " + rule.label() + "; got " + e.rule());
        } else {
            check.accept(snippet.get());
        }
    }
}

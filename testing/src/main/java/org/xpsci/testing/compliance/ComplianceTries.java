package org.xpsci.testing.compliance;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the number of generated examples of every compliance property: {@value #DEFAULT_TRIES} by default, more
 * (or fewer) with {@code -D}{@value #PROPERTY}{@code =N}. A property that names its own tries keeps them.
 */
public final class ComplianceTries implements AroundPropertyHook {

    /** The system property that sets the tries of every compliance property. */
    public static final String PROPERTY = "xpsci.compliance.tries";

    /** The tries per property when the system property is absent. */
    public static final int DEFAULT_TRIES = 100;

    /** Used by jqwik. */
    public ComplianceTries() {
    }

    /** The configured number of tries. */
    public static int tries() {
        String v = System.getProperty(PROPERTY, "").trim();
        if (v.isEmpty()) {
            return DEFAULT_TRIES;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " must be a positive integer; got '" + v + "'", e);
        }
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (context.attributes().tries().isEmpty()) {
            context.attributes().setTries(tries());
        }
        return property.execute();
    }
}

package org.xpsci.testing.compliance;

import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.xpsci.testing.BackendSelection;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.BackendUnavailableException;

/**
 * The jqwik lifecycle of the compliance suite. It sets the number of generated examples of every property:
 * {@value #DEFAULT_TRIES} by default, more (or fewer) with {@code -D}{@value #TRIES_PROPERTY}{@code =N} (a
 * property that names its own tries keeps them). And it skips a backend's suite, with the reason, when the
 * backend is unavailable here (cuda without a GPU) or when {@code -Dxp.backends} selects other backends, so that
 * {@code -Dxp.backends=strict} runs only the strict backend's suite.
 */
public final class ComplianceLifecycle implements AroundPropertyHook, SkipExecutionHook {

    /** The system property that sets the tries of every compliance property. */
    public static final String TRIES_PROPERTY = "xpsci.compliance.tries";

    /** The tries per property when the system property is absent. */
    public static final int DEFAULT_TRIES = 100;

    /** Used by jqwik. */
    public ComplianceLifecycle() {
    }

    /** The configured number of tries. */
    public static int tries() {
        String v = System.getProperty(TRIES_PROPERTY, "").trim();
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
            throw new IllegalArgumentException("-D" + TRIES_PROPERTY + " must be a positive integer; got '" + v + "'", e);
        }
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        boolean ownTries = context.findAnnotation(Property.class).map(p -> p.tries() != Property.TRIES_NOT_SET)
                .orElse(false);
        if (!ownTries) {
            context.attributes().setTries(tries());
        }
        return property.execute();
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        Class<?> c = context.optionalContainerClass().orElse(null);
        if (c == null || !ComplianceBase.class.isAssignableFrom(c) || java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
            return SkipResult.doNotSkip();
        }
        String name;
        try {
            name = ((ComplianceBase) context.newInstance(c)).xp().name();
        } catch (BackendUnavailableException e) {
            return SkipResult.skip(e.getMessage());
        }
        String spec = System.getProperty(BackendSelection.PROPERTY, "").trim();
        if (spec.isEmpty() || spec.equals("all")) {
            return SkipResult.doNotSkip();
        }
        boolean selected = BackendSelection.selected().stream().map(BackendStatus::name).anyMatch(name::equals);
        return selected ? SkipResult.doNotSkip()
                : SkipResult.skip("backend " + name + " is not selected by -D" + BackendSelection.PROPERTY + "=" + spec);
    }
}

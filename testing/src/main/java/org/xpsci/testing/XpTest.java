package org.xpsci.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once per selected backend (SciPy's {@code xp} fixture): the method takes an
 * {@link org.xpsci.xp.ArrayNamespace} parameter. Backends are chosen with {@code -Dxp.backends=} (a comma
 * list such as {@code cpu,strict}, or {@code all}; empty means every available backend); an unavailable
 * backend shows as skipped with its reason. Consumer tests run each backend with fast paths on and off
 * ({@link Paths#BOTH}), so both paths are exercised; invocations are named {@code [cpu, fast]},
 * {@code [cpu, portable]}, ...
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BackendInvocations.class)
public @interface XpTest {

    /** Which consumer paths each backend runs. */
    enum Paths {
        /** Fast paths on, then off: every consumer test. */
        BOTH,
        /** As configured by {@code -Dxpsci.fastpaths}: tests of backends themselves. */
        AS_CONFIGURED
    }

    /** Which consumer paths to run; {@link Paths#BOTH} by default. */
    Paths paths() default Paths.BOTH;
}

package org.xpsci.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Expects an {@link XpTest} to fail on the named backend (SciPy's {@code xfail_xp_backends}): the invocation
 * passes when the test throws, and fails with "unexpectedly passed" when it does not, so fixed backends are
 * noticed. Repeatable.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ExpectFailure.List.class)
public @interface ExpectFailure {

    /** The backend's name. */
    String value();

    /** Why it fails there. */
    String reason();

    /** The kind of failure expected; any throwable by default. */
    Class<? extends Throwable> exception() default Throwable.class;

    /** Holder for repeated annotations. */
    @Documented
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /** The annotations. */
        ExpectFailure[] value();
    }
}

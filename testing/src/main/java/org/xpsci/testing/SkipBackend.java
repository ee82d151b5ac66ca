package org.xpsci.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Skips an {@link XpTest} on the named backend, with a reason (SciPy's {@code skip_xp_backends}). Repeatable;
 * on a class it applies to every test of the class.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(SkipBackend.List.class)
public @interface SkipBackend {

    /** The backend's name. */
    String value();

    /** Why the test does not apply there; shown in the report. */
    String reason();

    /** Holder for repeated annotations. */
    @Documented
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /** The annotations. */
        SkipBackend[] value();
    }
}

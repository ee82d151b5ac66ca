package org.xpsci.cli.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The heading under which {@code xpsci --help} lists the commands of a class of command methods. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CommandGroup {

    /** The heading, e.g. "Spectral analysis (scipy.signal)". */
    String value();
}

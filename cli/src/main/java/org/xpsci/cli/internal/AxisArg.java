package org.xpsci.cli.internal;

import java.util.Locale;

/** Reads an {@code --axis} value as SciPy's {@code axis}: an integer, or {@code none} (Python's None: flatten). */
public final class AxisArg {

    private AxisArg() {
    }

    /**
     * The axis, or null for {@code none}.
     *
     * @throws IllegalArgumentException when the text is neither an integer nor none
     */
    public static Integer parse(String text) {
        if (text.toLowerCase(Locale.ROOT).equals("none")) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("axis must be an integer or none; got '" + text + "'");
        }
    }
}

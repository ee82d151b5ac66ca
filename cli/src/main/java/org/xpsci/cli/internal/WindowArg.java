package org.xpsci.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xpsci.signal.WindowSpec;

/**
 * Reads the {@code --window} option as SciPy's {@code window} argument: {@code NAME} ({@code hann}),
 * {@code NAME,PARAM,...} (the tuple {@code ('kaiser', 8.0)}; {@code None} for a missing parameter), a bare
 * number (a Kaiser window's beta, as {@code get_window} reads a float), or a {@code .npy} file holding the
 * window's values (for the spectral functions).
 */
public final class WindowArg {

    private WindowArg() {
    }

    /**
     * The window the text describes; a {@code .npy} file is read into the session's backend.
     *
     * @throws IllegalArgumentException for an empty name or a parameter that is not a number
     */
    public static WindowSpec parse(String text, BackendOptions session) {
        if (text.endsWith(".npy")) {
            return WindowSpec.of(session.read(Path.of(text), "window"));
        }
        return parse(text);
    }

    /**
     * The window a name, name with parameters, or bare number describes.
     *
     * @throws IllegalArgumentException for an empty name or a parameter that is not a number
     */
    public static WindowSpec parse(String text) {
        String[] parts = text.split(",", -1);
        String name = parts[0].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("window must be NAME, NAME,PARAM,... or a number; got '" + text + "'");
        }
        if (parts.length == 1 && isNumber(name)) {
            return WindowSpec.kaiser(Double.parseDouble(name));
        }
        List<Double> params = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.equalsIgnoreCase("none")) {
                params.add(null);
            } else if (isNumber(p)) {
                params.add(Double.parseDouble(p));
            } else {
                throw new IllegalArgumentException("window parameter " + i + " of '" + text + "' must be a number"
                        + " or None; got '" + p + "'");
            }
        }
        return new WindowSpec.Named(name, params);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return !s.isEmpty() && !s.endsWith("d") && !s.endsWith("f") && !s.endsWith("D") && !s.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

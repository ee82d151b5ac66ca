package org.xpsci.cli.internal;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON text of maps, lists, strings, numbers, booleans and null, on one line (what {@code xpsci bench
 * --json} and {@code xpsci info --json} print; Python's {@code json.loads} reads it).
 */
public final class Json {

    private Json() {
    }

    /** The JSON text of {@code value}; non-finite doubles become null. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            out.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(sep);
                string(out, String.valueOf(e.getKey()));
                out.append(": ");
                append(out, e.getValue());
                sep = ", ";
            }
            out.append('}');
        } else if (value instanceof List<?> l) {
            out.append('[');
            String sep = "";
            for (Object o : l) {
                out.append(sep);
                append(out, o);
                sep = ", ";
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

package org.xpsci.xp;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed header dictionary of a {@code .npy} file: {@code {'descr': '<f8', 'fortran_order': False,
 * 'shape': (3, 4), }}.
 *
 * @param dtype        the element dtype
 * @param bigEndian    whether the data is big-endian
 * @param fortranOrder whether the data is in column-major order
 * @param shape        the shape
 */
record NpyHeader(DType dtype, boolean bigEndian, boolean fortranOrder, int[] shape) {

    static NpyHeader parse(String header, String source) {
        String h = header.trim();
        if (!h.startsWith("{") || !h.endsWith("}")) {
            throw new NpyFormatException(source + " has a corrupt header (not a dictionary): " + abbreviate(h));
        }
        String descr = stringValue(h, "descr", source);
        String fortran = rawValue(h, "fortran_order", source);
        String shape = rawValue(h, "shape", source);
        boolean f = switch (fortran) {
            case "True" -> true;
            case "False" -> false;
            default -> throw new NpyFormatException(source + " has fortran_order " + fortran + "; expected True or False");
        };
        char order = descr.isEmpty() ? '?' : descr.charAt(0);
        String type = descr;
        boolean big = false;
        if (order == '<' || order == '>' || order == '|' || order == '=') {
            big = order == '>';
            type = descr.substring(1);
        }
        return new NpyHeader(dtypeOf(type, descr, source), big, f, parseShape(shape, source));
    }

    private static DType dtypeOf(String type, String descr, String source) {
        return switch (type) {
            case "b1", "?" -> DType.BOOL;
            case "i1" -> DType.INT8;
            case "i2" -> DType.INT16;
            case "i4" -> DType.INT32;
            case "i8" -> DType.INT64;
            case "u1" -> DType.UINT8;
            case "u2" -> DType.UINT16;
            case "u4" -> DType.UINT32;
            case "u8" -> DType.UINT64;
            case "f4" -> DType.FLOAT32;
            case "f8" -> DType.FLOAT64;
            case "c8" -> DType.COMPLEX64;
            case "c16" -> DType.COMPLEX128;
            default -> throw new NpyFormatException(source + " has dtype '" + descr + "', which xpsci does not support;"
                    + " supported: bool, int8..int64, uint8..uint64, float32, float64, complex64, complex128"
                    + (type.startsWith("O") ? " (object arrays cannot be read)" : "")
                    + (type.startsWith("M") || type.startsWith("m") ? " (datetime/timedelta are not numeric)" : ""));
        };
    }

    private static int[] parseShape(String s, String source) {
        String t = s.trim();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            throw new NpyFormatException(source + " has a corrupt shape " + t);
        }
        String inner = t.substring(1, t.length() - 1).trim();
        List<Integer> dims = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String p : inner.split(",")) {
                String q = p.trim();
                if (q.isEmpty()) {
                    continue;
                }
                if (q.endsWith("L")) {
                    q = q.substring(0, q.length() - 1);
                }
                long v;
                try {
                    v = Long.parseLong(q);
                } catch (NumberFormatException e) {
                    throw new NpyFormatException(source + " has a corrupt shape " + t);
                }
                if (v < 0 || v > Integer.MAX_VALUE) {
                    throw new NpyFormatException(source + " has an impossible dimension " + v + " in shape " + t);
                }
                dims.add((int) v);
            }
        }
        long size = 1;
        for (int d : dims) {
            size *= d;
            if (size > Integer.MAX_VALUE) {
                throw new NpyFormatException(source + " declares shape " + t + ", too large to hold");
            }
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String stringValue(String h, String key, String source) {
        String v = rawValue(h, key, source);
        if (v.length() < 2 || (v.charAt(0) != '\'' && v.charAt(0) != '"') || v.charAt(v.length() - 1) != v.charAt(0)) {
            throw new NpyFormatException(source + " has a " + key + " that is not a simple string: " + abbreviate(v)
                    + " (structured dtypes are not supported)");
        }
        return v.substring(1, v.length() - 1);
    }

    private static String rawValue(String h, String key, String source) {
        int k = h.indexOf("'" + key + "'");
        if (k < 0) {
            k = h.indexOf("\"" + key + "\"");
        }
        if (k < 0) {
            throw new NpyFormatException(source + " has a header without '" + key + "': " + abbreviate(h));
        }
        int colon = h.indexOf(':', k);
        if (colon < 0) {
            throw new NpyFormatException(source + " has a corrupt header near '" + key + "'");
        }
        int i = colon + 1;
        while (i < h.length() && h.charAt(i) == ' ') {
            i++;
        }
        int depth = 0;
        int j = i;
        char quote = 0;
        for (; j < h.length(); j++) {
            char c = h.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        return h.substring(i, j).trim();
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}

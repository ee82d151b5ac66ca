package org.xpsci.xp;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints arrays the way NumPy 2's {@code repr} does (default print options: precision 8, threshold 1000,
 * edgeitems 3, linewidth 75): {@code array([1. , 2.5])}, {@code array([1, 2], dtype=int32)}, nested brackets
 * aligned, lines wrapped, large arrays summarised with "..." and their shape shown. Only the elements shown are
 * read and formatted. Shared by every backend (a device backend formats a host copy).
 */
public final class ArrayFormat {

    /** Arrays with more elements than this are summarised. */
    public static final int THRESHOLD = 1000;
    /** Elements shown at each end of a summarised axis. */
    public static final int EDGE_ITEMS = 3;
    private static final int LINE_WIDTH = 75;
    private static final String SEPARATOR = ", ";

    private ArrayFormat() {
    }

    /** NumPy's repr of the array held in {@code b}, with {@code prefix} (e.g. "array"). */
    public static String repr(HostBuffer b, String prefix) {
        String open = prefix + "(";
        int[] shape = b.shape();
        long size = b.size();
        boolean summarise = size > THRESHOLD;
        String body = size == 0 ? "[]" : new Body(b, summarise).render(" ".repeat(open.length() + 1),
                LINE_WIDTH - 1);
        List<String> extras = new ArrayList<>();
        if (size == 0 && !(shape.length == 1) || summarise) {
            extras.add("shape=" + Broadcast.format(shape));
        }
        DType d = b.dtype();
        boolean implied = d == DType.FLOAT64 || d == DType.INT64 || d == DType.BOOL || d == DType.COMPLEX128;
        if (!implied || size == 0) {
            extras.add("dtype=" + d.label());
        }
        if (extras.isEmpty()) {
            return open + body + ")";
        }
        String head = open + body + ",";
        String tail = String.join(", ", extras) + ")";
        int lastLine = head.length() - (head.lastIndexOf('\n') + 1);
        return head + (lastLine + tail.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(open.length()) : " ") + tail;
    }

    /** The bracketed text of a non-empty array: the shown elements formatted, then laid out (_formatArray). */
    private static final class Body {
        private final int[] shown;
        private final boolean[] cut;
        private final String[] cells;

        Body(HostBuffer b, boolean summarise) {
            int[] shape = b.shape();
            shown = new int[shape.length];
            cut = new boolean[shape.length];
            for (int d = 0; d < shape.length; d++) {
                cut[d] = summarise && shape[d] > 2 * EDGE_ITEMS;
                shown[d] = cut[d] ? 2 * EDGE_ITEMS : shape[d];
            }
            cells = Cells.format(corners(b), b.dtype(), shape.length == 0);
        }

        /** The shown elements (all, or the corners of a summarised array) as a C-ordered view. */
        private HostBuffer corners(HostBuffer b) {
            if (!any(cut)) {
                return b;
            }
            int n = shown.length;
            int total = 1;
            for (int s : shown) {
                total *= s;
            }
            int[] positions = new int[total];
            int[] idx = new int[n];
            int[] shape = b.shape();
            for (int k = 0; k < total; k++) {
                int off = b.offset();
                for (int d = 0; d < n; d++) {
                    int i = cut[d] && idx[d] >= EDGE_ITEMS ? shape[d] - 2 * EDGE_ITEMS + idx[d] : idx[d];
                    off += i * b.strides()[d];
                }
                positions[k] = off;
                for (int d = n - 1; d >= 0; d--) {
                    if (++idx[d] < shown[d]) {
                        break;
                    }
                    idx[d] = 0;
                }
            }
            return new HostBuffer(gather(b, positions), b.dtype(), shown.clone(),
                    DlpackTensor.contiguousStrides(shown), 0);
        }

        private static Object gather(HostBuffer b, int[] positions) {
            int w = b.dtype().isComplexFloating() ? 2 : 1;
            Object src = b.data();
            Object out = java.lang.reflect.Array.newInstance(src.getClass().getComponentType(), w * positions.length);
            for (int k = 0; k < positions.length; k++) {
                System.arraycopy(src, w * positions[k], out, w * k, w);
            }
            return out;
        }

        private static boolean any(boolean[] a) {
            for (boolean x : a) {
                if (x) {
                    return true;
                }
            }
            return false;
        }

        String render(String hanging, int width) {
            return recurse(0, 0, hanging, width);
        }

        private String recurse(int axis, int start, String hanging, int width) {
            int left = shown.length - axis;
            if (left == 0) {
                return cells[start];
            }
            int stride = 1;
            for (int d = axis + 1; d < shown.length; d++) {
                stride *= shown[d];
            }
            int n = shown[axis];
            int leading = cut[axis] ? EDGE_ITEMS : 0;
            int trailing = cut[axis] ? EDGE_ITEMS : n;
            String nextHanging = hanging + " ";
            StringBuilder s = new StringBuilder();
            if (left == 1) {
                int elemWidth = width - 1;
                StringBuilder line = new StringBuilder(hanging);
                for (int i = 0; i < leading; i++) {
                    line = extend(s, line, recurse(axis + 1, start + i * stride, nextHanging, width - 1), elemWidth,
                            hanging).append(SEPARATOR);
                }
                if (cut[axis]) {
                    line = extend(s, line, "...", elemWidth, hanging).append(SEPARATOR);
                }
                for (int i = trailing; i > 1; i--) {
                    line = extend(s, line, recurse(axis + 1, start + (n - i) * stride, nextHanging, width - 1),
                            elemWidth, hanging).append(SEPARATOR);
                }
                line = extend(s, line, recurse(axis + 1, start + (n - 1) * stride, nextHanging, width - 1), elemWidth,
                        hanging);
                s.append(line);
            } else {
                String lineSep = "," + "\n".repeat(left - 1);
                for (int i = 0; i < leading; i++) {
                    s.append(hanging).append(recurse(axis + 1, start + i * stride, nextHanging, width - 1))
                            .append(lineSep);
                }
                if (cut[axis]) {
                    s.append(hanging).append("...").append(lineSep);
                }
                for (int i = trailing; i > 1; i--) {
                    s.append(hanging).append(recurse(axis + 1, start + (n - i) * stride, nextHanging, width - 1))
                            .append(lineSep);
                }
                s.append(hanging).append(recurse(axis + 1, start + (n - 1) * stride, nextHanging, width - 1));
            }
            return "[" + s.substring(hanging.length()) + "]";
        }

        /** NumPy's _extendLine: wraps before {@code word} when the line would grow past the width. */
        private static StringBuilder extend(StringBuilder s, StringBuilder line, String word, int width,
                                            String nextPrefix) {
            if (line.length() + word.length() > width && line.length() > nextPrefix.length()) {
                s.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(nextPrefix);
            }
            return line.append(word);
        }
    }

    /** The formatted elements of a buffer, in C order, padded to a common width as NumPy's formatters do. */
    private static final class Cells {

        static String[] format(HostBuffer b, DType d, boolean zeroD) {
            int n = Math.toIntExact(b.size());
            String[] out = new String[n];
            if (d.isBool()) {
                HostReader.forEachLong(b, (i, v) -> out[i] = v != 0 ? (zeroD ? "True" : " True") : "False");
                return out;
            }
            if (d.isIntegral()) {
                HostReader.forEachLong(b, (i, v) -> out[i] = d == DType.UINT64 ? Long.toUnsignedString(v)
                        : Long.toString(v));
                int w = 0;
                for (String c : out) {
                    w = Math.max(w, c.length());
                }
                for (int i = 0; i < n; i++) {
                    out[i] = " ".repeat(w - out[i].length()) + out[i];
                }
                return out;
            }
            double[] re = new double[n];
            double[] im = new double[n];
            HostReader.forEach(b, (i, r, m) -> {
                re[i] = r;
                im[i] = m;
            });
            boolean single = d.toReal() == DType.FLOAT32;
            FloatFormat real = FloatFormat.fit(re, single, false);
            FloatFormat imag = d.isComplexFloating() ? FloatFormat.fit(im, single, true) : null;
            for (int i = 0; i < n; i++) {
                out[i] = real.format(re[i]);
                if (imag != null) {
                    String s = imag.format(im[i]);
                    String t = s.stripTrailing();
                    out[i] += t + "j" + s.substring(t.length());
                }
            }
            return out;
        }
    }
}

package org.xpsci.xp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints arrays the way NumPy's {@code repr} does: {@code array([1. , 2.5])},
 * {@code array([1, 2], dtype=int32)}, nested brackets aligned, large arrays summarised with "...".
 * Shared by every backend (a device backend formats a host copy).
 */
public final class ArrayFormat {

    /** Arrays with more elements than this are summarised. */
    public static final int THRESHOLD = 1000;
    /** Elements shown at each end of a summarised axis. */
    public static final int EDGE_ITEMS = 3;
    private static final int LINE_WIDTH = 75;

    private ArrayFormat() {
    }

    /** NumPy's repr of the array held in {@code b}, with {@code prefix} (e.g. "array"). */
    public static String repr(HostBuffer b, String prefix) {
        String[] cells = cells(b);
        boolean summarise = b.size() > THRESHOLD;
        String open = prefix + "(";
        String body;
        if (b.shape().length == 0) {
            body = cells[0].trim();
        } else if (b.size() == 0) {
            body = "[]";
        } else {
            int width = 0;
            for (String c : cells) {
                width = Math.max(width, c.length());
            }
            body = nest(b.shape(), cells, width, 0, 0, open.length(), summarise);
        }
        boolean showDtype = b.size() == 0 || !(b.dtype() == DType.FLOAT64 || b.dtype() == DType.INT64
                || b.dtype() == DType.BOOL || b.dtype() == DType.COMPLEX128);
        if (b.size() == 0 && b.shape().length > 1) {
            return open + body + ", shape=" + Broadcast.format(b.shape()) + ", dtype=" + b.dtype() + ")";
        }
        return open + body + (showDtype ? ", dtype=" + b.dtype() : "") + ")";
    }

    private static String nest(int[] shape, String[] cells, int width, int axis, int start, int indent,
                               boolean summarise) {
        int n = shape[axis];
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        List<String> parts = new ArrayList<>();
        boolean cut = summarise && n > 2 * EDGE_ITEMS;
        for (int i = 0; i < n; i++) {
            if (cut && i == EDGE_ITEMS) {
                parts.add("...");
                i = n - EDGE_ITEMS - 1;
                continue;
            }
            if (axis == shape.length - 1) {
                parts.add(pad(cells[start + i], width));
            } else {
                parts.add(nest(shape, cells, width, axis + 1, start + i * stride, indent + 1, summarise));
            }
        }
        StringBuilder sb = new StringBuilder("[");
        if (axis == shape.length - 1) {
            int col = indent + 1;
            for (int i = 0; i < parts.size(); i++) {
                String p = parts.get(i);
                if (i > 0) {
                    if (col + 2 + p.length() > LINE_WIDTH) {
                        sb.append(",\n").append(" ".repeat(indent + 1));
                        col = indent + 1;
                    } else {
                        sb.append(", ");
                        col += 2;
                    }
                }
                sb.append(p);
                col += p.length();
            }
        } else {
            String sep = "," + "\n".repeat(shape.length - axis - 1) + " ".repeat(indent + 1);
            sb.append(String.join(sep, parts));
        }
        return sb.append("]").toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String[] cells(HostBuffer b) {
        int n = Math.toIntExact(b.size());
        String[] out = new String[Math.max(n, 1)];
        if (n == 0) {
            out[0] = "";
            return out;
        }
        DType d = b.dtype();
        if (d.isBool() || d.isIntegral()) {
            if (d == DType.UINT64) {
                HostReader.forEachLong(b, (i, v) -> out[i] = Long.toUnsignedString(v));
            } else {
                HostReader.forEachLong(b, (i, v) -> out[i] = d.isBool() ? (v != 0 ? " True" : "False") : Long.toString(v));
            }
            return out;
        }
        double[] re = new double[n];
        double[] im = new double[n];
        HostReader.forEach(b, (i, r, m) -> {
            re[i] = r;
            im[i] = m;
        });
        FloatStyle sr = FloatStyle.of(re, d.toReal() == DType.FLOAT32);
        if (!d.isComplexFloating()) {
            String[] s = sr.format(re);
            System.arraycopy(s, 0, out, 0, n);
            return out;
        }
        FloatStyle si = FloatStyle.of(im, d.toReal() == DType.FLOAT32);
        String[] a = sr.format(re);
        String[] c = si.format(im);
        for (int i = 0; i < n; i++) {
            String imag = c[i].trim();
            String sign = imag.startsWith("-") ? "-" : "+";
            if (imag.startsWith("-")) {
                imag = imag.substring(1);
            }
            out[i] = a[i] + sign + imag + "j";
        }
        return out;
    }

    /** How a column of floats is printed: positional with a common number of decimals, or scientific. */
    private record FloatStyle(boolean scientific, int decimals, int precision) {

        static FloatStyle of(double[] v, boolean single) {
            int precision = 8;
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            boolean allIntegral = true;
            for (double x : v) {
                if (!Double.isFinite(x)) {
                    continue;
                }
                double a = Math.abs(x);
                max = Math.max(max, a);
                if (a != 0) {
                    min = Math.min(min, a);
                }
                if (x != Math.rint(x)) {
                    allIntegral = false;
                }
            }
            boolean sci = max >= 1e16 || (min < 1e-4 && min != Double.POSITIVE_INFINITY)
                    || (!allIntegral && min != Double.POSITIVE_INFINITY && max / min > 1e3 && max >= 1e8);
            if (sci) {
                int dec = 0;
                for (double x : v) {
                    if (Double.isFinite(x) && x != 0) {
                        dec = Math.max(dec, mantissaDigits(x, precision, single));
                    }
                }
                return new FloatStyle(true, dec, precision);
            }
            int dec = 0;
            for (double x : v) {
                if (Double.isFinite(x)) {
                    dec = Math.max(dec, fractionDigits(x, precision, single));
                }
            }
            return new FloatStyle(false, dec, precision);
        }

        String[] format(double[] v) {
            String[] out = new String[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = one(v[i]);
            }
            return out;
        }

        private String one(double x) {
            if (Double.isNaN(x)) {
                return "nan";
            }
            if (Double.isInfinite(x)) {
                return x > 0 ? "inf" : "-inf";
            }
            if (scientific) {
                String s = String.format(Locale.ROOT, "%." + decimals + "e", x);
                int e = s.indexOf('e');
                String mant = s.substring(0, e);
                if (decimals == 0) {
                    mant = mant + ".";
                }
                int exp = Integer.parseInt(s.substring(e + 1));
                return mant + "e" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
            }
            String s = new BigDecimal(x).setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
            if (x == 0 && 1 / x < 0) {
                s = "-" + s;
            }
            if (decimals == 0) {
                return s + ".";
            }
            int dot = s.indexOf('.');
            int end = s.length();
            while (end > dot + 1 && s.charAt(end - 1) == '0') {
                end--;
            }
            String t = s.substring(0, end);
            int have = end - dot - 1;
            return t + " ".repeat(decimals - have);
        }

        private static int fractionDigits(double x, int precision, boolean single) {
            String s = shortest(x, single);
            BigDecimal bd = new BigDecimal(s).stripTrailingZeros();
            int scale = Math.max(bd.scale(), 0);
            return Math.min(scale, precision);
        }

        private static int mantissaDigits(double x, int precision, boolean single) {
            BigDecimal bd = new BigDecimal(shortest(x, single)).stripTrailingZeros();
            int digits = bd.precision() - 1;
            return Math.min(Math.max(digits, 0), precision);
        }

        private static String shortest(double x, boolean single) {
            return single ? Float.toString((float) x) : Double.toString(x);
        }
    }
}

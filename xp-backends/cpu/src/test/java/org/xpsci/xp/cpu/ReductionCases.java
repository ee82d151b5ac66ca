package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The packed NumPy reference cases of {@code reductions.npz} (written by {@code gen_reductions.py}): parses
 * each case, rebuilds the input view and the call, and compares with the expected values, checking also that
 * the input was left untouched.
 */
final class ReductionCases {

    static final Fixture FIXTURE = Fixtures.load("reductions.npz");
    private static final Map<String, String[]> GROUPS = groups();

    private ReductionCases() {
    }

    /** One case: the input (base and layout), the axes (null: all), keepdims and the expected shape. */
    record Case(String func, String dtype, String input, int[] axes, boolean keep, int[] shape) {
        @Override
        public String toString() {
            return func + "(" + dtype + "_" + input + ", axes=" + (axes == null ? "None" : Arrays.toString(axes))
                    + (keep ? ", keep" : "") + ")";
        }
    }

    /**
     * Runs every case of the functions named {@code func} or {@code func_<parameter>} and returns how many
     * ran.
     */
    static int check(ArrayNamespace xp, String func) {
        int count = 0;
        for (Map.Entry<String, String[]> g : GROUPS.entrySet()) {
            String[] key = g.getKey().split("__");
            if (!key[0].equals(func) && !key[0].startsWith(func + "_")) {
                continue;
            }
            NdArray values = FIXTURE.get(xp, g.getKey());
            long at = 0;
            for (String text : g.getValue()) {
                Case c = parse(key[0], key[1], text);
                long n = org.xpsci.xp.Axes.size(c.shape);
                NdArray expected = n == 0 ? xp.empty(c.shape, values.dtype(), null)
                        : xp.reshape(values.get(Index.range((int) at, (int) (at + n))), c.shape);
                at += n;
                NdArray x = input(xp, c.dtype, c.input);
                NdArray before = xp.asarray(x, null, null, true);
                NdArray actual = call(xp, c, x);
                compare(actual, expected, c);
                assertEqual(x, before, AssertOptions.defaults().message(c + " modified its input"));
                count++;
            }
        }
        assertFalse(count == 0, "no reference cases for " + func);
        return count;
    }

    private static void compare(NdArray actual, NdArray expected, Case c) {
        AssertOptions o = AssertOptions.defaults().message(c.toString());
        DType d = expected.dtype();
        String f = c.func;
        boolean exact = !d.isFloating() || f.startsWith("max") || f.startsWith("min") || f.startsWith("diff")
                || f.startsWith("nonzero");
        if (exact) {
            assertEqual(actual, expected, o);
        } else if (d == DType.FLOAT64 || d == DType.COMPLEX128) {
            assertClose(actual, expected, o.rtol(1e-12).atol(1e-13));
        } else {
            // NumPy accumulates float32 in float32; the cpu backend in double: both are close to the truth
            double rtol = f.startsWith("var") || f.startsWith("std") ? 3e-5 : 2e-6;
            assertClose(actual, expected, o.rtol(rtol).atol(1e-6));
        }
    }

    /** The call a case names. */
    static NdArray call(ArrayNamespace xp, Case c, NdArray x) {
        String f = c.func;
        int[] ax = c.axes;
        Integer axis = ax == null || ax.length == 0 ? null : ax[0];
        DType dt = f.contains("_dt") ? DType.parse(f.substring(f.indexOf("_dt") + 3)) : null;
        String name = f.contains("_dt") ? f.substring(0, f.indexOf("_dt")) : f;
        if (name.startsWith("var") || name.startsWith("std")) {
            double correction = name.length() > 3 ? Double.parseDouble(name.substring(5)) : 0;
            return name.startsWith("var") ? xp.var(x, ax, correction, c.keep) : xp.std(x, ax, correction, c.keep);
        }
        if (name.startsWith("diff_n")) {
            return xp.diff(x, axis, Integer.parseInt(name.substring(6)), null, null);
        }
        return switch (name) {
            case "sum" -> xp.sum(x, ax, dt, c.keep);
            case "prod" -> xp.prod(x, ax, dt, c.keep);
            case "max" -> xp.max(x, ax, c.keep);
            case "min" -> xp.min(x, ax, c.keep);
            case "mean" -> xp.mean(x, ax, c.keep);
            case "all" -> xp.all(x, ax, c.keep);
            case "any" -> xp.any(x, ax, c.keep);
            case "count_nonzero" -> xp.countNonzero(x, ax, c.keep);
            case "argmax" -> xp.argmax(x, axis, c.keep);
            case "argmin" -> xp.argmin(x, axis, c.keep);
            case "cumulative_sum" -> xp.cumulativeSum(x, axis, dt, c.keep);
            case "cumulative_prod" -> xp.cumulativeProd(x, axis, dt, c.keep);
            case "nonzero" -> xp.nonzero(x).get(axis);
            default -> throw new IllegalArgumentException("unknown function in fixture: " + f);
        };
    }

    /** The input {@code <base>_<layout>} of a dtype: the stored (or formula) array in that layout. */
    static NdArray input(ArrayNamespace xp, String dtype, String input) {
        int cut = input.lastIndexOf('_');
        String base = input.substring(0, cut);
        String name = dtype + "_" + base;
        NdArray x = FIXTURE.has("x__" + name) ? FIXTURE.get(xp, "x__" + name) : formulaBase(xp, base, dtype);
        return view(xp, x, input.substring(cut + 1));
    }

    private static NdArray formulaBase(ArrayNamespace xp, String base, String dtype) {
        int[] shape = switch (base) {
            case "long" -> new int[] {1000};
            case "col" -> new int[] {64, 33};
            case "narrow" -> new int[] {300, 3};
            default -> throw new IllegalArgumentException("fixture has no input " + dtype + "_" + base);
        };
        return formula(xp, shape, DType.parse(dtype));
    }

    /** The generator's layouts: c as stored, t with the axes reversed, s a fixed strided view. */
    static NdArray view(ArrayNamespace xp, NdArray x, String layout) {
        int nd = x.ndim();
        switch (layout) {
            case "c":
                return x;
            case "t":
                int[] perm = new int[nd];
                for (int i = 0; i < nd; i++) {
                    perm[i] = nd - 1 - i;
                }
                return xp.permuteDims(x, perm);
            case "s":
                return switch (nd) {
                    case 1 -> x.get(Index.slice(null, null, -3));
                    case 2 -> x.get(Index.slice(null, null, 2), Index.slice(null, null, -1));
                    default -> x.get(Index.slice(null, null, -1), Index.slice(1, null, null),
                            Index.slice(null, null, 2));
                };
            default:
                throw new IllegalArgumentException("unknown layout " + layout);
        }
    }

    /**
     * The generator's {@code formula}: element i (C order) is k = (i*7919 mod 10007) - 5003; integers take
     * k, floats k * 0.001 rounded to the dtype, complex the floats of 2n indices (real parts first).
     */
    static NdArray formula(ArrayNamespace xp, int[] shape, DType dtype) {
        int n = Math.toIntExact(org.xpsci.xp.Axes.size(shape));
        int m = dtype.isComplexFloating() ? 2 * n : n;
        long[] k = new long[m];
        for (int i = 0; i < m; i++) {
            k[i] = (i * 7919L) % 10007 - 5003;
        }
        if (!dtype.isFloating()) {
            return xp.astype(xp.reshape(xp.asarray(k), shape), dtype);
        }
        Object data;
        switch (dtype) {
            case FLOAT32 -> {
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = (float) (k[i] * 1e-3);
                }
                data = v;
            }
            case FLOAT64 -> {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = k[i] * 1e-3;
                }
                data = v;
            }
            case COMPLEX64 -> {
                float[] v = new float[2 * n];
                for (int i = 0; i < n; i++) {
                    v[2 * i] = (float) (k[i] * 1e-3);
                    v[2 * i + 1] = (float) (k[n + i] * 1e-3);
                }
                data = v;
            }
            default -> {
                double[] v = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    v[2 * i] = k[i] * 1e-3;
                    v[2 * i + 1] = k[n + i] * 1e-3;
                }
                data = v;
            }
        }
        return xp.fromDlpack(DlpackTensor.host(data, dtype, shape), null, true);
    }

    private static Case parse(String func, String dtype, String text) {
        String[] p = text.split("\\|", -1);
        int[] axes = switch (p[1]) {
            case "all" -> null;
            case "none" -> new int[0];
            default -> ints(p[1]);
        };
        return new Case(func, dtype, p[0], axes, p[2].equals("k"), ints(p[3]));
    }

    private static int[] ints(String dotted) {
        if (dotted.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(dotted.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    private static Map<String, String[]> groups() {
        byte[] bytes = (byte[]) Xp.hostBuffer(FIXTURE.get(Xp.backend("cpu"), "cases")).orElseThrow().data();
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String line : new String(bytes, StandardCharsets.US_ASCII).split("\n")) {
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq), line.substring(eq + 1).split(";"));
        }
        return out;
    }
}

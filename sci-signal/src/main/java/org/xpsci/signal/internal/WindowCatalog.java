package org.xpsci.signal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xpsci.signal.WindowSpec;

/**
 * SciPy's {@code get_window}: the table of window names and aliases with the parameters each takes, the
 * {@code _periodic}/{@code _symmetric} suffixes, and the argument checks, computing windows as Java doubles.
 */
public final class WindowCatalog {

    /** Computes a window of length m, symmetric or periodic, from checked parameters. */
    @FunctionalInterface
    private interface Kernel {
        double[] compute(int m, boolean sym, List<Double> params);
    }

    /** One window: its canonical name, how many parameters it takes, and how to compute it. */
    private record Entry(String name, int minParams, int maxParams, boolean noneFirst, Kernel kernel) {
    }

    private static final Map<String, Entry> ENTRIES = new HashMap<>();

    static {
        plain(PiecewiseWindows::barthann, "barthann", "brthan", "bth");
        plain(PiecewiseWindows::bartlett, "bartlett", "bart", "brt");
        plain(CosineSums::blackman, "blackman", "black", "blk");
        plain(CosineSums::blackmanHarris, "blackmanharris", "blackharr", "bkh");
        plain(PiecewiseWindows::bohman, "bohman", "bman", "bmn");
        plain(PiecewiseWindows::boxcar, "boxcar", "box", "ones", "rect", "rectangular");
        add(1, 1, false, (m, s, p) -> ChebyshevWindow.chebwin(m, p.get(0), s), "chebwin", "cheb");
        plain(PiecewiseWindows::cosine, "cosine", "halfcosine");
        add(1, 1, false, (m, s, p) -> DpssWindow.dpss(m, p.get(0), s), "dpss");
        add(0, 2, true, (m, s, p) -> ExponentialWindows.exponential(m, p.isEmpty() ? null : p.get(0),
                p.size() > 1 ? p.get(1) : 1.0, s), "exponential", "poisson");
        plain(CosineSums::flattop, "flattop", "flat", "flt");
        add(1, 1, false, (m, s, p) -> ExponentialWindows.gaussian(m, p.get(0), s), "gaussian", "gauss", "gss");
        add(1, Integer.MAX_VALUE, false, (m, s, p) -> CosineSums.generalCosine(m, coefficients(p), s),
                "general cosine", "general_cosine");
        add(2, 2, false, (m, s, p) -> ExponentialWindows.generalGaussian(m, p.get(0), p.get(1), s),
                "general gaussian", "general_gaussian", "general gauss", "general_gauss", "ggs");
        add(1, 1, false, (m, s, p) -> CosineSums.generalHamming(m, p.get(0), s), "general hamming",
                "general_hamming");
        plain(CosineSums::hamming, "hamming", "hamm", "ham");
        plain(CosineSums::hann, "hann", "han");
        add(1, 1, false, (m, s, p) -> KaiserWindows.kaiser(m, p.get(0), s), "kaiser", "ksr");
        add(1, 1, false, (m, s, p) -> KaiserWindows.kaiserBesselDerived(m, p.get(0), s), "kaiser bessel derived",
                "kaiser_bessel_derived", "kbd");
        plain(PiecewiseWindows::lanczos, "lanczos", "sinc");
        plain(CosineSums::nuttall, "nuttall", "nutl", "nut");
        plain(PiecewiseWindows::parzen, "parzen", "parz", "par");
        add(0, 3, false, (m, s, p) -> TaylorWindow.taylor(m, nbar(p), p.size() > 1 ? p.get(1) : 30,
                p.size() > 2 ? p.get(2) != 0 : true, s), "taylor", "taylorwin");
        plain(PiecewiseWindows::triang, "triangle", "triang", "tri");
        add(0, 1, false, (m, s, p) -> PiecewiseWindows.tukey(m, p.isEmpty() ? 0.5 : p.get(0), s), "tukey", "tuk");
    }

    private WindowCatalog() {
    }

    /**
     * The window {@code get_window(window, nx, fftbins)} as doubles.
     *
     * @throws IllegalArgumentException for a non-positive length, an unknown name, or parameters the window
     *                                  does not take, in SciPy's words
     */
    public static double[] compute(WindowSpec.Named window, int nx, boolean fftbins) {
        if (nx <= 0) {
            throw new IllegalArgumentException("Parameter Nx=" + nx + " is not a positive integer");
        }
        boolean sym = !fftbins;
        String name = window.name();
        if (name.endsWith("_symmetric")) {
            sym = true;
            name = name.substring(0, name.length() - "_symmetric".length());
        } else if (name.endsWith("_periodic")) {
            sym = false;
            name = name.substring(0, name.length() - "_periodic".length());
        }
        Entry e = ENTRIES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("Invalid window name '" + name + "' in parameter window=" + window
                    + "!");
        }
        List<Double> params = window.params();
        checkParams(e, name, window, params);
        if (e.name().equals("chebwin") && ChebyshevWindow.warns(params.get(0))) {
            Warnings.warn(ChebyshevWindow.warning());
        }
        return e.kernel().compute(nx, sym, params);
    }

    private static void checkParams(Entry e, String name, WindowSpec.Named window, List<Double> params) {
        if (e.maxParams() == 0 && !params.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' does not allow parameters, but window=" + window + "!");
        }
        if (e.minParams() > 0 && params.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' must have parameters, but window=" + window + "!");
        }
        if (params.size() < e.minParams() || params.size() > e.maxParams()) {
            String range = e.minParams() == e.maxParams() ? Integer.toString(e.minParams())
                    : e.minParams() + " to " + e.maxParams();
            throw new IllegalArgumentException("Window " + name + " must have " + range + " parameter"
                    + (range.equals("1") ? "" : "s") + " but window=" + window);
        }
        for (int i = 0; i < params.size(); i++) {
            Double p = params.get(i);
            if (p == null && !(i == 0 && e.noneFirst())) {
                throw new IllegalArgumentException("parameter " + (i + 1) + " of window '" + name
                        + "' must be a number; got None in window=" + window);
            }
        }
    }

    private static double[] coefficients(List<Double> p) {
        double[] a = new double[p.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = p.get(i);
        }
        return a;
    }

    private static int nbar(List<Double> p) {
        if (p.isEmpty()) {
            return 4;
        }
        double v = p.get(0);
        if (v != Math.rint(v) || v < 1) {
            throw new IllegalArgumentException("nbar of the taylor window must be a positive integer; got nbar=" + v);
        }
        return (int) v;
    }

    private static void plain(Plain f, String... names) {
        add(0, 0, false, (m, s, p) -> f.compute(m, s), names);
    }

    private static void add(int min, int max, boolean noneFirst, Kernel k, String... names) {
        Entry e = new Entry(names[0], min, max, noneFirst, k);
        for (String n : names) {
            ENTRIES.put(n, e);
        }
    }

    /** A window without parameters. */
    @FunctionalInterface
    private interface Plain {
        double[] compute(int m, boolean sym);
    }

    /** Every accepted name and alias (for documentation and tests). */
    public static List<String> names() {
        return new ArrayList<>(ENTRIES.keySet());
    }
}

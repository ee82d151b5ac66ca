package org.xpsci.stats.internal.algebra;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * {@link VectorAlgebra} over primitive {@code double[]} blocks of one length, evaluated by plain Java loops
 * (the host fast path). Blocks are small (see {@link HostEvaluation}), so the temporaries stay in cache.
 */
public final class HostAlgebra implements VectorAlgebra<double[], boolean[]> {

    private final int n;

    /** An algebra over vectors of length {@code n}. */
    public HostAlgebra(int n) {
        this.n = n;
    }

    private double[] map(double[] a, DoubleUnaryOperator f) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = f.applyAsDouble(a[i]);
        }
        return r;
    }

    private double[] zip(double[] a, double[] b, DoubleBinaryOperator f) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = f.applyAsDouble(a[i], b[i]);
        }
        return r;
    }

    @Override
    public double[] full(double value) {
        double[] r = new double[n];
        Arrays.fill(r, value);
        return r;
    }

    @Override
    public boolean[] none() {
        return new boolean[n];
    }

    @Override
    public double[] add(double[] a, double[] b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] + b[i];
        }
        return r;
    }

    @Override
    public double[] add(double[] a, double b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] + b;
        }
        return r;
    }

    @Override
    public double[] sub(double[] a, double[] b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }

    @Override
    public double[] sub(double[] a, double b) {
        return add(a, -b);
    }

    @Override
    public double[] sub(double a, double[] b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a - b[i];
        }
        return r;
    }

    @Override
    public double[] mul(double[] a, double[] b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] * b[i];
        }
        return r;
    }

    @Override
    public double[] mul(double[] a, double b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] * b;
        }
        return r;
    }

    @Override
    public double[] div(double[] a, double[] b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] / b[i];
        }
        return r;
    }

    @Override
    public double[] div(double[] a, double b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] / b;
        }
        return r;
    }

    @Override
    public double[] div(double a, double[] b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a / b[i];
        }
        return r;
    }

    @Override
    public double[] neg(double[] a) {
        return map(a, v -> -v);
    }

    @Override
    public double[] abs(double[] a) {
        return map(a, Math::abs);
    }

    @Override
    public double[] sqrt(double[] a) {
        return map(a, Math::sqrt);
    }

    @Override
    public double[] exp(double[] a) {
        return map(a, Math::exp);
    }

    @Override
    public double[] expm1(double[] a) {
        return map(a, Math::expm1);
    }

    @Override
    public double[] log(double[] a) {
        return map(a, Math::log);
    }

    @Override
    public double[] log1p(double[] a) {
        return map(a, Math::log1p);
    }

    @Override
    public double[] pow(double[] a, double[] b) {
        return zip(a, b, Math::pow);
    }

    @Override
    public double[] floor(double[] a) {
        return map(a, Math::floor);
    }

    @Override
    public double[] ceil(double[] a) {
        return map(a, Math::ceil);
    }

    @Override
    public double[] minimum(double[] a, double[] b) {
        return zip(a, b, (x, y) -> Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.min(x, y));
    }

    @Override
    public boolean[] less(double[] a, double[] b) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] < b[i];
        }
        return r;
    }

    @Override
    public boolean[] less(double[] a, double b) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] < b;
        }
        return r;
    }

    @Override
    public boolean[] lessEqual(double[] a, double b) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] <= b;
        }
        return r;
    }

    @Override
    public boolean[] greater(double[] a, double b) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] > b;
        }
        return r;
    }

    @Override
    public boolean[] greaterEqual(double[] a, double b) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] >= b;
        }
        return r;
    }

    @Override
    public boolean[] equal(double[] a, double b) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] == b;
        }
        return r;
    }

    @Override
    public boolean[] isnan(double[] a) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = Double.isNaN(a[i]);
        }
        return r;
    }

    @Override
    public boolean[] isinf(double[] a) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = Double.isInfinite(a[i]);
        }
        return r;
    }

    @Override
    public boolean[] and(boolean[] a, boolean[] b) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] && b[i];
        }
        return r;
    }

    @Override
    public boolean[] or(boolean[] a, boolean[] b) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] || b[i];
        }
        return r;
    }

    @Override
    public boolean[] not(boolean[] a) {
        boolean[] r = new boolean[n];
        for (int i = 0; i < n; i++) {
            r[i] = !a[i];
        }
        return r;
    }

    @Override
    public double[] where(boolean[] c, double[] a, double[] b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = c[i] ? a[i] : b[i];
        }
        return r;
    }

    @Override
    public double[] where(boolean[] c, double[] a, double b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = c[i] ? a[i] : b;
        }
        return r;
    }

    @Override
    public double[] where(boolean[] c, double a, double[] b) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = c[i] ? a : b[i];
        }
        return r;
    }

    @Override
    public boolean all(boolean[] mask) {
        for (boolean b : mask) {
            if (!b) {
                return false;
            }
        }
        return true;
    }
}

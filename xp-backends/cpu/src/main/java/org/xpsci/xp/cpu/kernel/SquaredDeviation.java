package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;

/**
 * The second pass of a two-pass variance: sums {@code |x - mean|^2} over each output's elements, pairwise,
 * with the mean of each output given (the layout of the accumulators: one double per output, two for
 * complex). For complex input the squared modulus {@code re^2 + im^2} of the deviation is summed, as NumPy's
 * {@code var} does. The deviations are computed on the fly, never stored.
 */
public final class SquaredDeviation extends ReduceOp {

    private final double[] mean;
    private final boolean complex;

    /** The op for real ({@code complex = false}) or complex input with the given per-output means. */
    public SquaredDeviation(double[] mean, boolean complex) {
        super(complex ? Kind.COMPLEX : Kind.DOUBLE);
        this.mean = mean;
        this.complex = complex;
    }

    @Override
    public Object newAccumulators(int n) {
        return new double[n];
    }

    @Override
    public void merge(Object acc, int a, Object part, int b, int n) {
        addInto(acc, a, part, b, n);
    }

    @Override
    public Folder folder(Object data, DType dtype) {
        Deviations values = new Deviations(new BlockInput(data, dtype, load()));
        return new Folder() {
            @Override
            public void foldRun(Object acc, int a, int off, int stride, int n) {
                values.output = a;
                ((double[]) acc)[a] += PairwiseSum.sum(values, off, stride, n);
            }

            @Override
            public void accumulate(Object acc, int a, int as, int off, int stride, int n) {
                double[] s = (double[]) acc;
                double[] v = (double[]) Runs.read(values.in, off, stride, n);
                int at = values.in.at();
                for (int i = 0; i < n; i++) {
                    s[a + i * as] += values.square(v, at + i, a + i * as);
                }
            }
        };
    }

    @Override
    public void foldRunParallel(Object acc, int a, Object data, DType dtype, int off, int stride, int n, int pieces) {
        ((double[]) acc)[a] += PairwiseSum.sumParallel(() -> {
            Deviations d = new Deviations(new BlockInput(data, dtype, load()));
            d.output = a;
            return d;
        }, off, stride, n, pieces);
    }

    /** Squared deviations from one output's mean, a block at a time. */
    private final class Deviations extends PairwiseSum.Values {

        private final BlockInput in;
        private final double[] scratch = new double[StridedLoop.BLOCK];
        private int output;

        Deviations(BlockInput in) {
            this.in = in;
        }

        @Override
        protected int load(int off, int stride, int n) {
            double[] v = (double[]) Runs.read(in, off, stride, n);
            int at = in.at();
            floats = null;
            array = scratch;
            if (complex) {
                for (int i = 0; i < n; i++) {
                    scratch[i] = square(v, at + i, output);
                }
                return 0;
            }
            double m = mean[output];
            for (int i = 0; i < n; i++) {
                double d = v[at + i] - m;
                scratch[i] = d * d;
            }
            return 0;
        }

        /** The squared deviation of element k of block v from output o's mean. */
        double square(double[] v, int k, int o) {
            if (!complex) {
                double d = v[k] - mean[o];
                return d * d;
            }
            double dr = v[2 * k] - mean[2 * o];
            double di = v[2 * k + 1] - mean[2 * o + 1];
            return dr * dr + di * di;
        }
    }
}

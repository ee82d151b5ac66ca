package org.xpsci.xp.cpu.ops;

import org.xpsci.xp.cpu.kernel.UnaryKernel;

/** A function that returns its input unchanged, for every kind (positive; a new array, never a view). */
final class IdentityKernel extends UnaryKernel {

    IdentityKernel(String name) {
        super(name);
    }

    @Override
    public void doubles(double[] a, int ao, double[] o, int oo, int n) {
        System.arraycopy(a, ao, o, oo, n);
    }

    @Override
    public void floats(float[] a, int ao, float[] o, int oo, int n) {
        System.arraycopy(a, ao, o, oo, n);
    }

    @Override
    public void longs(long[] a, int ao, long[] o, int oo, int n) {
        System.arraycopy(a, ao, o, oo, n);
    }

    @Override
    public void bools(byte[] a, int ao, byte[] o, int oo, int n) {
        System.arraycopy(a, ao, o, oo, n);
    }

    @Override
    public void complexes(double[] a, int ao, double[] o, int oo, int n) {
        System.arraycopy(a, 2 * ao, o, 2 * oo, 2 * n);
    }
}

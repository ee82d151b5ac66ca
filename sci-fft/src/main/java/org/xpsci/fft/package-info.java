/**
 * scipy.fft for xpsci arrays: {@link org.xpsci.fft.Fft} (the discrete Fourier transforms and helpers),
 * {@link org.xpsci.fft.Dct} (DCT and DST types 1 to 4) and {@link org.xpsci.fft.Fht} (the fast Hankel
 * transform), with SciPy's keyword arguments as option records ({@link org.xpsci.fft.FftOptions},
 * {@link org.xpsci.fft.FftnOptions}, {@link org.xpsci.fft.DctOptions}, {@link org.xpsci.fft.DctnOptions}).
 * Written against the array API namespace: results live in the input's namespace and on its device.
 */
package org.xpsci.fft;

/**
 * SciPy's {@code scipy.signal} spectral analysis for xpsci arrays: window functions ({@link Windows},
 * {@link WindowSpec}), trend removal ({@link Detrend}) and spectral estimation ({@link Spectral}: periodogram,
 * welch, csd, coherence, spectrogram, stft, istft), with SciPy 1.17's defaults, results and errors.
 *
 * <p>Every function is written against the array API namespace of its input: arrays in host memory take a
 * blocked, multi-core path over JTransforms that never materialises the segment matrix; arrays of any other
 * backend (or any array, with {@code -Dxpsci.fastpaths=false}) take a portable path that uses only the
 * standard and its fft extension, in blocks of segments so memory stays bounded. Results live in the input's
 * namespace and on its device. SciPy's warnings (for example a segment longer than the input) go through
 * {@link org.xpsci.signal.SignalWarnings} (listeners, a capture scope), else are logged at WARNING on the
 * {@code org.xpsci.signal} {@link System.Logger}.
 */
package org.xpsci.signal;

/**
 * Host FFT kernels shared by the cpu backend and the consumers' host fast paths: the lane FFT, which transforms
 * many real signals of one power-of-two length at once, stored transposed so that every loop runs across the
 * signals and vectorises ({@link org.xpsci.xp.spi.fft.DoubleLaneFft}; its float32 twin is generated from it).
 * Not part of the public API.
 */
package org.xpsci.xp.spi.fft;

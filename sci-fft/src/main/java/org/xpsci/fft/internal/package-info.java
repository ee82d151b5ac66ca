/**
 * The implementation of sci-fft: argument resolution with SciPy's rules, the dispatch to the namespace's fft
 * extension, the JTransforms host fast paths and the portable paths written with the standard. Not API.
 */
package org.xpsci.fft.internal;

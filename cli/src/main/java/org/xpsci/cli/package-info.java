/**
 * The {@code xpsci} command ({@link org.xpsci.cli.Xpsci}): every sci function on NumPy {@code .npy} files with
 * SciPy's parameter names, the demo and the benchmark workloads.
 */
package org.xpsci.cli;

/** Benchmark workloads of sci-signal, registered with {@link org.xpsci.bench.Workloads} through ServiceLoader. */
package org.xpsci.bench.signal;

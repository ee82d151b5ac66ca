package org.xpsci.bench;

import java.util.List;

/** Contributes workloads to {@link Workloads} through {@link java.util.ServiceLoader}. */
public interface WorkloadProvider {

    /** The workloads this provider adds. */
    List<Workload> workloads();
}

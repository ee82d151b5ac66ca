package org.xpsci.testing.compliance;

/**
 * The array API compliance suite: property-based tests (jqwik) of the standard's rules that any backend runs.
 * A backend's test sources subclass it in one line, naming the namespace:
 *
 * <pre>{@code
 * class CpuComplianceTest extends ComplianceSuite {
 *     protected ArrayNamespace xp() { return Xp.backend("cpu"); }
 * }
 * }</pre>
 *
 * <p>The properties come from a chain of abstract classes, one per category: {@link ElementwiseProperties}
 * (result dtypes of every elementwise function and operator, promotion, scalars, broadcasting), then
 * {@link InPlaceProperties} (the in-place operators), special cases, reductions, and so on. Each property
 * runs {@value ComplianceLifecycle#DEFAULT_TRIES} generated examples (set {@code -D}{@value ComplianceLifecycle#TRIES_PROPERTY});
 * a failure shrinks to a small counterexample and lists every function that breaks the rule for it.
 */
public abstract class ComplianceSuite extends IndexingProperties {
}

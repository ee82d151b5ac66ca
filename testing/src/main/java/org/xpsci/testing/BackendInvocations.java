package org.xpsci.testing;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.FastPathScope;
import org.xpsci.xp.Xp;

/** The provider behind {@link XpTest}: one invocation per selected backend (and per path). */
final class BackendInvocations implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(XpTest.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        XpTest spec = context.getRequiredTestMethod().getAnnotation(XpTest.class);
        List<TestTemplateInvocationContext> out = new ArrayList<>();
        for (BackendStatus b : BackendSelection.selected()) {
            if (spec.paths() == XpTest.Paths.BOTH) {
                out.add(new Invocation(b, Boolean.TRUE));
                out.add(new Invocation(b, Boolean.FALSE));
            } else {
                out.add(new Invocation(b, null));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no backend is selected for " + context.getDisplayName()
                    + "; check -D" + BackendSelection.PROPERTY + " and that a backend is on the test class path");
        }
        return out.stream();
    }

    /** One backend (and path) for one test method. */
    private static final class Invocation implements TestTemplateInvocationContext {
        private final BackendStatus backend;
        private final Boolean fastPaths;

        Invocation(BackendStatus backend, Boolean fastPaths) {
            this.backend = backend;
            this.fastPaths = fastPaths;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + backend.name() + (fastPaths == null ? "" : fastPaths ? ", fast" : ", portable") + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Condition(backend), new Resolver(backend), new PathScope(fastPaths),
                    new Expectation(backend));
        }
    }

    /** Skips unavailable backends and those named by {@link SkipBackend}, with the reason. */
    private record Condition(BackendStatus backend) implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!backend.available()) {
                return ConditionEvaluationResult.disabled("backend " + backend.name() + " unavailable: "
                        + backend.reason());
            }
            for (AnnotatedElement e : elements(context)) {
                for (SkipBackend s : AnnotationSupport.findRepeatableAnnotations(e, SkipBackend.class)) {
                    if (s.value().equals(backend.name())) {
                        return ConditionEvaluationResult.disabled("skipped on " + backend.name() + ": " + s.reason());
                    }
                }
            }
            return ConditionEvaluationResult.enabled("backend " + backend.name() + " available");
        }
    }

    /** Supplies the backend's namespace to an {@code ArrayNamespace} parameter. */
    private record Resolver(BackendStatus backend) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == ArrayNamespace.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return Xp.backend(backend.name());
        }
    }

    /** Forces fast paths on or off around the test body. */
    private static final class PathScope implements BeforeTestExecutionCallback, AfterTestExecutionCallback {
        private final Boolean fastPaths;

        PathScope(Boolean fastPaths) {
            this.fastPaths = fastPaths;
        }

        @Override
        public void beforeTestExecution(ExtensionContext context) {
            if (fastPaths != null) {
                context.getStore(ExtensionContext.Namespace.create(PathScope.class))
                        .put("scope", Xp.fastPaths(fastPaths));
            }
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            FastPathScope s = context.getStore(ExtensionContext.Namespace.create(PathScope.class))
                    .remove("scope", FastPathScope.class);
            if (s != null) {
                s.close();
            }
        }
    }

    /** Turns an expected failure into a pass, and an unexpected pass into a failure. */
    private record Expectation(BackendStatus backend) implements InvocationInterceptor {
        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                                ReflectiveInvocationContext<java.lang.reflect.Method> call,
                                                ExtensionContext context) throws Throwable {
            Optional<ExpectFailure> x = expected(context);
            if (x.isEmpty()) {
                invocation.proceed();
                return;
            }
            try {
                invocation.proceed();
            } catch (Throwable t) {
                if (x.get().exception().isInstance(t)) {
                    return;
                }
                throw t;
            }
            throw new AssertionError("expected to fail on " + backend.name() + " (" + x.get().reason()
                    + ") but passed: remove the @ExpectFailure");
        }

        private Optional<ExpectFailure> expected(ExtensionContext context) {
            for (AnnotatedElement e : elements(context)) {
                for (ExpectFailure f : AnnotationSupport.findRepeatableAnnotations(e, ExpectFailure.class)) {
                    if (f.value().equals(backend.name())) {
                        return Optional.of(f);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static List<AnnotatedElement> elements(ExtensionContext context) {
        List<AnnotatedElement> out = new ArrayList<>();
        context.getTestMethod().ifPresent(out::add);
        context.getTestClass().ifPresent(out::add);
        return out;
    }
}

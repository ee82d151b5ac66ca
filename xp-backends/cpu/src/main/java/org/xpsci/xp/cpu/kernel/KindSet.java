package org.xpsci.xp.cpu.kernel;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

/**
 * The per-kind methods a kernel class overrides: the names of the public instance methods declared between
 * the kernel's class and its base ({@link UnaryKernel} or {@link BinaryKernel}). Computed once per kernel.
 */
final class KindSet {

    private final Set<String> names = new HashSet<>();

    KindSet(Class<?> kernel, Class<?> base) {
        for (Class<?> c = kernel; c != null && c != base; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (Modifier.isPublic(mod) && !Modifier.isStatic(mod)) {
                    names.add(m.getName());
                }
            }
        }
    }

    /** Whether a method of that name is overridden. */
    boolean has(String method) {
        return names.contains(method);
    }
}

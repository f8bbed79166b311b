package app;

import java.util.Map;
import java.util.WeakHashMap;

// Negative (with Plugins.java): the same registry, directly or through another of its methods.
public final class TypeRegistry {
    private static final Map<Class<?>, Object> BY_TYPE = new WeakHashMap<>();

    public static void remember(Class<?> type, Object value) {
        BY_TYPE.put(type, value);
    }

    public static void rememberChecked(Class<?> type, Object value) {
        if (type == null) {
            throw new IllegalArgumentException("type");
        }
        remember(type, value);
    }
}

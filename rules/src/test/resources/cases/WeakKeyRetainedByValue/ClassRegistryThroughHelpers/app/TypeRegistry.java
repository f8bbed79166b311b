package app;

import java.util.Map;
import java.util.WeakHashMap;

// Positive (with Plugins.java): a project registry puts what it is given into a class-keyed weak map, directly or through another of its methods.
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

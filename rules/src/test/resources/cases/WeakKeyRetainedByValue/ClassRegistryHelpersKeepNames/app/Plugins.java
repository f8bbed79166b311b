package app;

// Negative (with TypeRegistry.java): what the callers hand over is of the platform or of another class: a name, a count, another class's instance.
class Plugins {
    void register(Object plugin) {
        TypeRegistry.remember(plugin.getClass(), plugin.getClass().getName());
    }

    void count(Class<?> type, int uses) {
        TypeRegistry.rememberChecked(type, Integer.valueOf(uses));
    }

    <T> void create(Class<T> type, Class<?> factory) throws ReflectiveOperationException {
        TypeRegistry.rememberChecked(type, factory.getDeclaredConstructor().newInstance());
    }
}

package app;

// Positive (with TypeRegistry.java): what the callers hand the registry is of the key's own class loader: the plugin whose class is the key, an instance of the key class (through a helper two calls deep), the key class's methods.
class Plugins {
    void register(Object plugin) {
        // expect: WeakKeyRetainedByValue error
        TypeRegistry.remember(plugin.getClass(), plugin);
    }

    <T> T create(Class<T> type) throws ReflectiveOperationException {
        T made = type.getDeclaredConstructor().newInstance();
        // expect: WeakKeyRetainedByValue error
        TypeRegistry.rememberChecked(type, made);
        return made;
    }

    void describe(Class<?> type) {
        // expect: WeakKeyRetainedByValue error
        TypeRegistry.remember(type, type.getDeclaredMethods());
    }
}

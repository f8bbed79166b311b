package app;

import java.util.Map;
import java.util.WeakHashMap;

// Positive (with Screens.java): the registry keys its weak map by the owner it is given.
public final class Registry {
    private final Map<Object, Object> byOwner = new WeakHashMap<>();

    public void remember(Object owner, Object state) {
        byOwner.put(owner, state);
    }
}

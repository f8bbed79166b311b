package app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/** A registry whose methods keep, drop, only read, or weakly hold what they are given. */
public class Registry {
    private static final List<Object> ALL = new ArrayList<>();
    private final List<Object> listeners = new ArrayList<>();
    private final Map<Object, Object> byOwner = new WeakHashMap<>();
    private Object last;

    public void keep(Object listener) {
        listeners.add(listener);
    }

    public void forget(Object listener) {
        listeners.remove(listener);
    }

    public void remember(Object value) {
        last = value;
    }

    public static void keepForever(Object value) {
        ALL.add(value);
    }

    public void notifyAll(Object event) {
        for (Object l : listeners) {
            System.out.println(l + " " + event);
        }
    }

    public void weakly(Object owner, Object value) {
        byOwner.put(owner, value);
    }

    public void handOver(Object value) {
        keep(value);
    }
}

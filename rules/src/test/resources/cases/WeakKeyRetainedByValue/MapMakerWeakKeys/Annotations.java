// Positive: a MapMaker().weakKeys() map gets values referring to their key via computeIfAbsent and putIfAbsent.
package app.meta;

import com.google.common.collect.MapMaker;

import java.util.concurrent.ConcurrentMap;

class Annotations {
    static final class Info {
        final Object element;

        Info(Object element) {
            this.element = element;
        }
    }

    private final ConcurrentMap<Object, Info> infos = new MapMaker().weakKeys().makeMap();

    Info infoOf(Object element) {
        // expect: WeakKeyRetainedByValue error
        return infos.computeIfAbsent(element, e -> new Info(e));
    }

    void preload(Object element) {
        // expect: WeakKeyRetainedByValue error
        infos.putIfAbsent(element, new Info(element));
    }
}

import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

// The value's constructor keeps the key only through a WeakReference: the entry can still be cleared. A constructor
// that keeps the key in a plain field pins it, and the weak map never clears that entry.
class ConstructorKeepsKeyOnlyWeakly {
    static final class LoaderData {
        private final WeakReference<ClassLoader> loader;

        LoaderData(ClassLoader loader) {
            this.loader = new WeakReference<>(loader);
        }

        ClassLoader loader() {
            return loader.get();
        }
    }

    static final class SoftLoaderData {
        private SoftReference<ClassLoader> loader;

        SoftLoaderData(ClassLoader loader) {
            this.loader = new SoftReference<>(loader);
        }
    }

    static final class PinningLoaderData {
        private final ClassLoader loader;

        PinningLoaderData(ClassLoader loader) {
            this.loader = loader;
        }
    }

    private final Map<ClassLoader, LoaderData> data = new WeakHashMap<>();
    private final Map<ClassLoader, SoftLoaderData> soft = new WeakHashMap<>();
    private final Map<ClassLoader, PinningLoaderData> pinned = new WeakHashMap<>();

    LoaderData dataFor(ClassLoader loader) {
        LoaderData d = new LoaderData(loader);
        data.put(loader, d);
        soft.put(loader, new SoftLoaderData(loader));
        PinningLoaderData p = new PinningLoaderData(loader);
        // expect: WeakKeyRetainedByValue
        pinned.put(loader, p);
        return d;
    }
}

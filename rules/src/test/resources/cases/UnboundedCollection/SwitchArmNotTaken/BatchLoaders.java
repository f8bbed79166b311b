import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// Shared batch loaders, one per entity class and batch size. They are made only where the mode is BATCHED, and the
// only ways in are a constructor given the @Fetch annotation (a configuration step, once per annotated element) and
// a binder that always asks for JOINED, which never reaches the map: configuration-scale growth, a note.
class BatchLoaders {
    record Key(Class<?> entity, int batch) {
    }

    static final class Loader {
        final int batch;

        Loader(int batch) {
            this.batch = batch;
        }
    }

    // expect: UnboundedCollection note
    private static final Map<Key, Loader> LOADERS = new ConcurrentHashMap<>();

    private final Loader loader;

    BatchLoaders(Fetch annotation, Class<?> entity) {
        this(annotation.value(), entity, annotation.batch());
    }

    BatchLoaders(FetchMode mode, Class<?> entity, int batch) {
        this.loader = loaderFor(mode, entity, batch);
    }

    static Loader loaderFor(FetchMode mode, Class<?> entity, int batch) {
        return switch (mode) {
            case JOINED -> null;
            case BATCHED -> shared(entity, batch);
        };
    }

    private static Loader shared(Class<?> entity, int batch) {
        return LOADERS.computeIfAbsent(new Key(entity, batch), k -> new Loader(k.batch()));
    }

    Loader loader() {
        return loader;
    }
}

import java.util.LinkedHashMap;
import java.util.Map;

// A named LinkedHashMap subclass overriding removeEldestEntry is bounded too.
class LruNamedSubclass {
    static final class LruCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;

        LruCache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }

    private static final LruCache<String, byte[]> THUMBNAILS = new LruCache<>(64);
    private static final Map<String, String> TITLES = new LruCache<>(256);

    static void cache(String path, byte[] image, String title) {
        THUMBNAILS.put(path, image);
        TITLES.put(path, title);
    }

    static byte[] thumbnail(String path) {
        return THUMBNAILS.get(path);
    }
}

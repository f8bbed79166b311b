package demo;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

// Guava caches built with maximumSize, weakKeys or softValues are bounded: no finding.
public final class Thumbnails {
    private static final Cache<String, byte[]> BY_PATH = CacheBuilder.newBuilder().maximumSize(500).build();
    private static final Cache<Object, String> BY_OWNER = CacheBuilder.newBuilder().weakKeys().build();
    private static final Cache<String, byte[]> SOFT = CacheBuilder.newBuilder().softValues().build();

    private Thumbnails() {
    }

    public static void store(String path, Object owner, byte[] image) {
        BY_PATH.put(path, image);
        BY_OWNER.put(owner, path);
        SOFT.put(path, image);
    }

    public static byte[] load(String path) {
        return BY_PATH.getIfPresent(path);
    }
}

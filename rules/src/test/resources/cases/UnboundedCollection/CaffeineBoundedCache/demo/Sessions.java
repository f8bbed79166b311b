package demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

// Caffeine caches built with maximumSize, weakKeys or softValues are bounded: no finding.
public final class Sessions {
    private static final Cache<String, String> TOKENS = Caffeine.newBuilder().maximumSize(10_000).build();
    private static final Cache<Object, String> TAGS = Caffeine.newBuilder().weakKeys().build();
    private static final Cache<String, byte[]> BLOBS = Caffeine.newBuilder().softValues().build();

    private Sessions() {
    }

    public static void remember(String token, String user, Object owner, byte[] blob) {
        TOKENS.put(token, user);
        TAGS.put(owner, token);
        BLOBS.put(token, blob);
    }

    public static String user(String token) {
        return TOKENS.getIfPresent(token);
    }
}

package demo.cache;

import java.util.HashMap;
import java.util.Map;

// Filled here, cleared by demo.admin.Maintenance: a shrink anywhere in the project bounds a non-private static.
public final class Lookups {
    public static final Map<String, String> RESOLVED = new HashMap<>();

    private Lookups() {
    }

    public static String resolve(String host) {
        String address = RESOLVED.get(host);
        if (address == null) {
            address = "10.0.0." + (host.hashCode() & 0xff);
            RESOLVED.put(host, address);
        }
        return address;
    }
}

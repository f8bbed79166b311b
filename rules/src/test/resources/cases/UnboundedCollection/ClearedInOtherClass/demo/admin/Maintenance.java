package demo.admin;

import demo.cache.Lookups;

// Clears the map that demo.cache.Lookups fills.
public final class Maintenance {
    private Maintenance() {
    }

    public static void flushDns() {
        Lookups.RESOLVED.clear();
    }
}

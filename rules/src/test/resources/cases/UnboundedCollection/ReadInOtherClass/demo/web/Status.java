package demo.web;

import demo.metrics.Counters;

// Only reads Counters.BY_PATH (get, size, iteration): no shrink.
public final class Status {
    private Status() {
    }

    public static String report(String path) {
        long total = 0;
        for (Long n : Counters.BY_PATH.values()) {
            total += n;
        }
        return path + "=" + Counters.BY_PATH.get(path) + " of " + total + " over " + Counters.BY_PATH.size();
    }
}

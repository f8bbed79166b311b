package app.util;

import java.util.Collection;

// Positive (with Sessions.java): a generic helper that adds to whatever collection it is given.
public final class Bags {
    private Bags() {
    }

    public static <T> void put(Collection<T> bag, T item) {
        bag.add(item);
    }
}

package app.util;

import java.util.List;

// Positive (with Graphs.java): attach makes the first list hold the second.
public final class Containers {
    private Containers() {
    }

    public static void attach(List<Object> holder, Object element) {
        holder.add(element);
    }
}

package app;

import app.util.Containers;

import java.util.ArrayList;
import java.util.List;

// Positive (with Containers.java): two calls of a helper in another package make the lists contain each other.
class Graphs {
    static final List<Object> ROOTS = new ArrayList<>();

    void register() {
        List<Object> parent = new ArrayList<>();
        List<Object> child = new ArrayList<>();
        Containers.attach(parent, child);
        // expect: CyclicReference error
        Containers.attach(child, parent);
        ROOTS.add(parent);
    }

    static void reset() {
        ROOTS.clear();
    }
}

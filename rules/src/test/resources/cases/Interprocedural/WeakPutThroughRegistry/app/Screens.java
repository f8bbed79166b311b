package app;

import java.util.ArrayList;
import java.util.List;

// Positive (with Registry.java): the state handed to the registry holds the screen it is keyed by.
class Screens {
    private final Registry registry = new Registry();

    void open(Object screen) {
        List<Object> state = new ArrayList<>();
        state.add(screen);
        // expect: WeakKeyRetainedByValue
        registry.remember(screen, state);
    }
}

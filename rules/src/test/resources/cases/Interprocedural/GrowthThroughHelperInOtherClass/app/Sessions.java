package app;

import app.util.Bags;

import java.util.ArrayList;
import java.util.List;

// Positive (with Bags.java): every login adds to the static list through the helper; nothing removes.
class Sessions {
    // expect: UnboundedCollection
    static final List<String> ACTIVE = new ArrayList<>();

    void login(String user) {
        Bags.put(ACTIVE, user);
    }
}

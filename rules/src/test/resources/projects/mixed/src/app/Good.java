package app;

import java.util.ArrayList;
import java.util.List;

class Good {
    List<Object> cycle() {
        List<Object> a = new ArrayList<>();
        a.add(a);
        return a;
    }

    void tidy() {
        System.gc();
    }
}

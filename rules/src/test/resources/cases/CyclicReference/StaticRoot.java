import java.util.ArrayList;
import java.util.List;

class StaticRoot {
    // expect: UnboundedCollection
    static final List<Object> ALL = new ArrayList<>();
    static List<Object> current;

    static void register() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        // expect: CyclicReference error
        b.add(a);
        ALL.add(a);
    }

    static void remember() {
        List<Object> self = new ArrayList<>();
        // expect: CyclicReference error
        self.add(self);
        current = self;
    }
}

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

class OutsideContainer {
    void collect(Collection<Object> out) {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        // expect: CyclicReference warning
        b.add(a);
        out.add(b);
    }
}

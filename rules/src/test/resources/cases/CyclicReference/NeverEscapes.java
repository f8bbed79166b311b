import java.util.ArrayList;
import java.util.List;

class NeverEscapes {
    int local() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        // expect: CyclicReference note
        b.add(a);
        return a.size() + b.size();
    }
}

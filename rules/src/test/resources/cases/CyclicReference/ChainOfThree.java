import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

class ChainOfThree {
    Object ring() {
        List<Object> a = new ArrayList<>();
        Set<Object> b = new HashSet<>();
        Deque<Object> c = new ArrayDeque<>();
        a.add(b);
        b.add(c);
        // expect: CyclicReference warning
        c.push(a);
        return c;
    }
}

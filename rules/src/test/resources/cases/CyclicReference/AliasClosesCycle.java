import java.util.ArrayList;
import java.util.List;

class AliasClosesCycle {
    List<Object> viaAlias() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        List<Object> alias = a;
        a.add(b);
        // expect: CyclicReference warning
        b.add(alias);
        return b;
    }
}

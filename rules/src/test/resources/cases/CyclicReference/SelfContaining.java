import java.util.ArrayList;
import java.util.List;

class SelfContaining {
    List<Object> selfish() {
        List<Object> list = new ArrayList<>();
        list.add("first");
        // expect: CyclicReference warning
        list.add(list);
        return list;
    }
}

import java.util.ArrayList;
import java.util.List;

class LoopSelfAdd {
    void fill(List<Object> out) {
        for (int i = 0; i < 10; i++) {
            List<Object> node = new ArrayList<>();
            // expect: CyclicReference warning
            node.add(node);
            out.add(node);
        }
    }
}

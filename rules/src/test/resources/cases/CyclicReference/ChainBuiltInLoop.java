import java.util.ArrayList;
import java.util.List;

class ChainBuiltInLoop {
    List<Object> chain() {
        List<Object> head = new ArrayList<>();
        List<Object> prev = head;
        for (int i = 0; i < 100; i++) {
            List<Object> next = new ArrayList<>();
            prev.add(next);
            prev = next;
        }
        return head;
    }
}

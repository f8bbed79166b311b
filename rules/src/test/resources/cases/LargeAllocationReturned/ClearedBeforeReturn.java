import java.util.ArrayList;
import java.util.List;

class ClearedBeforeReturn {
    List<Integer> reset() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i);
        }
        int total = list.size();
        list.clear();
        list.add(total);
        return list;
    }
}

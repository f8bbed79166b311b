import java.util.ArrayList;
import java.util.List;

class LoopWithBreak {
    List<Integer> untilLimit(int limit) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            if (i > limit) {
                break;
            }
            list.add(i);
        }
        return list;
    }
}

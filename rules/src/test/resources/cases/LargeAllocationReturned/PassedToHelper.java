import java.util.ArrayList;
import java.util.List;

class PassedToHelper {
    List<Integer> summary() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i);
        }
        return summarize(list);
    }

    private List<Integer> summarize(List<Integer> all) {
        return List.of(all.size());
    }
}

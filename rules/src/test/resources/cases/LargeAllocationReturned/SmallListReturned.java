import java.util.ArrayList;
import java.util.List;

class SmallListReturned {
    List<Integer> firstThousand() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            list.add(i);
        }
        return list;
    }

    int[] small() {
        return new int[4096];
    }
}

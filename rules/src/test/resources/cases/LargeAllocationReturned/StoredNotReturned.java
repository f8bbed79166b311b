import java.util.ArrayList;
import java.util.List;

class StoredNotReturned {
    private List<Integer> data;

    void load() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i);
        }
        data = list;
    }

    boolean loadAndReport() {
        int[] big = new int[5_000_000];
        return big.length > 0;
    }
}

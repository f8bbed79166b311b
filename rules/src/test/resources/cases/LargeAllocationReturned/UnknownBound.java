import java.util.ArrayList;
import java.util.List;

class UnknownBound {
    List<Integer> upTo(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    int[] sized(int n) {
        return new int[n];
    }
}

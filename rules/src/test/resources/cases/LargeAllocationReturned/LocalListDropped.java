import java.util.ArrayList;
import java.util.List;

// The article's first experiment: a million-element list that dies with the frame.
class LocalListDropped {
    int foo() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i);
        }
        return list.size();
    }

    void bar() {
        int[] scratch = new int[10_000_000];
        scratch[0] = 1;
    }
}

import java.util.ArrayList;
import java.util.List;

// A static list filled with 1,000,000 Integers by the static initializer: reported where the list is stored (its declaration).
class StaticListFilledInStaticBlock {
    // expect: LargeStaticAllocation warning
    static final List<Integer> NUMBERS = new ArrayList<>();

    static {
        for (int i = 0; i < 1_000_000; i++) {
            NUMBERS.add(i);
        }
    }

    static int at(int index) {
        return NUMBERS.get(index);
    }
}

import java.util.ArrayList;
import java.util.List;

class SwitchTryAndNested {
    interface Source {
        long[] load();
    }

    long[] bySwitch(int mode) {
        switch (mode) {
            case 1:
                var big = new long[500_000];
                // expect: LargeAllocationReturned
                return big;
            default:
                return new long[16];
        }
    }

    List<Integer> inTry() {
        var list = new ArrayList<Integer>();
        try {
            for (int i = 0; i < 1_000_000; i++) {
                list.add(i);
            }
        } finally {
            System.out.println("built");
        }
        // expect: LargeAllocationReturned
        return list;
    }

    Source anonymous() {
        return new Source() {
            @Override
            public long[] load() {
                long[] all = new long[1 << 20];
                // expect: LargeAllocationReturned
                return all;
            }
        };
    }

    static final class Nested {
        int[] table() {
            // expect: LargeAllocationReturned
            return new int[300_000];
        }
    }
}

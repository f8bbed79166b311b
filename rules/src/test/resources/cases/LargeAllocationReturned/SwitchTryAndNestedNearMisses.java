import java.util.ArrayList;
import java.util.List;

class SwitchTryAndNestedNearMisses {
    interface Source {
        int load();
    }

    int bySwitch(int mode) {
        switch (mode) {
            case 1:
                var big = new long[500_000];
                return big.length;
            default:
                return 0;
        }
    }

    List<Integer> maybeFilled(boolean fill) {
        var list = new ArrayList<Integer>();
        try {
            if (fill) {
                for (int i = 0; i < 1_000_000; i++) {
                    list.add(i);
                }
            }
        } catch (RuntimeException e) {
            list.clear();
        }
        return list;
    }

    Source anonymous() {
        return new Source() {
            @Override
            public int load() {
                long[] all = new long[1 << 20];
                return all.length;
            }
        };
    }
}

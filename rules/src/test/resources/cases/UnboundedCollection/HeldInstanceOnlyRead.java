// Negative: a static holds one Tally, but only reads it; the growth happens on the Tally each call makes, which dies
// with the call.
import java.util.ArrayList;
import java.util.List;

class Tally {
    private final List<String> seen = new ArrayList<>();

    void see(String item) {
        seen.add(item + System.nanoTime());
    }

    int count() {
        return seen.size();
    }
}

class HeldInstanceOnlyRead {
    static final Tally EMPTY = new Tally();

    static int emptyCount() {
        return EMPTY.count();
    }

    int countDistinct(List<String> items) {
        Tally t = new Tally();
        for (String i : items) {
            t.see(i);
        }
        return t.count();
    }
}

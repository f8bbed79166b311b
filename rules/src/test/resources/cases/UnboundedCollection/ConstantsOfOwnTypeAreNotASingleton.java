import java.util.HashSet;
import java.util.Set;

// Negative: a class with constants of its own type and a constructor others may call makes many instances; each
// instance's set goes with it. Only a class with one such field and private constructors is a singleton.
class ConstantsOfOwnTypeAreNotASingleton {
    static final ConstantsOfOwnTypeAreNotASingleton DIGITS = new ConstantsOfOwnTypeAreNotASingleton("0-9");
    static final ConstantsOfOwnTypeAreNotASingleton LETTERS = new ConstantsOfOwnTypeAreNotASingleton("a-z");

    private final Set<String> ranges = new HashSet<>();

    protected ConstantsOfOwnTypeAreNotASingleton(String spec) {
        add(spec);
    }

    protected void add(String spec) {
        ranges.add(spec.trim());
    }

    static ConstantsOfOwnTypeAreNotASingleton of(String spec) {
        return new ConstantsOfOwnTypeAreNotASingleton(spec);
    }
}

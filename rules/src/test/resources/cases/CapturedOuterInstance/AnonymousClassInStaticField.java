// An anonymous Comparator whose body reads an instance field is assigned to a static field.
import java.util.Comparator;

class AnonymousClassInStaticField {
    static Comparator<String> order;
    private final boolean caseSensitive;

    AnonymousClassInStaticField(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    void configure() {
        // expect: CapturedOuterInstance
        order = new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return caseSensitive ? a.compareTo(b) : a.compareToIgnoreCase(b);
            }
        };
    }
}

// An anonymous class created in an instance method whose body uses only its parameters captures no `this` in use.
import java.util.Comparator;

class AnonymousClassNotUsingOuter {
    static Comparator<String> byLength;
    private int unrelated;

    void configure() {
        unrelated++;
        byLength = new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return Integer.compare(a.length(), b.length());
            }
        };
    }
}

// Negative: the same anonymous class compiled for release 18: javac leaves out this$0 when the body does not use it, so the static holds nothing of the outer instance.
// refflow: languageLevel=18
import java.util.Comparator;

class AnonymousUnusedOuterFromRelease18 {
    static Comparator<String> byLength;
    private final byte[] page = new byte[1 << 20];

    void configure() {
        byLength = new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return Integer.compare(a.length(), b.length());
            }
        };
    }

    int pageSize() {
        return page.length;
    }
}

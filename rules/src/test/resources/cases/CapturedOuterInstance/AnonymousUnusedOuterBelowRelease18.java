// Positive: compiled for release 11, an anonymous class that uses none of its outer members still holds this$0 (javac drops the unused field only from release 18), and a static field keeps it.
// refflow: languageLevel=11
import java.util.Comparator;

class AnonymousUnusedOuterBelowRelease18 {
    static Comparator<String> byLength;
    private final byte[] page = new byte[1 << 20];

    void configure() {
        // expect: CapturedOuterInstance warning
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

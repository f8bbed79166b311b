// Negative: compiled for release 11, yet nothing keeps an outer instance: a lambda never captures this unless it uses it, a static nested class and an anonymous class made in a static method have no outer instance, and an instance field lives no longer than its owner.
// refflow: languageLevel=11
import java.util.Comparator;
import java.util.function.Supplier;

class UnusedOuterBelowRelease18NearMisses {
    static Comparator<String> byLength;
    static Supplier<String> greeting;
    static Object helper;
    static Runnable task;
    private Comparator<String> own;
    private final byte[] page = new byte[1 << 20];

    static class Helper {
        int calls;
    }

    class Local {
        int hits;
    }

    void configure() {
        byLength = (a, b) -> Integer.compare(a.length(), b.length());
        greeting = () -> "hello";
        helper = new Helper();
        own = new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return a.compareTo(b);
            }
        };
        Local mine = new Local();
        mine.hits++;
    }

    static void install() {
        task = new Runnable() {
            @Override
            public void run() {
                System.out.println("run");
            }
        };
    }

    int pageSize() {
        return page.length + own.compare("a", "b");
    }
}

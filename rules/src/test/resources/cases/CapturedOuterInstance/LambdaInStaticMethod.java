// A lambda and an anonymous class created in a static method capture no outer instance, even when stored in static fields.
import java.util.Comparator;

class LambdaInStaticMethod {
    interface Service {
        void stop();
    }

    static Runnable onExit;
    static Comparator<String> order;

    static void install(Service service) {
        onExit = () -> service.stop();
        order = new Comparator<String>() {
            @Override
            public int compare(String a, String b) {
                return Integer.compare(a.length(), b.length());
            }
        };
    }
}

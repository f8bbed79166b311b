// Negative: the class with an instance ThreadLocal is made only by a static final field and in main: a fixed number
// of instances, not one per call.
import java.text.NumberFormat;

class InstanceFieldMadeOnlyAtStartup {
    static final class Formatter {
        private final ThreadLocal<NumberFormat> format = ThreadLocal.withInitial(NumberFormat::getInstance);

        String format(double value) {
            return format.get().format(value);
        }
    }

    static final Formatter DEFAULT = new Formatter();

    public static void main(String[] args) {
        Formatter own = new Formatter();
        System.out.println(own.format(1.5) + DEFAULT.format(2.5));
    }
}

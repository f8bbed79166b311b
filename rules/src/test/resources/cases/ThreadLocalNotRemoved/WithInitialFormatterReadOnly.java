// Negative: per-thread formatters created by withInitial and only read with get().
import java.text.SimpleDateFormat;
import java.util.Date;

class WithInitialFormatterReadOnly {
    private static final ThreadLocal<SimpleDateFormat> PLAIN = ThreadLocal.withInitial(SimpleDateFormat::new);
    private static final ThreadLocal<SimpleDateFormat> ISO = ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));

    static String format(Date date) {
        return ISO.get().format(date) + " " + PLAIN.get().format(date);
    }
}

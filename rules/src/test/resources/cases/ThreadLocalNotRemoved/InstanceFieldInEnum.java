// Negative: an instance ThreadLocal in an enum: its constants live as long as the class, one ThreadLocal each.
import java.text.SimpleDateFormat;
import java.util.Date;

enum InstanceFieldInEnum {
    ISO("yyyy-MM-dd"), COMPACT("yyyyMMdd");

    private final ThreadLocal<SimpleDateFormat> format;

    InstanceFieldInEnum(String pattern) {
        format = ThreadLocal.withInitial(() -> new SimpleDateFormat(pattern));
    }

    String format(Date date) {
        return format.get().format(date);
    }
}

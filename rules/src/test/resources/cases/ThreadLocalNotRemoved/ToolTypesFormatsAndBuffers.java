// Negative: JDK formatters, builders, arrays and buffers set unconditionally are per-thread tools, not per-call data.
import java.nio.ByteBuffer;
import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;

class ToolTypesFormatsAndBuffers {
    private static final ThreadLocal<StringBuilder> BUILDER = new ThreadLocal<>();
    private static final ThreadLocal<StringBuffer> BUFFER = new ThreadLocal<>();
    private static final ThreadLocal<byte[]> BYTES = new ThreadLocal<>();
    private static final ThreadLocal<char[]> CHARS = new ThreadLocal<>();
    private static final ThreadLocal<ByteBuffer> NIO = new ThreadLocal<>();
    private static final ThreadLocal<DateFormat> DATE = new ThreadLocal<>();
    private static final ThreadLocal<SimpleDateFormat> PATTERN = new ThreadLocal<>();
    private static final ThreadLocal<NumberFormat> NUMBER = new ThreadLocal<>();
    private static final ThreadLocal<DecimalFormat> DECIMAL = new ThreadLocal<>();

    static void prepare(String pattern) {
        BUILDER.set(new StringBuilder(256));
        BUFFER.set(new StringBuffer());
        BYTES.set(new byte[8192]);
        CHARS.set(new char[1024]);
        NIO.set(ByteBuffer.allocate(4096));
        DATE.set(DateFormat.getDateInstance());
        PATTERN.set(new SimpleDateFormat(pattern));
        NUMBER.set(NumberFormat.getInstance());
        DECIMAL.set(new DecimalFormat("#.##"));
    }

    static int capacity() {
        return BUILDER.get().capacity() + BUFFER.get().length() + BYTES.get().length + CHARS.get().length
                + NIO.get().capacity() + DATE.get().hashCode() + PATTERN.get().hashCode()
                + NUMBER.get().hashCode() + DECIMAL.get().hashCode();
    }
}

package dev.refflow.api;

import java.util.Locale;

/** Byte sizes as users write them: {@code 1048576}, {@code 512k}, {@code 1M}, {@code 2MiB}. */
public final class Sizes {
    private Sizes() {
    }

    /** @throws IllegalArgumentException when the value is not a positive size */
    public static long parseBytes(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace("_", "");
        long unit = 1;
        for (String[] suffix : new String[][] {{"gib", "1073741824"}, {"mib", "1048576"}, {"kib", "1024"},
                {"gb", "1073741824"}, {"mb", "1048576"}, {"kb", "1024"}, {"g", "1073741824"}, {"m", "1048576"},
                {"k", "1024"}, {"b", "1"}}) {
            if (v.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                v = v.substring(0, v.length() - suffix[0].length()).strip();
                break;
            }
        }
        try {
            long n = Long.parseLong(v);
            if (n > 0 && n <= Long.MAX_VALUE / unit) {
                return n * unit;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message
        }
        throw new IllegalArgumentException("'" + value + "' must be a positive size in bytes, e.g. 1048576, 512k or 1M");
    }
}

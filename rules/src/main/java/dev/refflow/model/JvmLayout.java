package dev.refflow.model;

import java.util.Locale;

/**
 * The object-size model of a 64-bit HotSpot JVM with compressed oops and compressed class pointers
 * (the default for heaps under 32 GiB): 12-byte object header, 16-byte array header (header plus
 * length), 4-byte references, every object aligned to 8 bytes. Strings are compact (Latin-1, one byte
 * per char). The numbers are checked against JOL's {@code GraphLayout} of the same objects in the tests.
 */
public final class JvmLayout {
    public static final int OBJECT_HEADER = 12;
    public static final int ARRAY_HEADER = 16;
    public static final int REFERENCE = 4;
    public static final int ALIGNMENT = 8;

    private JvmLayout() {
    }

    public static long align(long bytes) {
        return (bytes + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** Bytes of one array slot for a component type as written in source ({@code int}, {@code String}). */
    public static int slotBytes(String componentType) {
        return switch (componentType) {
            case "boolean", "byte" -> 1;
            case "char", "short" -> 2;
            case "int", "float" -> 4;
            case "long", "double" -> 8;
            default -> REFERENCE;
        };
    }

    public static boolean isPrimitive(String type) {
        return switch (type) {
            case "boolean", "byte", "char", "short", "int", "float", "long", "double" -> true;
            default -> false;
        };
    }

    public static long arrayBytes(long length, int slotBytes) {
        return align(ARRAY_HEADER + length * slotBytes);
    }

    /** The wrapper type a primitive is boxed to, or the name itself when it is not a primitive. */
    public static String boxedName(String type) {
        return switch (type) {
            case "int" -> "Integer";
            case "long" -> "Long";
            case "short" -> "Short";
            case "byte" -> "Byte";
            case "char" -> "Character";
            case "float" -> "Float";
            case "double" -> "Double";
            case "boolean" -> "Boolean";
            default -> type;
        };
    }

    /** True for the eight wrapper types. */
    public static boolean isBoxType(String type) {
        return !unboxedName(type).equals(type);
    }

    /** The primitive a wrapper type unboxes to, or the name itself. */
    public static String unboxedName(String type) {
        return switch (type) {
            case "Integer" -> "int";
            case "Long" -> "long";
            case "Short" -> "short";
            case "Byte" -> "byte";
            case "Character" -> "char";
            case "Float" -> "float";
            case "Double" -> "double";
            case "Boolean" -> "boolean";
            default -> type;
        };
    }

    /** Size of one boxed value, or -1 when the type is not a wrapper. Boolean values are the two shared constants. */
    public static long boxedBytes(String boxedType) {
        return switch (boxedType) {
            case "Integer", "Float", "Short", "Byte", "Character" -> align(OBJECT_HEADER + 4);
            case "Long", "Double" -> align(OBJECT_HEADER + 8);
            case "Boolean" -> 0;
            default -> -1;
        };
    }

    /**
     * How many values of {@code [low, high)} autoboxing takes from the shared cache (Integer, Long, Short
     * and Byte cache -128..127; Character 0..127): those cost nothing per element.
     */
    public static long cachedBoxCount(String boxedType, long low, long high) {
        long cacheLow;
        switch (boxedType) {
            case "Integer", "Long", "Short", "Byte" -> cacheLow = -128;
            case "Character" -> cacheLow = 0;
            default -> {
                return 0;
            }
        }
        long from = Math.max(low, cacheLow);
        long to = Math.min(high, 128);
        return Math.max(0, to - from);
    }

    /** A compact (Latin-1) String of {@code length} chars: the String object plus its byte[]. */
    public static long stringBytes(long length) {
        return align(OBJECT_HEADER + 4 + 4 + 1 + 1) + arrayBytes(length, 1);
    }

    /** Human-readable size in IEC units, as shown in messages: {@code 20.3 MiB}. */
    public static String formatBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}

package dev.refflow.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Java serialization for RefFlow's own cache files, with an input filter that admits only RefFlow's model types
 * and the few JDK types they are made of: a cache file is data, never a way to run code. A CRC-32 trailer catches
 * damage that would still deserialize (a flipped byte inside a string), so damaged data is never taken as a result.
 */
public final class CacheIO {
    private static final Set<String> JDK_TYPES = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Boolean", "java.lang.Number",
            "java.lang.Enum", "java.lang.Record", "java.util.CollSer", "java.util.ArrayList", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.EnumMap", "java.util.RegularEnumSet", "java.util.EnumSet$SerializationProxy", "java.util.EnumSet");
    private static final ObjectInputFilter FILTER = info -> {
        Class<?> type = info.serialClass();
        if (info.depth() > 200 || info.references() > 50_000_000L) {
            return ObjectInputFilter.Status.REJECTED;
        }
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        String name = type.getName();
        return type.isPrimitive() || name.startsWith("dev.refflow.") || JDK_TYPES.contains(name)
                || name.startsWith("java.util.ImmutableCollections$")
                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    private CacheIO() {
    }

    public static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRC32 check = new CRC32();
        byte[] data = bytes.toByteArray();
        check.update(data);
        long crc = check.getValue();
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes.write((int) (crc >>> shift));
        }
        return bytes.toByteArray();
    }

    /** @throws IOException when the bytes are not a RefFlow cache value of that type */
    public static <T> T deserialize(byte[] data, Class<T> type) throws IOException {
        if (data.length < 8) {
            throw new IOException("truncated");
        }
        int length = data.length - 8;
        CRC32 check = new CRC32();
        check.update(data, 0, length);
        long stored = 0;
        for (int i = length; i < data.length; i++) {
            stored = (stored << 8) | (data[i] & 0xFF);
        }
        if (stored != check.getValue()) {
            throw new IOException("checksum mismatch");
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data, 0, length))) {
            in.setObjectInputFilter(FILTER);
            Object value = in.readObject();
            if (!type.isInstance(value)) {
                throw new InvalidClassException("expected " + type.getName());
            }
            return type.cast(value);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a RefFlow cache: " + e.getMessage(), e);
        }
    }
}

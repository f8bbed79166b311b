package dev.refflow.cache;

import dev.refflow.model.FileFacts;
import dev.refflow.model.PathCondition;
import dev.refflow.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Facts generated from the fact records themselves (every record kind reachable from {@link FileFacts}, every
 * permitted subclass of every sealed type, every enum constant, edge values of numbers and strings, empty and
 * non-empty collections, absent optional parts) survive the cache's codec unchanged. Because values are generated
 * from the records' components, a component added to any fact is generated and checked here too.
 */
class GeneratedFactsRoundTripTest {
    private static final SourceFile FILE = new SourceFile(Path.of("/p/src/A.java"), "src/A.java");
    private static final int[] INTS = {0, -1, 1, 63, 64, 127, 128, 16_383, 16_384, Integer.MAX_VALUE, Integer.MIN_VALUE};
    private static final long[] LONGS = {0, -1, 1, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, -(1L << 35)};
    private static final String[] STRINGS = {"", "a", "Ünïcödé ✓ 漢字 \uD83D\uDE00", "line\nbreak\ttab\"quote\\",
            "x".repeat(300), "a"};

    /** What the generator made at least once: every record class and enum constant it met. */
    private final Set<Class<?>> madeRecords = new HashSet<>();
    private final Set<Enum<?>> madeConstants = new HashSet<>();
    private int counter;
    /** sizes, kinds and absent parts vary independently of the values (fixed seed: the test is repeatable) */
    private final java.util.Random random = new java.util.Random(42);

    @Test
    void generatedFactsOfEveryKindRoundTrip() throws IOException {
        Set<Class<?>> reachable = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        Set<Enum<?>> constants = new HashSet<>();
        reach(FileFacts.class, reachable, constants);
        assertTrue(reachable.size() > 20, "the facts are made of many record kinds: " + reachable);
        int rounds = 0;
        while ((!madeRecords.containsAll(reachable) || !madeConstants.containsAll(constants)) && rounds < 400) {
            FileFacts facts = (FileFacts) generate(FileFacts.class, 0);
            byte[] bytes = FactsCodec.encode(facts);
            FileFacts back = FactsCodec.decode(bytes, FILE);
            assertDeepEquals(facts, back, "FileFacts");
            assertArrayEquals(bytes, FactsCodec.encode(back), "re-encoding gives the same bytes");
            rounds++;
        }
        Set<Class<?>> missing = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        missing.addAll(reachable);
        missing.removeAll(madeRecords);
        assertTrue(missing.isEmpty(), "never generated: " + missing);
        Set<Enum<?>> missingConstants = new HashSet<>(constants);
        missingConstants.removeAll(madeConstants);
        assertTrue(missingConstants.isEmpty(), "never generated: " + missingConstants);
    }

    @Test
    void handWrittenCodecsWriteWhatTheDerivedPlanWrites() {
        assertTrue(RecordCodec.directlyWritten().size() >= 4, RecordCodec.directlyWritten().toString());
        for (Class<?> type : RecordCodec.directlyWritten()) {
            for (int i = 0; i < 50; i++) {
                Object record = generate(type, 0);
                assertArrayEquals(RecordCodec.derived(record), RecordCodec.direct(record), type.getName() + " " + record);
            }
        }
    }

    @Test
    void everyTruncationOfGeneratedFactsIsAnError() {
        FileFacts facts = (FileFacts) generate(FileFacts.class, 0);
        byte[] bytes = FactsCodec.encode(facts);
        for (int cut = 0; cut < bytes.length; cut += Math.max(1, bytes.length / 200)) {
            byte[] truncated = Arrays.copyOf(bytes, cut);
            try {
                FactsCodec.decode(truncated, FILE);
                fail("a truncation to " + cut + " of " + bytes.length + " bytes was accepted");
            } catch (IOException expected) {
                // the cache entry is then ignored and the file analysed again
            }
        }
    }

    // ------------------------------------------------------------------ which kinds exist

    private static void reach(Type type, Set<Class<?>> records, Set<Enum<?>> constants) {
        Class<?> raw = raw(type);
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                reach(arg, records, constants);
            }
        }
        if (raw.isArray()) {
            reach(raw.getComponentType(), records, constants);
        } else if (raw.isEnum()) {
            for (Object c : raw.getEnumConstants()) {
                constants.add((Enum<?>) c);
            }
        } else if (raw.isRecord() && raw != SourceFile.class && records.add(raw)) {
            for (RecordComponent c : raw.getRecordComponents()) {
                reach(c.getGenericType(), records, constants);
            }
        } else if (raw.isSealed()) {
            for (Class<?> sub : raw.getPermittedSubclasses()) {
                reach(sub, records, constants);
            }
        }
    }

    // ------------------------------------------------------------------ generating

    private Object generate(Type type, int depth) {
        Class<?> raw = raw(type);
        int n = counter++;
        if (raw == int.class || raw == Integer.class) {
            return INTS[n % INTS.length];
        } else if (raw == long.class || raw == Long.class) {
            return LONGS[n % LONGS.length];
        } else if (raw == boolean.class) {
            return n % 2 == 0;
        } else if (raw == String.class) {
            return STRINGS[n % STRINGS.length];
        } else if (raw == SourceFile.class) {
            return FILE;
        } else if (raw == PathCondition.class) {
            return n % 3 == 0 ? PathCondition.TRUE : PathCondition.of(new long[] {n, 1L << 33 | n % 5});
        } else if (raw.isEnum()) {
            Object[] all = raw.getEnumConstants();
            Enum<?> c = (Enum<?>) all[n % all.length];
            madeConstants.add(c);
            return c;
        } else if (raw.isArray()) {
            int length = depth > 10 ? 0 : random.nextInt(3);
            Object array = Array.newInstance(raw.getComponentType(), length);
            for (int i = 0; i < length; i++) {
                Array.set(array, i, generate(raw.getComponentType(), depth + 1));
            }
            return array;
        } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            int size = depth > 10 ? 0 : random.nextInt(3);
            Collection<Object> out = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            for (int i = 0; i < size; i++) {
                out.add(generate(argument(type, 0), depth + 1));
            }
            return out;
        } else if (Map.class.isAssignableFrom(raw)) {
            int size = depth > 10 ? 0 : random.nextInt(3);
            Map<Object, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                out.put(generate(argument(type, 0), depth + 1), generate(argument(type, 1), depth + 1));
            }
            return out;
        } else if (raw.isRecord()) {
            return record(raw, depth);
        } else if (raw.isSealed()) {
            Class<?>[] permitted = raw.getPermittedSubclasses();
            Arrays.sort(permitted, java.util.Comparator.comparing(Class::getName));
            if (depth > 10) {
                // deep down, a kind that does not nest further
                for (Class<?> sub : permitted) {
                    if (!nests(sub, raw)) {
                        return generate(sub, depth + 1);
                    }
                }
            }
            return generate(permitted[random.nextInt(permitted.length)], depth + 1);
        }
        throw new IllegalStateException("no generator for " + type);
    }

    private Object record(Class<?> type, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Class<?> raw = types[i];
            boolean optionalPart = raw.isRecord() && raw != SourceFile.class && random.nextInt(4) == 0;
            args[i] = optionalPart ? null : generate(components[i].getGenericType(), depth + 1);
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(types);
            Object made = c.newInstance(args);
            madeRecords.add(type);
            return made;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type + " from " + Arrays.deepToString(args), e);
        }
    }

    private static boolean nests(Class<?> record, Class<?> sealed) {
        if (!record.isRecord()) {
            return false;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            if (sealed.isAssignableFrom(c.getType()) || c.getGenericType() instanceof ParameterizedType) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    // ------------------------------------------------------------------ comparing

    private static void assertDeepEquals(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, path);
            return;
        }
        Class<?> type = expected.getClass();
        if (type.isArray()) {
            assertEquals(Array.getLength(expected), Array.getLength(actual), path + ".length");
            for (int i = 0; i < Array.getLength(expected); i++) {
                assertDeepEquals(Array.get(expected, i), Array.get(actual, i), path + "[" + i + "]");
            }
        } else if (expected instanceof List<?> l) {
            List<?> other = (List<?>) actual;
            assertEquals(l.size(), other.size(), path + ".size");
            for (int i = 0; i < l.size(); i++) {
                assertDeepEquals(l.get(i), other.get(i), path + "[" + i + "]");
            }
        } else if (expected instanceof Set<?> s) {
            assertEquals(s.size(), ((Set<?>) actual).size(), path + ".size");
            assertEquals(s, actual, path);
        } else if (expected instanceof Map<?, ?> m) {
            Map<?, ?> other = (Map<?, ?>) actual;
            assertEquals(m.keySet(), other.keySet(), path + ".keys");
            for (Object k : m.keySet()) {
                assertDeepEquals(m.get(k), other.get(k), path + "[" + k + "]");
            }
        } else if (type.isRecord()) {
            assertEquals(type, actual.getClass(), path);
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    assertDeepEquals(c.getAccessor().invoke(expected), c.getAccessor().invoke(actual),
                            path + "." + c.getName());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }
}

package dev.refflow.cache;

import dev.refflow.model.PathCondition;
import dev.refflow.source.SourceFile;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact binary form of RefFlow's fact records, derived from the records themselves: every component of every
 * record is written in declaration order, so a component added to a fact can never be left out of the cache.
 * Variable-length integers (zig-zag, so {@code -1} is one byte), a string table, sealed interfaces by their
 * permitted subclass, enums by ordinal, lists, sets and maps by their declared element types; {@code null} costs
 * nothing extra (it shares the tag or length). A {@link SourceFile} is not written: decoding binds facts to the
 * file as found now. Decoding checks every tag, length and count; anything inconsistent is an
 * {@link IOException}.
 */
final class RecordCodec {
    /** How one record class is taken apart and put together again. */
    private record Shape(MethodHandle[] accessors, Type[] types, MethodHandle constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    private static final ClassValue<Class<?>[]> PERMITTED = new ClassValue<>() {
        @Override
        protected Class<?>[] computeValue(Class<?> type) {
            Class<?>[] permitted = type.getPermittedSubclasses();
            // a stable order whatever order the class file lists them in
            Arrays.sort(permitted, Comparator.comparing(Class::getName));
            return permitted;
        }
    };

    private RecordCodec() {
    }

    private static Shape shapeOf(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = lookup.unreflect(components[i].getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            MethodHandle constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(raw))
                    .asType(MethodType.methodType(Object.class, raw).generic())
                    .asSpreader(Object[].class, components.length);
            return new Shape(accessors, types, constructor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot encode " + type + ": " + e, e);
        }
    }

    // ------------------------------------------------------------------ writing

    static final class Writer {
        private byte[] buf = new byte[4096];
        private int pos;
        private final Map<String, Integer> strings = new HashMap<>();

        byte[] bytes() {
            return Arrays.copyOf(buf, pos);
        }

        private void ensure(int n) {
            if (pos + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
            }
        }

        void varint(long v) {
            long z = (v << 1) ^ (v >> 63);
            ensure(10);
            while ((z & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            buf[pos++] = (byte) z;
        }

        void string(String s) {
            if (s == null) {
                varint(-1);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                varint(known + 1);
                return;
            }
            strings.put(s, strings.size());
            varint(0);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }

        void value(Object value, Type type) {
            Class<?> raw = rawClass(type);
            if (raw == int.class || raw == long.class || raw == short.class || raw == byte.class
                    || raw == Integer.class || raw == Long.class) {
                // boxed numbers only appear as map keys and list elements, never null
                varint(((Number) value).longValue());
            } else if (raw == boolean.class) {
                varint((Boolean) value ? 1 : 0);
            } else if (raw == char.class) {
                varint((Character) value);
            } else if (raw == String.class) {
                string((String) value);
            } else if (raw == SourceFile.class) {
                // bound to the file when decoding
            } else if (raw == PathCondition.class) {
                long[] terms = value == null ? null : ((PathCondition) value).terms();
                value(terms, long[].class);
            } else if (raw.isEnum()) {
                varint(value == null ? 0 : ((Enum<?>) value).ordinal() + 1);
            } else if (raw.isArray()) {
                array(value, raw.getComponentType());
            } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                collection((java.util.Collection<?>) value, typeArgument(type, 0));
            } else if (Map.class.isAssignableFrom(raw)) {
                map((Map<?, ?>) value, typeArgument(type, 0), typeArgument(type, 1));
            } else if (raw.isRecord()) {
                varint(value == null ? 0 : 1);
                if (value != null) {
                    record(value, raw);
                }
            } else if (raw.isSealed()) {
                if (value == null) {
                    varint(0);
                    return;
                }
                Class<?>[] permitted = PERMITTED.get(raw);
                int tag = Arrays.asList(permitted).indexOf(value.getClass());
                if (tag < 0) {
                    throw new IllegalArgumentException(value.getClass() + " is not a permitted " + raw);
                }
                varint(tag + 1);
                if (value.getClass().isRecord()) {
                    record(value, value.getClass());
                } else {
                    value(value, value.getClass());
                }
            } else {
                throw new IllegalArgumentException("cannot encode a " + raw.getName());
            }
        }

        /** A record as its components, in declaration order. */
        void record(Object value, Class<?> type) {
            Shape shape = SHAPES.get(type);
            for (int i = 0; i < shape.accessors().length; i++) {
                try {
                    value(shape.accessors()[i].invokeExact(value), shape.types()[i]);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            }
        }

        private void array(Object array, Class<?> component) {
            if (array == null) {
                varint(-1);
                return;
            }
            int n = Array.getLength(array);
            varint(n);
            if (component == int.class) {
                for (int v : (int[]) array) {
                    varint(v);
                }
            } else if (component == long.class) {
                for (long v : (long[]) array) {
                    varint(v);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    value(Array.get(array, i), component);
                }
            }
        }

        private void collection(java.util.Collection<?> values, Type element) {
            if (values == null) {
                varint(-1);
                return;
            }
            varint(values.size());
            for (Object v : sorted(values)) {
                value(v, element);
            }
        }

        private void map(Map<?, ?> values, Type key, Type value) {
            if (values == null) {
                varint(-1);
                return;
            }
            varint(values.size());
            for (Object k : sorted(values.keySet())) {
                value(k, key);
                value(values.get(k), value);
            }
        }

        /** Sets and map keys in a fixed order, so the same facts always give the same bytes. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static java.util.Collection<?> sorted(java.util.Collection<?> values) {
            if (values instanceof List<?> || values.size() < 2) {
                return values;
            }
            List<Object> out = new ArrayList<>(values);
            if (out.get(0) instanceof Comparable) {
                out.sort((a, b) -> ((Comparable) a).compareTo(b));
            } else {
                out.sort(Comparator.comparing(String::valueOf));
            }
            return out;
        }
    }

    // ------------------------------------------------------------------ reading

    static final class Reader {
        private final byte[] buf;
        private final SourceFile file;
        private int pos;
        private final List<String> strings = new ArrayList<>();

        Reader(byte[] buf, SourceFile file) {
            this.buf = buf;
            this.file = file;
        }

        boolean atEnd() {
            return pos == buf.length;
        }

        private int byteValue() {
            if (pos >= buf.length) {
                throw new IllegalStateException("truncated");
            }
            return buf[pos++] & 0xFF;
        }

        long varlong() {
            long z = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                int b = byteValue();
                z |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return (z >>> 1) ^ -(z & 1);
                }
            }
            throw new IllegalStateException("bad varint");
        }

        int varint() {
            long v = varlong();
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new IllegalStateException("int out of range");
            }
            return (int) v;
        }

        /** A length: -1 for null, else never more than the bytes left could hold. */
        private int length() {
            int n = varint();
            if (n < -1 || n > buf.length - pos) {
                throw new IllegalStateException("bad count " + n);
            }
            return n;
        }

        /** A tag: 0 for null, else 1 to {@code limit}. */
        private int tag(int limit) {
            int t = varint();
            if (t < 0 || t > limit) {
                throw new IllegalStateException("bad tag " + t);
            }
            return t;
        }

        String string() {
            int ref = varint();
            if (ref == -1) {
                return null;
            }
            if (ref > 0) {
                if (ref > strings.size()) {
                    throw new IllegalStateException("bad string reference " + ref);
                }
                return strings.get(ref - 1);
            }
            int n = length();
            if (n < 0) {
                throw new IllegalStateException("bad string length");
            }
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            strings.add(s);
            return s;
        }

        Object value(Type type) {
            Class<?> raw = rawClass(type);
            if (raw == int.class || raw == Integer.class) {
                return varint();
            } else if (raw == long.class || raw == Long.class) {
                return varlong();
            } else if (raw == short.class) {
                return (short) varint();
            } else if (raw == byte.class) {
                return (byte) varint();
            } else if (raw == boolean.class) {
                return tag(1) == 1;
            } else if (raw == char.class) {
                return (char) varint();
            } else if (raw == String.class) {
                return string();
            } else if (raw == SourceFile.class) {
                return file;
            } else if (raw == PathCondition.class) {
                long[] terms = (long[]) value(long[].class);
                return terms == null ? null : PathCondition.of(terms);
            } else if (raw.isEnum()) {
                Object[] constants = raw.getEnumConstants();
                int t = tag(constants.length);
                return t == 0 ? null : constants[t - 1];
            } else if (raw.isArray()) {
                return array(raw.getComponentType());
            } else if (List.class.isAssignableFrom(raw)) {
                return collection(typeArgument(type, 0), false);
            } else if (Set.class.isAssignableFrom(raw)) {
                return collection(typeArgument(type, 0), true);
            } else if (Map.class.isAssignableFrom(raw)) {
                return map(typeArgument(type, 0), typeArgument(type, 1));
            } else if (raw.isRecord()) {
                return tag(1) == 0 ? null : record(raw);
            } else if (raw.isSealed()) {
                Class<?>[] permitted = PERMITTED.get(raw);
                int t = tag(permitted.length);
                if (t == 0) {
                    return null;
                }
                Class<?> chosen = permitted[t - 1];
                return chosen.isRecord() ? record(chosen) : value(chosen);
            }
            throw new IllegalArgumentException("cannot decode a " + raw.getName());
        }

        Object record(Class<?> type) {
            Shape shape = SHAPES.get(type);
            Object[] args = new Object[shape.types().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = value(shape.types()[i]);
            }
            try {
                return shape.constructor().invoke(args);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        private Object array(Class<?> component) {
            int n = length();
            if (n < 0) {
                return null;
            }
            if (component == int.class) {
                int[] out = new int[n];
                for (int i = 0; i < n; i++) {
                    out[i] = varint();
                }
                return out;
            }
            if (component == long.class) {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = varlong();
                }
                return out;
            }
            Object out = Array.newInstance(component, n);
            for (int i = 0; i < n; i++) {
                Array.set(out, i, value(component));
            }
            return out;
        }

        private Object collection(Type element, boolean set) {
            int n = length();
            if (n < 0) {
                return null;
            }
            java.util.Collection<Object> out = set ? new LinkedHashSet<>() : new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(value(element));
            }
            return set ? out : java.util.Collections.unmodifiableList((List<Object>) out);
        }

        private Object map(Type key, Type value) {
            int n = length();
            if (n < 0) {
                return null;
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Object k = value(key);
                out.put(k, value(value));
            }
            return out;
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("cannot encode a value of type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("a collection needs its element type: " + type);
    }
}

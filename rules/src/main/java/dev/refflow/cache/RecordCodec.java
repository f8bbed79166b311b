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
    /**
     * How one record class is taken apart and put together again. Components are read through small functions
     * made once per component (an int component as an int: no boxing), because calling a method handle that is not
     * a constant is slow in the compiler a short run uses.
     */
    private record Shape(Object[] getters, Type[] types, MethodHandle constructor) {
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
            Object[] getters = new Object[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                getters[i] = getter(type, lookup.unreflect(components[i].getAccessor()), components[i].getType());
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            MethodHandle constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(raw))
                    .asType(MethodType.methodType(Object.class, raw).generic())
                    .asSpreader(Object[].class, components.length);
            return new Shape(getters, types, constructor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot encode " + type + ": " + e, e);
        }
    }

    // ------------------------------------------------------------------ plans

    /**
     * How one declared type is written and read, worked out once per type: the dispatch on what a type is
     * (enum, array, collection, record, sealed) costs reflection, so it must not run once per value.
     */
    interface Node {
        void write(Writer w, Object value);

        Object read(Reader r);
    }

    private static final java.util.concurrent.ConcurrentHashMap<Type, Node> NODES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The plan for {@code type}; records' components are planned on first use, so recursive types work. */
    static Node node(Type type) {
        Node known = NODES.get(type);
        if (known != null) {
            return known;
        }
        Node made = plan(type);
        Node raced = NODES.putIfAbsent(type, made);
        return raced == null ? made : raced;
    }

    private static Node plan(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == int.class || raw == Integer.class) {
            return leaf((w, v) -> w.varint(((Number) v).longValue()), Reader::varint);
        } else if (raw == long.class || raw == Long.class) {
            return leaf((w, v) -> w.varint(((Number) v).longValue()), Reader::varlong);
        } else if (raw == short.class) {
            return leaf((w, v) -> w.varint(((Number) v).longValue()), r -> (short) r.varint());
        } else if (raw == byte.class) {
            return leaf((w, v) -> w.varint(((Number) v).longValue()), r -> (byte) r.varint());
        } else if (raw == boolean.class) {
            return leaf((w, v) -> w.varint((Boolean) v ? 1 : 0), r -> r.tag(1) == 1);
        } else if (raw == char.class) {
            return leaf((w, v) -> w.varint((Character) v), r -> (char) r.varint());
        } else if (raw == String.class) {
            return leaf((w, v) -> w.string((String) v), Reader::string);
        } else if (raw == SourceFile.class) {
            // not written: bound to the file when decoding
            return leaf((w, v) -> { }, r -> r.file);
        } else if (raw == PathCondition.class) {
            return leaf((w, v) -> w.longs(v == null ? null : ((PathCondition) v).terms()), r -> {
                long[] terms = r.longs();
                return terms == null ? null : PathCondition.of(terms);
            });
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return leaf((w, v) -> w.varint(v == null ? 0 : ((Enum<?>) v).ordinal() + 1), r -> {
                int t = r.tag(constants.length);
                return t == 0 ? null : constants[t - 1];
            });
        } else if (raw == int[].class) {
            return leaf((w, v) -> w.ints((int[]) v), Reader::ints);
        } else if (raw == long[].class) {
            return leaf((w, v) -> w.longs((long[]) v), Reader::longs);
        } else if (raw.isArray()) {
            return new ArrayNode(raw.getComponentType());
        } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            return new CollectionNode(typeArgument(type, 0), Set.class.isAssignableFrom(raw));
        } else if (Map.class.isAssignableFrom(raw)) {
            return new MapNode(typeArgument(type, 0), typeArgument(type, 1));
        } else if (raw.isRecord()) {
            Node body = RECORD_BODIES.get(raw);
            return leaf((w, v) -> {
                w.varint(v == null ? 0 : 1);
                if (v != null) {
                    body.write(w, v);
                }
            }, r -> r.tag(1) == 0 ? null : body.read(r));
        } else if (raw.isSealed()) {
            return new SealedNode(raw);
        }
        throw new IllegalArgumentException("cannot encode a " + raw.getName());
    }

    private interface WriteStep {
        void write(Writer w, Object value);
    }

    private interface ReadStep {
        Object read(Reader r);
    }

    private static Node leaf(WriteStep write, ReadStep read) {
        return new Node() {
            @Override
            public void write(Writer w, Object value) {
                write.write(w, value);
            }

            @Override
            public Object read(Reader r) {
                return read.read(r);
            }
        };
    }

    /** A record's components in declaration order, without a null tag (the caller writes one when needed). */
    private static final class RecordNode implements Node {
        private final Shape shape;
        private volatile Node[] components;

        RecordNode(Class<?> type) {
            this.shape = SHAPES.get(type);
        }

        private Node[] components() {
            Node[] c = components;
            if (c == null) {
                c = new Node[shape.types().length];
                for (int i = 0; i < c.length; i++) {
                    c[i] = node(shape.types()[i]);
                }
                components = c;
            }
            return c;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(Writer w, Object value) {
            Node[] c = components();
            Object[] getters = shape.getters();
            for (int i = 0; i < c.length; i++) {
                Object g = getters[i];
                if (g instanceof java.util.function.ToIntFunction<?> f) {
                    w.varint(((java.util.function.ToIntFunction<Object>) f).applyAsInt(value));
                } else if (g instanceof java.util.function.ToLongFunction<?> f) {
                    w.varint(((java.util.function.ToLongFunction<Object>) f).applyAsLong(value));
                } else if (g instanceof java.util.function.Predicate<?> f) {
                    w.varint(((java.util.function.Predicate<Object>) f).test(value) ? 1 : 0);
                } else {
                    c[i].write(w, ((java.util.function.Function<Object, Object>) g).apply(value));
                }
            }
        }

        @Override
        public Object read(Reader r) {
            Node[] c = components();
            Object[] args = new Object[c.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = c[i].read(r);
            }
            try {
                return shape.constructor().invoke(args);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private static final Map<Class<?>, Node> DIRECT = DirectCodecs.all();

    /** The records that have a hand-written codec. */
    static java.util.Set<Class<?>> directlyWritten() {
        return DIRECT.keySet();
    }

    /** A record's bytes as its hand-written codec writes them (for comparing with {@link #derived}). */
    static byte[] direct(Object record) {
        Writer w = new Writer();
        DIRECT.get(record.getClass()).write(w, record);
        return w.bytes();
    }

    /** A record's bytes as the plan derived from its declaration writes them. */
    static byte[] derived(Object record) {
        Writer w = new Writer();
        new RecordNode(record.getClass()).write(w, record);
        return w.bytes();
    }

    /** A record's body: its hand-written codec when it has one ({@link DirectCodecs}), else the derived plan. */
    private static final ClassValue<Node> RECORD_BODIES = new ClassValue<>() {
        @Override
        protected Node computeValue(Class<?> type) {
            Node direct = DIRECT.get(type);
            return direct != null ? direct : new RecordNode(type);
        }
    };

    /** One of a sealed type's permitted subclasses: its tag (0 for null), then its body. */
    private static final class SealedNode implements Node {
        private final Class<?> type;
        private final Class<?>[] permitted;
        private final Node[] bodies;

        SealedNode(Class<?> type) {
            this.type = type;
            this.permitted = PERMITTED.get(type);
            this.bodies = new Node[permitted.length];
        }

        /** The body of permitted subclass {@code i}, planned on first use (the type may contain itself). */
        private Node body(int i) {
            Node b = bodies[i];
            if (b == null) {
                Class<?> chosen = permitted[i];
                b = chosen.isRecord() ? RECORD_BODIES.get(chosen) : node(chosen);
                bodies[i] = b;
            }
            return b;
        }

        @Override
        public void write(Writer w, Object value) {
            if (value == null) {
                w.varint(0);
                return;
            }
            Class<?> c = value.getClass();
            // a handful of subclasses: a scan beats a map
            for (int i = 0; i < permitted.length; i++) {
                if (permitted[i] == c) {
                    w.varint(i + 1);
                    body(i).write(w, value);
                    return;
                }
            }
            throw new IllegalArgumentException(c + " is not a permitted " + type);
        }

        @Override
        public Object read(Reader r) {
            int t = r.tag(permitted.length);
            return t == 0 ? null : body(t - 1).read(r);
        }
    }

    private static final class ArrayNode implements Node {
        private final Class<?> component;
        private final Node element;

        ArrayNode(Class<?> component) {
            this.component = component;
            this.element = node(component);
        }

        @Override
        public void write(Writer w, Object array) {
            if (array == null) {
                w.varint(-1);
                return;
            }
            int n = Array.getLength(array);
            w.varint(n);
            for (int i = 0; i < n; i++) {
                element.write(w, Array.get(array, i));
            }
        }

        @Override
        public Object read(Reader r) {
            int n = r.length();
            if (n < 0) {
                return null;
            }
            Object out = Array.newInstance(component, n);
            for (int i = 0; i < n; i++) {
                Array.set(out, i, element.read(r));
            }
            return out;
        }
    }

    private static final class CollectionNode implements Node {
        private final Type elementType;
        private final boolean set;
        private volatile Node element;

        CollectionNode(Type elementType, boolean set) {
            this.elementType = elementType;
            this.set = set;
        }

        private Node element() {
            Node e = element;
            if (e == null) {
                e = node(elementType);
                element = e;
            }
            return e;
        }

        @Override
        public void write(Writer w, Object value) {
            if (value == null) {
                w.varint(-1);
                return;
            }
            java.util.Collection<?> values = (java.util.Collection<?>) value;
            w.varint(values.size());
            Node e = element();
            for (Object v : Writer.sorted(values)) {
                e.write(w, v);
            }
        }

        @Override
        public Object read(Reader r) {
            int n = r.length();
            if (n < 0) {
                return null;
            }
            Node e = element();
            java.util.Collection<Object> out = set ? new LinkedHashSet<>() : new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(e.read(r));
            }
            return set ? out : java.util.Collections.unmodifiableList((List<Object>) out);
        }
    }

    private static final class MapNode implements Node {
        private final Type keyType;
        private final Type valueType;
        private volatile Node[] nodes;

        MapNode(Type keyType, Type valueType) {
            this.keyType = keyType;
            this.valueType = valueType;
        }

        private Node[] nodes() {
            Node[] n = nodes;
            if (n == null) {
                n = new Node[] {node(keyType), node(valueType)};
                nodes = n;
            }
            return n;
        }

        @Override
        public void write(Writer w, Object value) {
            if (value == null) {
                w.varint(-1);
                return;
            }
            Map<?, ?> values = (Map<?, ?>) value;
            Node[] n = nodes();
            w.varint(values.size());
            for (Object k : Writer.sorted(values.keySet())) {
                n[0].write(w, k);
                n[1].write(w, values.get(k));
            }
        }

        @Override
        public Object read(Reader r) {
            int count = r.length();
            if (count < 0) {
                return null;
            }
            Node[] n = nodes();
            Map<Object, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                Object k = n[0].read(r);
                out.put(k, n[1].read(r));
            }
            return out;
        }
    }

    /**
     * A function reading one component: a {@link java.util.function.ToIntFunction} for an int, a
     * {@link java.util.function.ToLongFunction} for a long, a {@link java.util.function.Predicate} for a boolean, else
     * a {@link java.util.function.Function}. Made with the lambda factory; where that is refused, the handle itself.
     */
    private static Object getter(Class<?> record, MethodHandle accessor, Class<?> component) {
        Class<?> iface;
        String method;
        Class<?> returns;
        if (component == int.class) {
            iface = java.util.function.ToIntFunction.class;
            method = "applyAsInt";
            returns = int.class;
        } else if (component == long.class) {
            iface = java.util.function.ToLongFunction.class;
            method = "applyAsLong";
            returns = long.class;
        } else if (component == boolean.class) {
            iface = java.util.function.Predicate.class;
            method = "test";
            returns = boolean.class;
        } else {
            iface = java.util.function.Function.class;
            method = "apply";
            returns = Object.class;
        }
        try {
            java.lang.invoke.CallSite site = java.lang.invoke.LambdaMetafactory.metafactory(MethodHandles.lookup(),
                    method, MethodType.methodType(iface), MethodType.methodType(returns, Object.class), accessor,
                    MethodType.methodType(component.isPrimitive() ? component : component, record));
            return site.getTarget().invoke();
        } catch (Throwable refused) {
            MethodHandle generic = accessor.asType(MethodType.methodType(Object.class, Object.class));
            return (java.util.function.Function<Object, Object>) v -> {
                try {
                    return generic.invokeExact(v);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            };
        }
    }

    // ------------------------------------------------------------------ writing

    static final class Writer {
        private byte[] buf = new byte[4096];
        private int pos;
        private final Map<String, Integer> strings = new HashMap<>(1024);

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
            // one lookup: a string seen before in this file is written as its index
            Integer known = strings.putIfAbsent(s, strings.size());
            if (known != null) {
                varint(known + 1);
                return;
            }
            varint(0);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }

        void ints(int[] values) {
            if (values == null) {
                varint(-1);
                return;
            }
            varint(values.length);
            for (int v : values) {
                varint(v);
            }
        }

        void longs(long[] values) {
            if (values == null) {
                varint(-1);
                return;
            }
            varint(values.length);
            for (long v : values) {
                varint(v);
            }
        }

        /** A value of declared type {@code type}. */
        void value(Object value, Type type) {
            node(type).write(this, value);
        }

        /** A record as its components, in declaration order. */
        void record(Object value, Class<?> type) {
            RECORD_BODIES.get(type).write(this, value);
        }

        /** Sets and map keys in a fixed order, so the same facts always give the same bytes. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        static java.util.Collection<?> sorted(java.util.Collection<?> values) {
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
        int length() {
            int n = varint();
            if (n < -1 || n > buf.length - pos) {
                throw new IllegalStateException("bad count " + n);
            }
            return n;
        }

        /** A tag: 0 for null, else 1 to {@code limit}. */
        int tag(int limit) {
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

        int[] ints() {
            int n = length();
            if (n < 0) {
                return null;
            }
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = varint();
            }
            return out;
        }

        long[] longs() {
            int n = length();
            if (n < 0) {
                return null;
            }
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = varlong();
            }
            return out;
        }

        /** A value of declared type {@code type}. */
        Object value(Type type) {
            return node(type).read(this);
        }

        Object record(Class<?> type) {
            return RECORD_BODIES.get(type).read(this);
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

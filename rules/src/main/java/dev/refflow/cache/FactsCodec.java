package dev.refflow.cache;

import dev.refflow.model.FileFacts;
import dev.refflow.model.Suppression;
import dev.refflow.model.TypeFacts;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.Allocation;
import dev.refflow.model.BodyKind;
import dev.refflow.model.CallSite;
import dev.refflow.model.EdgeKind;
import dev.refflow.model.ElementValue;
import dev.refflow.model.Escape;
import dev.refflow.model.EscapeKind;
import dev.refflow.model.EventKind;
import dev.refflow.model.ExitPoint;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.FieldTrait;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.HeapEdge;
import dev.refflow.model.Loop;
import dev.refflow.model.MapPut;
import dev.refflow.model.MethodFlow;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.PathCondition;
import dev.refflow.model.ContainerShape;
import dev.refflow.model.SizeExpr;
import dev.refflow.source.ProcessingProblem;
import dev.refflow.source.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact binary form of one file's {@link FileFacts} for the cache: variable-length integers and a string
 * table, no class descriptors. Encoding is done by the worker that built the facts, so it runs in parallel
 * with the rest of the analysis; decoding checks every length and tag, and any inconsistency is an
 * {@link IOException} (the cache entry is then ignored).
 */
public final class FactsCodec {
    private FactsCodec() {
    }

    public static byte[] encode(FileFacts f) {
        Writer w = new Writer();
        w.string(f.packageName());
        w.varint(f.lines());
        w.bool(f.parsed());
        w.varint(f.types().size());
        for (TypeFacts t : f.types()) {
            w.type(t);
        }
        w.varint(f.constants().size());
        for (Map.Entry<String, SizeExpr> c : new java.util.TreeMap<>(f.constants()).entrySet()) {
            w.string(c.getKey());
            w.size(c.getValue());
        }
        w.varint(f.methods().size());
        for (MethodFlow m : f.methods()) {
            w.method(m);
        }
        w.varint(f.problems().size());
        for (ProcessingProblem p : f.problems()) {
            w.varint(p.line());
            w.varint(p.column());
            w.string(p.message());
        }
        w.varint(f.suppressions().size());
        for (Suppression s : f.suppressions()) {
            w.varint(s.line());
            w.varint(s.column());
            w.string(s.annotation());
            w.bool(s.spotBugs());
            w.strings(s.values());
            w.string(s.justification());
            w.string(s.target());
            w.string(s.enclosingType());
            w.string(s.member());
            w.varint(s.fromLine());
            w.varint(s.fromColumn());
            w.varint(s.toLine());
            w.varint(s.toColumn());
        }
        return w.bytes();
    }

    public static FileFacts decode(byte[] data, SourceFile file) throws IOException {
        try {
            Reader r = new Reader(data);
            String pkg = r.string();
            int lines = r.varint();
            boolean parsed = r.bool();
            List<TypeFacts> types = new ArrayList<>();
            for (int i = r.count(); i > 0; i--) {
                types.add(r.type());
            }
            Map<String, SizeExpr> constants = new LinkedHashMap<>();
            for (int i = r.count(); i > 0; i--) {
                constants.put(r.string(), r.size());
            }
            List<MethodFlow> methods = new ArrayList<>();
            for (int i = r.count(); i > 0; i--) {
                methods.add(r.method());
            }
            List<ProcessingProblem> problems = new ArrayList<>();
            for (int i = r.count(); i > 0; i--) {
                problems.add(new ProcessingProblem(file, r.varint(), r.varint(), r.string()));
            }
            List<Suppression> suppressions = new ArrayList<>();
            for (int i = r.count(); i > 0; i--) {
                suppressions.add(new Suppression(r.varint(), r.varint(), r.string(), r.bool(), r.strings(), r.string(),
                        r.string(), r.string(), r.string(), r.varint(), r.varint(), r.varint(), r.varint()));
            }
            if (!r.atEnd()) {
                throw new IOException("trailing bytes");
            }
            return new FileFacts(file, pkg, lines, types, constants, methods, problems, parsed, suppressions);
        } catch (RuntimeException e) {
            throw new IOException("corrupt facts: " + e, e);
        }
    }

    // ------------------------------------------------------------------ writing

    private static final class Writer {
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

        void byteValue(int b) {
            ensure(1);
            buf[pos++] = (byte) b;
        }

        void bool(boolean b) {
            byteValue(b ? 1 : 0);
        }

        /** Zig-zag varint: small negative numbers (-1 for "none") stay one byte. */
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

        void strings(List<String> list) {
            varint(list.size());
            list.forEach(this::string);
        }

        void ints(int[] values) {
            varint(values.length);
            for (int v : values) {
                varint(v);
            }
        }

        void condition(PathCondition c) {
            long[] terms = c.terms();
            varint(terms.length);
            for (long t : terms) {
                varint(t);
            }
        }

        void size(SizeExpr e) {
            if (e instanceof SizeExpr.Const c) {
                byteValue(1);
                varint(c.value());
            } else if (e instanceof SizeExpr.Ref r) {
                byteValue(2);
                string(r.text());
                strings(r.candidates());
            } else if (e instanceof SizeExpr.Binary b) {
                byteValue(3);
                string(b.op());
                size(b.left());
                size(b.right());
            } else if (e instanceof SizeExpr.Unary u) {
                byteValue(4);
                string(u.op());
                size(u.operand());
            } else {
                byteValue(0);
            }
        }

        void sizes(List<SizeExpr> list) {
            varint(list.size());
            list.forEach(this::size);
        }

        void type(TypeFacts t) {
            string(t.name());
            string(t.kind());
            varint(t.line());
            bool(t.hasOuterInstance());
            varint(t.fields().size());
            for (FieldInfo f : t.fields()) {
                field(f);
            }
            strings(List.copyOf(new java.util.TreeSet<>(t.methodNames())));
            strings(t.superTypes());
            string(t.superClass());
            varint(t.constructorParams().size());
            for (Map.Entry<Integer, List<String>> c : new java.util.TreeMap<>(t.constructorParams()).entrySet()) {
                varint(c.getKey());
                strings(c.getValue());
            }
        }

        void field(FieldInfo f) {
            string(f.owner());
            string(f.name());
            string(f.type());
            bool(f.isStatic());
            bool(f.isFinal());
            varint(f.line());
            varint(f.column());
            bool(f.isPrivate());
            string(f.initType());
            int traits = 0;
            for (FieldTrait t : f.traits()) {
                traits |= 1 << t.ordinal();
            }
            varint(traits);
        }

        void method(MethodFlow m) {
            string(m.ownerType());
            string(m.name());
            string(m.signature());
            varint(m.kind().ordinal());
            bool(m.isStatic());
            bool(m.mainMethod());
            bool(m.timesItself());
            bool(m.isPrivate());
            varint(m.line());
            varint(m.endLine());
            varint(m.objects().size());
            for (AbstractObject o : m.objects()) {
                object(o);
            }
            varint(m.loops().size());
            for (Loop l : m.loops()) {
                size(l.tripCount());
                string(l.indexVar());
                size(l.low());
                size(l.high());
                varint(l.line());
                varint(l.endLine());
                string(l.text());
                varint(l.branch());
            }
            varint(m.events().size());
            for (FlowEvent e : m.events()) {
                varint(e.kind().ordinal());
                varint(e.line());
                varint(e.column());
                varint(e.endLine());
                string(e.text());
                varint(e.subject());
                varint(e.target());
                string(e.detail());
                ints(e.loops());
                element(e.element());
                condition(e.condition());
            }
            varint(m.exits().size());
            for (ExitPoint x : m.exits()) {
                varint(x.returnEvent());
                varint(x.line());
                ints(x.returned());
                edges(x.heap());
                varint(x.escapes().size());
                for (Escape e : x.escapes()) {
                    varint(e.object());
                    varint(e.kind().ordinal());
                    varint(e.event());
                    string(e.root());
                    condition(e.condition());
                }
            }
            varint(m.calls().size());
            for (CallSite c : m.calls()) {
                string(c.name());
                string(c.scope());
                string(c.receiverType());
                string(c.staticImport());
                varint(c.argumentCount());
                varint(c.line());
                varint(c.column());
                string(c.text());
                bool(c.inOutOfMemoryHandler());
                sizes(c.guards());
                ints(c.receivers());
                varint(c.arguments().length);
                for (int[] a : c.arguments()) {
                    ints(a);
                }
                strings(c.argumentTypes());
                bool(c.sizeGuarded());
                bool(c.nullGuarded());
                bool(c.resultUsed());
            }
            varint(m.mapPuts().size());
            for (MapPut p : m.mapPuts()) {
                varint(p.event());
                ints(p.receivers());
                ints(p.keys());
                ints(p.values());
                edges(p.pathToKey());
                bool(p.valueIsKey());
            }
        }

        void object(AbstractObject o) {
            varint(o.kind().ordinal());
            varint(o.site());
            bool(o.summary());
            string(o.type());
            string(o.name());
            string(o.text());
            varint(o.line());
            varint(o.column());
            Allocation a = o.allocation();
            bool(a != null);
            if (a != null) {
                varint(a.shape() == null ? -1 : a.shape().ordinal());
                string(a.componentType());
                sizes(a.dimensions());
                size(a.initialCapacity());
                bool(a.hasInitialCapacity());
                bool(a.exactStorage());
                varint(a.copyOf());
            }
            ints(o.loops());
            condition(o.condition());
            strings(o.field());
            bool(o.capturesThis());
        }

        void element(ElementValue v) {
            varint(v.kind().ordinal());
            string(v.type());
            varint(v.object());
            size(v.length());
            varint(v.loop());
            bool(v.key());
        }

        void edges(List<HeapEdge> edges) {
            varint(edges.size());
            for (HeapEdge e : edges) {
                varint(e.from());
                varint(e.to());
                varint(e.kind().ordinal());
                string(e.label());
                string(e.slot());
                varint(e.event());
                condition(e.condition());
                bool(e.uncertain());
            }
        }
    }

    // ------------------------------------------------------------------ reading

    private static final class Reader {
        private final byte[] buf;
        private int pos;
        private final List<String> strings = new ArrayList<>();

        Reader(byte[] buf) {
            this.buf = buf;
        }

        boolean atEnd() {
            return pos == buf.length;
        }

        int byteValue() {
            if (pos >= buf.length) {
                throw new IllegalStateException("truncated");
            }
            return buf[pos++] & 0xFF;
        }

        boolean bool() {
            int b = byteValue();
            if (b > 1) {
                throw new IllegalStateException("bad boolean");
            }
            return b == 1;
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

        /** A collection size: never negative, never more than the bytes left could hold. */
        int count() {
            int n = varint();
            if (n < 0 || n > buf.length - pos) {
                throw new IllegalStateException("bad count " + n);
            }
            return n;
        }

        <E extends Enum<E>> E enumValue(E[] values) {
            int i = varint();
            if (i < 0 || i >= values.length) {
                throw new IllegalStateException("bad tag " + i);
            }
            return values[i];
        }

        String string() {
            int ref = varint();
            if (ref > 0) {
                return strings.get(ref - 1);
            }
            int n = count();
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            strings.add(s);
            return s;
        }

        List<String> strings() {
            int n = count();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(string());
            }
            return out;
        }

        int[] ints() {
            int n = count();
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = varint();
            }
            return out;
        }

        PathCondition condition() {
            int n = count();
            long[] terms = new long[n];
            for (int i = 0; i < n; i++) {
                terms[i] = varlong();
            }
            return PathCondition.of(terms);
        }

        SizeExpr size() {
            return switch (byteValue()) {
                case 0 -> SizeExpr.UNKNOWN;
                case 1 -> SizeExpr.of(varlong());
                case 2 -> new SizeExpr.Ref(string(), strings());
                case 3 -> new SizeExpr.Binary(string(), size(), size());
                case 4 -> new SizeExpr.Unary(string(), size());
                default -> throw new IllegalStateException("bad size tag");
            };
        }

        List<SizeExpr> sizes() {
            int n = count();
            List<SizeExpr> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(size());
            }
            return out;
        }

        TypeFacts type() {
            String name = string();
            String kind = string();
            int line = varint();
            boolean outer = bool();
            List<FieldInfo> fields = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                fields.add(field());
            }
            Set<String> methodNames = new LinkedHashSet<>(strings());
            List<String> supers = strings();
            String superClass = string();
            Map<Integer, List<String>> ctors = new HashMap<>();
            for (int i = count(); i > 0; i--) {
                ctors.put(varint(), strings());
            }
            return new TypeFacts(name, kind, line, outer, fields, methodNames, supers, superClass, ctors);
        }

        FieldInfo field() {
            String owner = string();
            String name = string();
            String type = string();
            boolean isStatic = bool();
            boolean isFinal = bool();
            int line = varint();
            int column = varint();
            boolean isPrivate = bool();
            String initType = string();
            int bits = varint();
            Set<FieldTrait> traits = EnumSet.noneOf(FieldTrait.class);
            for (FieldTrait t : FieldTrait.values()) {
                if ((bits & 1 << t.ordinal()) != 0) {
                    traits.add(t);
                }
            }
            return new FieldInfo(owner, name, type, isStatic, isFinal, line, column, isPrivate, initType, traits);
        }

        MethodFlow method() {
            String owner = string();
            String name = string();
            String signature = string();
            BodyKind kind = enumValue(BodyKind.values());
            boolean isStatic = bool();
            boolean main = bool();
            boolean times = bool();
            boolean isPrivate = bool();
            int line = varint();
            int endLine = varint();
            List<AbstractObject> objects = new ArrayList<>();
            for (int i = count(), id = 0; i > 0; i--, id++) {
                objects.add(object(id));
            }
            List<Loop> loops = new ArrayList<>();
            for (int i = count(), id = 0; i > 0; i--, id++) {
                loops.add(new Loop(id, size(), string(), size(), size(), varint(), varint(), string(), varint()));
            }
            List<FlowEvent> events = new ArrayList<>();
            for (int i = count(), id = 0; i > 0; i--, id++) {
                events.add(new FlowEvent(id, enumValue(EventKind.values()), varint(), varint(), varint(), string(),
                        varint(), varint(), string(), ints(), element(), condition()));
            }
            List<ExitPoint> exits = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                int returnEvent = varint();
                int xline = varint();
                int[] returned = ints();
                List<HeapEdge> heap = edges();
                List<Escape> escapes = new ArrayList<>();
                for (int k = count(); k > 0; k--) {
                    escapes.add(new Escape(varint(), enumValue(EscapeKind.values()), varint(), string(), condition()));
                }
                exits.add(new ExitPoint(returnEvent, xline, returned, heap, escapes));
            }
            List<CallSite> calls = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                String cname = string();
                String scope = string();
                String receiverType = string();
                String staticImport = string();
                int argumentCount = varint();
                int cline = varint();
                int column = varint();
                String text = string();
                boolean oom = bool();
                List<SizeExpr> guards = sizes();
                int[] receivers = ints();
                int[][] arguments = new int[count()][];
                for (int k = 0; k < arguments.length; k++) {
                    arguments[k] = ints();
                }
                calls.add(new CallSite(cname, scope, receiverType, staticImport, argumentCount, cline, column, text, oom,
                        guards, receivers, arguments, strings(), bool(), bool(), bool()));
            }
            List<MapPut> puts = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                puts.add(new MapPut(varint(), ints(), ints(), ints(), edges(), bool()));
            }
            return new MethodFlow(owner, name, signature, kind, isStatic, main, times, line, endLine, objects, loops,
                    events, exits, calls, puts, isPrivate);
        }

        AbstractObject object(int id) {
            ObjectKind kind = enumValue(ObjectKind.values());
            int site = varint();
            boolean summary = bool();
            String type = string();
            String name = string();
            String text = string();
            int line = varint();
            int column = varint();
            Allocation allocation = null;
            if (bool()) {
                int shape = varint();
                if (shape < -1 || shape >= ContainerShape.values().length) {
                    throw new IllegalStateException("bad shape");
                }
                allocation = new Allocation(shape < 0 ? null : ContainerShape.values()[shape], string(), sizes(), size(),
                        bool(), bool(), varint());
            }
            return new AbstractObject(id, kind, site, summary, type, name, text, line, column, allocation, ints(),
                    condition(), strings(), bool());
        }

        ElementValue element() {
            return new ElementValue(enumValue(ElementValue.Kind.values()), string(), varint(), size(), varint(), bool());
        }

        List<HeapEdge> edges() {
            int n = count();
            List<HeapEdge> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new HeapEdge(varint(), varint(), enumValue(EdgeKind.values()), string(), string(), varint(),
                        condition(), bool()));
            }
            return out;
        }
    }
}

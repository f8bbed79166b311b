package dev.refflow.cache;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.Allocation;
import dev.refflow.model.CallSite;
import dev.refflow.model.ElementValue;
import dev.refflow.model.EventKind;
import dev.refflow.model.FieldRef;
import dev.refflow.model.FlowEvent;
import dev.refflow.model.Guard;
import dev.refflow.model.ObjectKind;
import dev.refflow.model.PathCondition;
import dev.refflow.model.Receiver;
import dev.refflow.model.SizeExpr;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Hand-written codecs for the few records the cache holds by the hundred thousand (objects, events, call sites):
 * the same bytes as {@link RecordCodec}'s derived plan, without its per-component indirection. Each states the
 * components it writes, in order; when the record's components differ (one was added, renamed or moved) the codec
 * refuses to start, naming the record, so it can never silently leave a component out. The round-trip test over
 * generated facts checks the values.
 */
final class DirectCodecs {
    private DirectCodecs() {
    }

    static Map<Class<?>, RecordCodec.Node> all() {
        return Map.of(
                AbstractObject.class, new AbstractObjectCodec(),
                FlowEvent.class, new FlowEventCodec(),
                CallSite.class, new CallSiteCodec(),
                CallSite.Argument.class, new ArgumentCodec(),
                Receiver.OfValue.class, new OfValueCodec(),
                FieldRef.class, new FieldRefCodec());
    }

    /** A record's codec written by hand; the other components' plans are taken from the record as declared. */
    abstract static class Direct implements RecordCodec.Node {
        private final Type[] types;
        private final RecordCodec.Node[] nodes;

        Direct(Class<?> record, String... components) {
            RecordComponent[] declared = record.getRecordComponents();
            String[] names = Arrays.stream(declared).map(RecordComponent::getName).toArray(String[]::new);
            if (!Arrays.equals(names, components)) {
                throw new IllegalStateException(record.getName() + " has components " + Arrays.toString(names)
                        + " but its cache codec writes " + Arrays.toString(components) + ": update DirectCodecs");
            }
            this.types = Arrays.stream(declared).map(RecordComponent::getGenericType).toArray(Type[]::new);
            this.nodes = new RecordCodec.Node[declared.length];
        }

        /** The derived plan of component {@code i} (for the ones not written by hand). */
        final RecordCodec.Node c(int i) {
            RecordCodec.Node n = nodes[i];
            if (n == null) {
                n = RecordCodec.node(types[i]);
                nodes[i] = n;
            }
            return n;
        }
    }

    private static int bool(boolean b) {
        return b ? 1 : 0;
    }

    static final class AbstractObjectCodec extends Direct {
        AbstractObjectCodec() {
            super(AbstractObject.class, "id", "kind", "site", "summary", "type", "name", "text", "line", "column",
                    "allocation", "loops", "condition", "field", "capturesThis", "holdsUnusedOuter");
        }

        @Override
        public void write(RecordCodec.Writer w, Object value) {
            AbstractObject o = (AbstractObject) value;
            w.varint(o.id());
            c(1).write(w, o.kind());
            w.varint(o.site());
            w.varint(bool(o.summary()));
            w.string(o.type());
            w.string(o.name());
            w.string(o.text());
            w.varint(o.line());
            w.varint(o.column());
            c(9).write(w, o.allocation());
            w.ints(o.loops());
            c(11).write(w, o.condition());
            c(12).write(w, o.field());
            w.varint(bool(o.capturesThis()));
            w.varint(bool(o.holdsUnusedOuter()));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object read(RecordCodec.Reader r) {
            return new AbstractObject(r.varint(), (ObjectKind) c(1).read(r), r.varint(), r.tag(1) == 1, r.string(),
                    r.string(), r.string(), r.varint(), r.varint(), (Allocation) c(9).read(r), r.ints(),
                    (PathCondition) c(11).read(r), (List<FieldRef>) c(12).read(r), r.tag(1) == 1, r.tag(1) == 1);
        }
    }

    static final class FlowEventCodec extends Direct {
        FlowEventCodec() {
            super(FlowEvent.class, "index", "kind", "line", "column", "endLine", "text", "subject", "target", "detail",
                    "loops", "element", "condition");
        }

        @Override
        public void write(RecordCodec.Writer w, Object value) {
            FlowEvent e = (FlowEvent) value;
            w.varint(e.index());
            c(1).write(w, e.kind());
            w.varint(e.line());
            w.varint(e.column());
            w.varint(e.endLine());
            w.string(e.text());
            w.varint(e.subject());
            w.varint(e.target());
            w.string(e.detail());
            w.ints(e.loops());
            c(10).write(w, e.element());
            c(11).write(w, e.condition());
        }

        @Override
        public Object read(RecordCodec.Reader r) {
            return new FlowEvent(r.varint(), (EventKind) c(1).read(r), r.varint(), r.varint(), r.varint(), r.string(),
                    r.varint(), r.varint(), r.string(), r.ints(), (ElementValue) c(10).read(r),
                    (PathCondition) c(11).read(r));
        }
    }

    static final class CallSiteCodec extends Direct {
        CallSiteCodec() {
            super(CallSite.class, "name", "receiver", "arguments", "line", "column", "text", "guards", "resultUsed",
                    "result");
        }

        @Override
        public void write(RecordCodec.Writer w, Object value) {
            CallSite c = (CallSite) value;
            w.string(c.name());
            c(1).write(w, c.receiver());
            c(2).write(w, c.arguments());
            w.varint(c.line());
            w.varint(c.column());
            w.string(c.text());
            c(6).write(w, c.guards());
            w.varint(bool(c.resultUsed()));
            w.varint(c.result());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object read(RecordCodec.Reader r) {
            return new CallSite(r.string(), (Receiver) c(1).read(r), (List<CallSite.Argument>) c(2).read(r),
                    r.varint(), r.varint(), r.string(), (List<Guard>) c(6).read(r), r.tag(1) == 1, r.varint());
        }
    }

    static final class ArgumentCodec extends Direct {
        ArgumentCodec() {
            super(CallSite.Argument.class, "objects", "type", "value");
        }

        @Override
        public void write(RecordCodec.Writer w, Object value) {
            CallSite.Argument a = (CallSite.Argument) value;
            w.ints(a.objects());
            w.string(a.type());
            c(2).write(w, a.value());
        }

        @Override
        public Object read(RecordCodec.Reader r) {
            return new CallSite.Argument(r.ints(), r.string(), (SizeExpr) c(2).read(r));
        }
    }

    static final class OfValueCodec extends Direct {
        OfValueCodec() {
            super(Receiver.OfValue.class, "text", "type", "objects");
        }

        @Override
        public void write(RecordCodec.Writer w, Object value) {
            Receiver.OfValue v = (Receiver.OfValue) value;
            w.string(v.text());
            w.string(v.type());
            w.ints(v.objects());
        }

        @Override
        public Object read(RecordCodec.Reader r) {
            return new Receiver.OfValue(r.string(), r.string(), r.ints());
        }
    }

    static final class FieldRefCodec extends Direct {
        FieldRefCodec() {
            super(FieldRef.class, "owner", "name");
        }

        @Override
        public void write(RecordCodec.Writer w, Object value) {
            FieldRef f = (FieldRef) value;
            w.string(f.owner());
            w.string(f.name());
        }

        @Override
        public Object read(RecordCodec.Reader r) {
            return new FieldRef(r.string(), r.string());
        }
    }
}

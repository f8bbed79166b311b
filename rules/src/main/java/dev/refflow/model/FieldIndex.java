package dev.refflow.model;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every use of every field the project declares, joined across files: where it grows, shrinks, is replaced,
 * escapes, and what calls it receives. A use names a field through the candidates its object carries (a
 * {@code Type.NAME} written in another file may mean several types); the first declared candidate wins.
 */
public final class FieldIndex {

    /** How a body uses a field. */
    public enum UseKind {
        /** add, put, offer, append... */
        GROW,
        /** remove, clear, poll... (also through keySet(), values(), iterators) */
        SHRINK,
        /** the field is assigned */
        REPLACE,
        /** the field's object is returned as is (or as a live view) */
        RETURN,
        /** the field's object is passed to a call that may keep or change it, or stored elsewhere */
        PASS,
        /** a method is called on the field */
        CALL
    }

    /**
     * One use.
     *
     * @param file   where
     * @param method the body
     * @param kind   what kind of use
     * @param line   line
     * @param column column
     * @param text   the code
     * @param event  the flow event, or null for calls
     * @param call   the call site, or null
     */
    public record Use(FileFacts file, MethodFlow method, UseKind kind, int line, int column, String text,
                      FlowEvent event, CallSite call) {
        /** True when the use runs only while the class is being initialized (static initialization). */
        public boolean inStaticInitialization() {
            return method.kind() == BodyKind.STATIC_INITIALIZER;
        }
    }

    /** A declared field with the file that declares it. */
    public record Declared(FieldInfo field, FileFacts file) {
    }

    private final Map<FieldRef, Declared> declared = new LinkedHashMap<>();
    private final Map<FieldRef, List<Use>> uses = new HashMap<>();

    FieldIndex(List<FileFacts> files) {
        for (FileFacts f : files) {
            for (TypeFacts t : f.types()) {
                for (FieldInfo field : t.fields()) {
                    declared.putIfAbsent(field.ref(), new Declared(field, f));
                }
            }
        }
        for (FileFacts f : files) {
            for (MethodFlow m : f.methods()) {
                index(f, m);
            }
        }
    }

    public List<Declared> declaredFields() {
        return List.copyOf(declared.values());
    }

    public Declared declared(FieldRef key) {
        return declared.get(key);
    }

    /** The declared field an object of a method stands for, or null. */
    public Declared resolve(AbstractObject o) {
        for (FieldRef candidate : o.field()) {
            Declared d = declared.get(candidate);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    public List<Use> uses(FieldRef key) {
        return uses.getOrDefault(key, List.of());
    }

    private void index(FileFacts file, MethodFlow m) {
        Map<Integer, FieldRef> fieldOf = new HashMap<>();
        for (AbstractObject o : m.objects()) {
            Declared d = o.isField() ? resolve(o) : null;
            if (d != null) {
                fieldOf.put(o.id(), d.field().ref());
            }
        }
        if (fieldOf.isEmpty()) {
            return;
        }
        for (FlowEvent e : m.events()) {
            FieldRef subjectField = e.subject() >= 0 ? fieldOf.get(e.subject()) : null;
            FieldRef targetField = e.target() >= 0 ? fieldOf.get(e.target()) : null;
            switch (e.kind()) {
                case ADD_TO_CONTAINER -> {
                    // a put is one growth: its key add and value add are one entry
                    if (!e.element().key()) {
                        add(subjectField, file, m, UseKind.GROW, e);
                    }
                }
                case REMOVE_FROM_CONTAINER, CLEAR -> add(subjectField, file, m, UseKind.SHRINK, e);
                case STORE_FIELD, STORE_STATIC -> {
                    add(targetField, file, m, UseKind.REPLACE, e);
                    if (subjectField != null && !subjectField.equals(targetField)) {
                        add(subjectField, file, m, UseKind.PASS, e);
                    }
                }
                case SET_NULL -> add(targetField, file, m, UseKind.REPLACE, e);
                case PASS_AS_ARGUMENT -> add(subjectField, file, m, UseKind.PASS, e);
                default -> {
                }
            }
        }
        for (ExitPoint x : m.exits()) {
            if (!x.isReturn()) {
                continue;
            }
            for (int r : x.returned()) {
                for (int f : liveViewsOf(x, r, fieldOf)) {
                    add(fieldOf.get(f), file, m, UseKind.RETURN, m.event(x.returnEvent()));
                }
            }
        }
        for (CallSite c : m.calls()) {
            Set<FieldRef> seen = new HashSet<>();
            for (int r : c.receivers()) {
                FieldRef key = fieldOf.get(r);
                if (key != null && seen.add(key)) {
                    uses.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Use(file, m, UseKind.CALL, c.line(), c.column(), c.text(), null, c));
                }
            }
        }
    }

    /**
     * The fields a returned object exposes for change: the field itself, or a live view of it (keySet(),
     * an iterator); read-only views ({@code Collections.unmodifiable*}) expose nothing.
     */
    private static List<Integer> liveViewsOf(ExitPoint x, int returned, Map<Integer, FieldRef> fieldOf) {
        List<Integer> out = new ArrayList<>();
        if (fieldOf.containsKey(returned)) {
            out.add(returned);
        }
        for (HeapEdge e : x.heap()) {
            if (e.from() == returned && e.slot() instanceof Slot.View view && !view.readOnly()
                    && fieldOf.containsKey(e.to())) {
                out.add(e.to());
            }
        }
        return out;
    }

    private void add(FieldRef key, FileFacts file, MethodFlow m, UseKind kind, FlowEvent e) {
        if (key == null) {
            return;
        }
        uses.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Use(file, m, kind, e.line(), e.column(), e.text(), e, null));
    }
}

package dev.refflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the {@link KeyDomain} of what a body puts into a map or set, from the facts of that body: the key's
 * source text (a literal, a constant), its type (what the library models say its values are, or a project enum),
 * the call that produced it (a class's name, a lookup that throws for unknown names), and for a key made with
 * {@code new K(a, b)} the domains of its parts.
 */
public final class KeyDomains {
    /** a literal, a constant name ({@code MAX}, {@code Names.DEFAULT}), a class literal or its name */
    private static final Pattern CONSTANT_PART = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)+'|-?\\d[\\d_.]*[lLfFdD]?|true|false|null"
                    + "|(?:[A-Za-z_$][\\w$]*\\.)*[A-Z][A-Z0-9_]*"
                    + "|(?:[A-Za-z_$][\\w$]*\\.)*[A-Za-z_$][\\w$]*\\.class(?:\\.get(?:Simple|Canonical|Type)?Name\\(\\))?");
    /** primitives and boxes with a handful of values */
    private static final Set<String> SMALL_PRIMITIVES = Set.of("boolean", "byte");
    // a key helper that asks a factory for a key over what another helper derived: five steps from the put
    private static final int MAX_DEPTH = 5;

    private final ProjectModel project;

    public KeyDomains(ProjectModel project) {
        this.project = project;
    }

    /**
     * The domain of the key (for a map) or the element (for a set) that a container event adds: {@code add} is
     * the event for the key of a put ({@code element().key()}) or for the element of an add.
     */
    public KeyDomain of(FileFacts file, MethodFlow m, FlowEvent add) {
        CallSite call = m.callAt(add.line(), add.column(), add.text());
        String argument = call == null || call.argumentCount() == 0 ? "" : argumentText(add.text(), 0);
        if (add.element().kind() == ElementValue.Kind.SHARED || isConstantText(argument)) {
            return KeyDomain.CONSTANT;
        }
        if (add.target() < 0) {
            // an expression the model keeps no object for (a concatenation, arithmetic): its static type may tell
            String type = call == null || call.argumentCount() == 0 ? "" : call.arguments().get(0).type();
            if (type.isEmpty()) {
                type = fieldOfLocalType(file, m, argument);
            }
            KeyDomain byType = ofType(file, m, type);
            return byType == null ? KeyDomain.WORKLOAD : byType;
        }
        return ofObject(file, m, add.target(), add.line(), 0);
    }

    private static final Pattern FIELD_OF_LOCAL = Pattern.compile("(\\w+)\\.(\\w+)");

    /**
     * The declared type of {@code handler.type}, a field read off a local or parameter of a project type (the
     * model keeps no object for what a field of another object holds): that field's declared type, or "".
     */
    private String fieldOfLocalType(FileFacts file, MethodFlow m, String written) {
        java.util.regex.Matcher parts = FIELD_OF_LOCAL.matcher(written.strip());
        if (!parts.matches()) {
            return "";
        }
        for (AbstractObject o : m.objects()) {
            if (!o.name().equals(parts.group(1)) || o.type().isEmpty()) {
                continue;
            }
            String owner = project.calls().types().resolve(file, m.ownerType(), o.type());
            TypeIndex.Declared declared = owner == null ? null : project.calls().types().type(owner);
            if (declared != null) {
                for (FieldInfo f : declared.type().fields()) {
                    if (f.name().equals(parts.group(2))) {
                        return f.type();
                    }
                }
            }
            return "";
        }
        return "";
    }

    private KeyDomain ofObject(FileFacts file, MethodFlow m, int id, int line, int depth) {
        AbstractObject o = m.object(id);
        if (o.kind() == ObjectKind.STATIC_FIELD && isFinalField(o)) {
            // a static final field is one value: the same key at every call
            return KeyDomain.CONSTANT;
        }
        KeyDomain byType = ofType(file, m, o.type());
        if (byType != null) {
            return byType;
        }
        CallSite made = producer(m, id);
        if (o.kind() == ObjectKind.CALL_RESULT && made != null) {
            KeyDomain result = ofCallResult(file, m, made, depth);
            if (result != null) {
                return result;
            }
        }
        if (o.kind() == ObjectKind.ALLOCATION && made != null && CallSite.CONSTRUCTOR.equals(made.name())
                && made.argumentCount() > 0 && depth < MAX_DEPTH) {
            return ofParts(file, m, made, depth);
        }
        return validatedBefore(file, m, id, line) ? KeyDomain.VALIDATED : KeyDomain.WORKLOAD;
    }

    /** {@code new Key(a, b)}: as open as its most open part. */
    private KeyDomain ofParts(FileFacts file, MethodFlow m, CallSite made, int depth) {
        KeyDomain all = KeyDomain.CONSTANT;
        for (int k = 0; k < made.argumentCount(); k++) {
            all = all.or(ofArgument(file, m, made, k, depth));
        }
        return all;
    }

    /** The domain of argument {@code k} of a call: a constant, what its objects are, or its static type. */
    private KeyDomain ofArgument(FileFacts file, MethodFlow m, CallSite made, int k, int depth) {
        CallSite.Argument a = made.arguments().get(k);
        KeyDomain part = isConstantText(argumentText(made.text(), k)) ? KeyDomain.CONSTANT : null;
        if (part == null && a.objects().length > 0) {
            part = KeyDomain.CONSTANT;
            for (int id : a.objects()) {
                part = part.or(ofObject(file, m, id, made.line(), depth + 1));
            }
        }
        if (part == null) {
            part = ofType(file, m, a.type());
        }
        return part == null ? KeyDomain.WORKLOAD : part;
    }

    /**
     * A key a project method builds from its arguments and nothing else ({@code keyFor(method, type)}
     * returning {@code new MethodKey(method, type)}, or one of its parameters): as open as the arguments
     * the call passes. Null when a body's result comes from anything else (a field, a call, a computation).
     */
    private KeyDomain ofProjectResult(FileFacts file, MethodFlow m, CallSite c, int depth) {
        List<MethodFlow> bodies = depth < MAX_DEPTH ? project.calls().bodies(c) : List.of();
        if (bodies.isEmpty() || bodies.size() > MethodSummaries.MAX_DISPATCH) {
            return null;
        }
        Set<Integer> used = new java.util.TreeSet<>();
        for (MethodFlow body : bodies) {
            var results = project.summaries().of(body).results();
            if (results.isEmpty()) {
                return null;
            }
            for (MethodSummary.Source source : results) {
                if (source instanceof MethodSummary.Param p) {
                    used.add(p.index());
                } else if (source instanceof MethodSummary.Fresh f && f.method() == body && f.path().isEmpty()) {
                    CallSite made = producer(body, f.site());
                    if (made == null || !CallSite.CONSTRUCTOR.equals(made.name())) {
                        return null;
                    }
                    for (int k = 0; k < made.argumentCount(); k++) {
                        if (isConstantText(argumentText(made.text(), k))) {
                            continue;
                        }
                        int[] parts = made.arguments().get(k).objects();
                        if (parts.length == 0) {
                            return null;
                        }
                        for (int id : parts) {
                            if (body.object(id).kind() != ObjectKind.PARAMETER || id >= c.argumentCount()) {
                                return null;
                            }
                            used.add(id);
                        }
                    }
                } else {
                    return null;
                }
            }
        }
        KeyDomain all = KeyDomain.CONSTANT;
        for (int k : used) {
            if (k >= c.argumentCount()) {
                return null;
            }
            all = all.or(ofArgument(file, m, c, k, depth));
        }
        return all;
    }

    /**
     * What a call's result is: a class's name or member (a call without arguments on a class or a member), a value
     * of a finite type (by the library row or the project method's declared return type), a project enum's
     * {@code valueOf}. Null when the call tells nothing.
     */
    private KeyDomain ofCallResult(FileFacts file, MethodFlow m, CallSite c, int depth) {
        if (isConstantText(c.text())) {
            return KeyDomain.CONSTANT;
        }
        if (c.name().equals("getClass") && c.argumentCount() == 0) {
            // every object's class: a fact of the language, not of a library
            return KeyDomain.CLASS_METADATA;
        }
        if (c.argumentCount() == 0 && depth < MAX_DEPTH && receiverDomain(file, m, c, depth) == KeyDomain.CLASS_METADATA) {
            // getName(), getDeclaringClass(), getReturnType() of a class or member: derived from the class
            return KeyDomain.CLASS_METADATA;
        }
        Optional<LibraryModels.Match> row = project.libraryCall(file, m, c);
        if (row.isPresent()) {
            for (Effect.ReturnsType r : row.get().effects(Effect.ReturnsType.class)) {
                KeyDomain byType = ofTraits(project.libraryModels().traits(r.type()));
                if (byType != null) {
                    return byType;
                }
            }
        }
        if (c.name().equals("valueOf") && c.argumentCount() == 1 && c.receiver() instanceof Receiver.OfType t
                && isProjectEnum(file, m, t.text())) {
            return KeyDomain.FINITE;
        }
        String returned = declaredReturnType(file, m, c);
        KeyDomain byReturnType = returned.isEmpty() ? null : ofType(file, m, returned);
        if (byReturnType != null) {
            return byReturnType;
        }
        KeyDomain byBody = ofProjectResult(file, m, c, depth);
        if (byBody == null && depth < MAX_DEPTH) {
            byBody = ofReturnedObjects(file, m, c, depth);
        }
        return byBody != null ? byBody : ofFactoryResult(file, m, c, depth);
    }

    /**
     * What a call on a fixed receiver (a class, a static final field: a factory) returns when every argument it is
     * given is finite or class-scale and one of them varies: a key made from those arguments is no more open than
     * they are ({@code KEYS.newInstance(classNamesOf(handlers))}). Partial evidence, so only ever a finite or
     * class-scale answer, never a constant: a factory called with constants alone may still count (an id
     * generator). Null when the call tells nothing.
     */
    private KeyDomain ofFactoryResult(FileFacts file, MethodFlow m, CallSite c, int depth) {
        if (c.argumentCount() == 0 || depth >= MAX_DEPTH) {
            return null;
        }
        boolean fixed = c.receiver() instanceof Receiver.OfType
                || c.receiver() instanceof Receiver.OfValue v && v.objects().length > 0
                && receiverDomain(file, m, c, depth) == KeyDomain.CONSTANT;
        if (!fixed) {
            return null;
        }
        KeyDomain all = KeyDomain.CONSTANT;
        for (int k = 0; k < c.argumentCount(); k++) {
            KeyDomain part = ofArgument(file, m, c, k, depth);
            if (part == KeyDomain.WORKLOAD) {
                return null;
            }
            all = all.or(part);
        }
        return all == KeyDomain.CONSTANT ? null : all;
    }

    /**
     * What a project method returns, read off the objects its {@code return}s hand back, in its own body: a
     * parameter is as open as the argument the call passes; an array it filled is as open as what it stored in it;
     * anything else as its own facts say ({@code type.getName()}: class-scale). Null unless every returned object
     * is finite or class-scale.
     */
    private KeyDomain ofReturnedObjects(FileFacts file, MethodFlow m, CallSite c, int depth) {
        List<MethodFlow> bodies = project.calls().bodies(c);
        if (bodies.isEmpty() || bodies.size() > MethodSummaries.MAX_DISPATCH) {
            return null;
        }
        KeyDomain all = KeyDomain.CONSTANT;
        boolean any = false;
        for (MethodFlow body : bodies) {
            FileFacts own = project.calls().types().fileOf(body);
            if (own == null) {
                return null;
            }
            for (ExitPoint exit : body.exits()) {
                if (!exit.isReturn()) {
                    continue;
                }
                for (int id : exit.returned()) {
                    AbstractObject o = body.object(id);
                    KeyDomain d;
                    if (o.kind() == ObjectKind.PARAMETER) {
                        d = id < c.argumentCount() ? ofArgument(file, m, c, id, depth) : null;
                    } else if (o.kind() == ObjectKind.ALLOCATION && TypeNames.isArray(o.type())) {
                        d = ofArrayContents(own, body, exit, id, depth + 1);
                    } else {
                        d = ofObject(own, body, id, exit.line(), depth + 1);
                    }
                    if (d == null || d == KeyDomain.WORKLOAD) {
                        return null;
                    }
                    all = all.or(d);
                    any = true;
                }
            }
        }
        return any ? all : null;
    }

    /** What a body stored in an array it made, where it returns it: as open as the most open element; null if none. */
    private KeyDomain ofArrayContents(FileFacts file, MethodFlow body, ExitPoint exit, int array, int depth) {
        KeyDomain all = null;
        for (HeapEdge e : exit.heap()) {
            if (e.from() == array && e.kind() == EdgeKind.CONTAINER) {
                KeyDomain d = ofObject(file, body, e.to(), exit.line(), depth);
                all = all == null ? d : all.or(d);
            }
        }
        return all;
    }

    private KeyDomain receiverDomain(FileFacts file, MethodFlow m, CallSite c, int depth) {
        if (c.receiver() instanceof Receiver.OfValue v) {
            if (v.text().endsWith(".class")) {
                return KeyDomain.CLASS_METADATA;
            }
            KeyDomain byType = ofType(file, m, v.type());
            if (byType != null) {
                return byType;
            }
            KeyDomain all = null;
            for (int r : v.objects()) {
                KeyDomain d = ofObject(file, m, r, c.line(), depth + 1);
                all = all == null ? d : all.or(d);
            }
            return all;
        }
        return null;
    }

    /** The return type the project declares for the method a call runs, when the call resolves to one. */
    private String declaredReturnType(FileFacts file, MethodFlow m, CallSite c) {
        String owner = c.receiver() instanceof Receiver.Implicit ? m.ownerType()
                : project.calls().receiverProjectType(file, m, c);
        if (owner == null || owner.isEmpty()) {
            return "";
        }
        for (TypeFacts.MethodDecl d : project.calls().types().declared(owner, c.name(), c.argumentCount())) {
            if (d.returnType() != null && !d.returnType().isEmpty()) {
                return d.returnType();
            }
        }
        return "";
    }

    /** The key (object {@code id}) was passed, earlier in the body, to a lookup that throws for unknown names. */
    private boolean validatedBefore(FileFacts file, MethodFlow m, int id, int line) {
        int site = m.object(id).site();
        for (CallSite c : m.calls()) {
            if (c.line() > line) {
                continue;
            }
            List<Integer> positions = new ArrayList<>();
            for (int k = 0; k < c.argumentCount(); k++) {
                for (int a : c.argument(k)) {
                    if (m.object(a).site() == site) {
                        positions.add(k);
                    }
                }
            }
            if (positions.isEmpty()) {
                continue;
            }
            if (c.name().equals("valueOf") && c.argumentCount() == 1 && c.receiver() instanceof Receiver.OfType t
                    && isProjectEnum(file, m, t.text())) {
                return true;
            }
            Optional<LibraryModels.Match> row = project.libraryCall(file, m, c);
            if (row.isPresent()) {
                for (Effect.Validates v : row.get().effects(Effect.Validates.class)) {
                    for (int k : positions) {
                        if (v.args().includes(k, c.argumentCount())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The domain a static type alone gives: a finite or class-metadata library type, a project enum; else null. */
    private KeyDomain ofType(FileFacts file, MethodFlow m, String typeText) {
        if (typeText == null || typeText.isEmpty()) {
            return null;
        }
        String raw = TypeNames.rawSimpleName(typeText);
        if (SMALL_PRIMITIVES.contains(raw)) {
            return KeyDomain.FINITE;
        }
        KeyDomain byTraits = ofTraits(project.traits(file, typeText));
        if (byTraits != null) {
            return byTraits;
        }
        return isProjectEnum(file, m, typeText) ? KeyDomain.FINITE : null;
    }

    private static KeyDomain ofTraits(Set<Trait> traits) {
        if (traits.contains(Trait.FINITE_VALUES)) {
            return KeyDomain.FINITE;
        }
        return traits.contains(Trait.CLASS_METADATA) ? KeyDomain.CLASS_METADATA : null;
    }

    private boolean isProjectEnum(FileFacts file, MethodFlow m, String typeText) {
        String qualified = project.calls().types().resolve(file, m.ownerType(), TypeNames.rawName(typeText));
        return qualified != null && project.type(qualified).map(t -> t.kind().equals("enum")).orElse(false);
    }

    /** A field declared final in the project (a constant); unknown fields are not. */
    private boolean isFinalField(AbstractObject o) {
        FieldIndex.Declared d = project.fields().resolve(o);
        return d != null && d.field().isFinal();
    }

    /** The call that produced object {@code id} (its result), or null. */
    private static CallSite producer(MethodFlow m, int id) {
        for (CallSite c : m.calls()) {
            if (c.result() == id) {
                return c;
            }
        }
        return null;
    }

    /** A literal, a constant, a class literal or its name, or a concatenation of only those. */
    static boolean isConstantText(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (String part : splitTopLevel(t, '+')) {
            if (!CONSTANT_PART.matcher(part.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The source text of argument {@code index} of a call written as {@code text}; empty when it cannot tell. */
    static String argumentText(String text, int index) {
        int open = openingParenthesis(text);
        if (open < 0 || !text.endsWith(")")) {
            return "";
        }
        List<String> args = splitTopLevel(text.substring(open + 1, text.length() - 1), ',');
        return index < args.size() ? args.get(index).strip() : "";
    }

    /** The parenthesis that opens the outermost call's arguments: the one matching the final ')'. */
    private static int openingParenthesis(String text) {
        int depth = 0;
        boolean inString = false;
        char quote = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char ch = text.charAt(i);
            if (inString) {
                if (ch == quote && (i == 0 || text.charAt(i - 1) != '\\')) {
                    inString = false;
                }
            } else if (ch == '"' || ch == '\'') {
                inString = true;
                quote = ch;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth++;
            } else if (ch == '(' || ch == '[' || ch == '{') {
                depth--;
                if (depth == 0 && ch == '(') {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Splits at {@code separator} outside brackets, strings and generics-free nesting. */
    private static List<String> splitTopLevel(String text, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inString = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == quote) {
                    inString = false;
                }
            } else if (ch == '"' || ch == '\'') {
                inString = true;
                quote = ch;
            } else if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            } else if (ch == separator && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}

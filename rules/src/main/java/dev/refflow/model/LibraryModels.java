package dev.refflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What library methods do with the references they are given, as data: RefFlow's own rows
 * ({@code library.models} beside this class) and the user's ({@code refflow.models}). One row per method, plus rows
 * that say what a type extends and what its instances are. The interpreter and the rules ask questions of these
 * rows; no JDK or library behaviour is written into them as code. The format is described at the top of
 * {@code library.models} and in the README.
 */
public final class LibraryModels {
    private static final String BUILT_IN = "library.models";

    /**
     * One method row.
     *
     * @param type    the declaring type (qualified), a pattern with {@code *}, or {@code *}
     * @param method  the method name or pattern; {@code new} for constructors
     * @param arity   the parameter count, or -1 for any
     * @param types   the parameter types when the row names them, else empty
     * @param effects what the method does
     * @param where   {@code file:line} of the row
     */
    public record MethodRow(String type, String method, int arity, List<String> types, List<Effect> effects,
                            String where) {
        public MethodRow {
            types = List.copyOf(types);
            effects = List.copyOf(effects);
        }

        /** The effects of one kind. */
        public <E extends Effect> List<E> effects(Class<E> kind) {
            List<E> out = new ArrayList<>(1);
            for (Effect e : effects) {
                if (kind.isInstance(e)) {
                    out.add(kind.cast(e));
                }
            }
            return out;
        }

        public boolean has(Class<? extends Effect> kind) {
            for (Effect e : effects) {
                if (kind.isInstance(e)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The row a call matched, with what the method name's {@code *} stood for ({@code Focus} in
     * {@code addFocusListener} against {@code add*Listener}).
     *
     * @param row     the row
     * @param capture what {@code *} matched, empty when the name has none
     * @param onType  the model type the row was found on, empty for a {@code *} row
     */
    public record Match(MethodRow row, String capture, String onType) {
        public boolean has(Class<? extends Effect> kind) {
            return row.has(kind);
        }

        public <E extends Effect> List<E> effects(Class<E> kind) {
            return row.effects(kind);
        }
    }

    /** A type the models know: its supertypes and traits. */
    private static final class TypeModel {
        final String name;
        final Set<String> supertypes = new LinkedHashSet<>();
        final Set<Trait> traits = EnumSet.noneOf(Trait.class);
        final List<MethodRow> methods = new ArrayList<>();

        TypeModel(String name) {
            this.name = name;
        }
    }

    private final Map<String, TypeModel> types = new LinkedHashMap<>();
    /** types written with a {@code *} ({@code *Listener}), in file order */
    private final List<TypeModel> patterns = new ArrayList<>();
    /** rows for any receiver ({@code *}) */
    private final List<MethodRow> anyType = new ArrayList<>();
    private final Map<String, List<String>> bySimpleName = new LinkedHashMap<>();
    private final String digest;
    /** a lookup's key: no string to build and hash again for each call */
    private record Lookup(String type, String simpleName, String name, int arity) {
    }

    private final Map<Lookup, Optional<Match>> cache = new ConcurrentHashMap<>();

    private LibraryModels(String digest) {
        this.digest = digest;
    }

    // ------------------------------------------------------------------ loading

    /** A row that cannot be used: the message says where ({@code file:line}) and what is wrong. */
    public static final class BadModelException extends Exception {
        public BadModelException(String message) {
            super(message);
        }
    }

    private static volatile LibraryModels builtIn;

    /** RefFlow's own models. */
    public static LibraryModels builtIn() {
        LibraryModels m = builtIn;
        if (m == null) {
            try {
                m = load(List.of());
            } catch (BadModelException e) {
                throw new IllegalStateException("RefFlow's own library models are broken: " + e.getMessage(), e);
            }
            builtIn = m;
        }
        return m;
    }

    /**
     * The digest {@link #builtIn()} has, without reading the rows: a run whose results come from the cache needs the
     * digest for its cache key, never the rows.
     */
    public static String builtInDigest() {
        String d = builtInDigest;
        if (d == null) {
            d = digestOf(List.<String[]>of(builtInSource()));
            builtInDigest = d;
        }
        return d;
    }

    private static volatile String builtInDigest;

    private static String[] builtInSource() {
        try (InputStream in = LibraryModels.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BUILT_IN);
            }
            return new String[] {BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CRC-32C and CRC-32 of every source's text, and their total length: tells one set of rows from another, which
     * is all a cache key needs. Asked for on every run, warm ones included, where SHA-256 (not an intrinsic before
     * the JIT's second tier) cost about 25 ms of a 0.3 s run.
     */
    private static String digestOf(List<String[]> sources) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        long length = 0;
        for (String[] s : sources) {
            byte[] bytes = s[1].getBytes(StandardCharsets.UTF_8);
            c.update(bytes);
            c.update(0);
            d.update(bytes);
            d.update(0);
            length += bytes.length + 1;
        }
        return String.format(java.util.Locale.ROOT, "%08x%08x-%x", c.getValue(), d.getValue(), length);
    }

    /** RefFlow's own models and then the user's files, whose rows replace RefFlow's for the same method. */
    public static LibraryModels load(List<Path> userFiles) throws BadModelException {
        List<String[]> sources = new ArrayList<>();
        sources.add(builtInSource());
        for (Path p : userFiles) {
            try {
                sources.add(new String[] {p.toString(), Files.readString(p, StandardCharsets.UTF_8)});
            } catch (IOException e) {
                throw new BadModelException(p + ": cannot be read (" + e.getMessage() + ")");
            } catch (RuntimeException e) {
                throw new BadModelException(p + ": is not UTF-8 text (" + e.getMessage() + ")");
            }
        }
        LibraryModels models = new LibraryModels(digestOf(sources));
        for (String[] s : sources) {
            models.parse(s[0], s[1]);
        }
        models.check();
        return models;
    }

    /** A digest of every row in force: what facts built with these models depend on. */
    public String digest() {
        return digest;
    }

    private void parse(String file, String text) throws BadModelException {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = file + ":" + (i + 1);
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            List<String> tokens = tokens(line, where);
            if (tokens.size() < 2) {
                throw new BadModelException(where + ": a row is a type, a method (or 'extends' or 'is') and what it "
                        + "does; found only '" + line + "'");
            }
            String type = tokens.get(0);
            checkTypeName(type, where);
            String member = tokens.get(1);
            List<String> rest = tokens.subList(2, tokens.size());
            if (member.equals("extends")) {
                if (rest.isEmpty() || type.contains("*")) {
                    throw new BadModelException(where + ": 'extends' needs a named type and at least one supertype");
                }
                for (String s : rest) {
                    checkTypeName(s, where);
                    if (s.contains("*")) {
                        throw new BadModelException(where + ": a supertype cannot be a pattern: " + s);
                    }
                    typeModel(type).supertypes.add(s);
                }
            } else if (member.equals("is")) {
                if (rest.isEmpty()) {
                    throw new BadModelException(where + ": 'is' needs at least one trait; known traits: " + traitNames());
                }
                for (String t : rest) {
                    Trait trait = Trait.ofName(t);
                    if (trait == null) {
                        throw new BadModelException(where + ": unknown trait '" + t + "'; known traits: " + traitNames());
                    }
                    typeModel(type).traits.add(trait);
                }
            } else {
                addMethod(type, member, rest, where);
            }
        }
    }

    private void addMethod(String type, String member, List<String> effectTokens, String where)
            throws BadModelException {
        int open = member.indexOf('(');
        if (open <= 0 || !member.endsWith(")")) {
            throw new BadModelException(where + ": '" + member + "' is not a method: write name(parameters), e.g. "
                    + "add(1), put(2), register(*), remove(java.lang.Object), new(*)");
        }
        String name = member.substring(0, open);
        if (!name.matches("[A-Za-z_$*][A-Za-z0-9_$*]*")) {
            throw new BadModelException(where + ": '" + name + "' is not a method name or pattern");
        }
        String params = member.substring(open + 1, member.length() - 1).strip();
        int arity;
        List<String> paramTypes = new ArrayList<>();
        if (params.equals("*")) {
            arity = -1;
        } else if (params.isEmpty()) {
            arity = 0;
        } else if (params.matches("\\d+")) {
            arity = Integer.parseInt(params);
        } else {
            for (String p : params.split(",")) {
                String t = p.strip();
                if (!t.matches("[A-Za-z_$][\\w$.]*(\\[\\])*")) {
                    throw new BadModelException(where + ": '" + t + "' is not a parameter type (write the parameter "
                            + "count, *, or types such as int, java.lang.Object)");
                }
                paramTypes.add(t);
            }
            arity = paramTypes.size();
        }
        if (effectTokens.isEmpty()) {
            throw new BadModelException(where + ": " + member + " says nothing it does; write at least one effect, "
                    + "e.g. reads");
        }
        List<Effect> effects = new ArrayList<>();
        List<String> undoneBy = new ArrayList<>();
        for (String token : effectTokens) {
            if (token.startsWith("undone-by(") && token.endsWith(")")) {
                for (String v : token.substring("undone-by(".length(), token.length() - 1).split(",")) {
                    if (!v.strip().matches("[A-Za-z_$][\\w$]*(\\(\\))?")) {
                        throw new BadModelException(where + ": undone-by lists verbs (remove) or whole method names "
                                + "(removeAllListeners()), not '" + v.strip() + "'");
                    }
                    undoneBy.add(v.strip());
                }
            } else {
                effects.add(effect(token, arity, where));
            }
        }
        if (!undoneBy.isEmpty()) {
            boolean registers = false;
            for (int k = 0; k < effects.size(); k++) {
                if (effects.get(k) instanceof Effect.Registers reg) {
                    effects.set(k, new Effect.Registers(reg.args(), undoneBy));
                    registers = true;
                }
            }
            if (!registers) {
                throw new BadModelException(where + ": undone-by goes with a registers effect on the same row");
            }
        }
        MethodRow row = new MethodRow(type, name, arity, paramTypes, effects, where);
        List<MethodRow> target = type.equals("*") ? anyType : typeModel(type).methods;
        // a later row for the same method replaces an earlier one: the user's files come after RefFlow's
        target.removeIf(r -> r.method().equals(name) && r.arity() == arity && r.types().equals(paramTypes));
        target.add(row);
    }

    private static List<String> tokens(String line, String where) throws BadModelException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char c : line.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new BadModelException(where + ": unbalanced ')'");
                }
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else if (!Character.isWhitespace(c)) {
                cur.append(c);
            }
        }
        if (depth != 0) {
            throw new BadModelException(where + ": unbalanced '('");
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static void checkTypeName(String type, String where) throws BadModelException {
        if (!type.equals("*") && !type.matches("[A-Za-z_$*][\\w$.*]*")) {
            throw new BadModelException(where + ": '" + type + "' is not a type name (a qualified name such as "
                    + "java.util.List, a pattern such as *Listener, or *)");
        }
    }

    private TypeModel typeModel(String name) {
        TypeModel t = types.get(name);
        if (t == null) {
            t = new TypeModel(name);
            types.put(name, t);
            if (name.contains("*")) {
                patterns.add(t);
            } else {
                bySimpleName.computeIfAbsent(simpleName(name), k -> new ArrayList<>()).add(name);
            }
        }
        return t;
    }

    private static String traitNames() {
        List<String> names = new ArrayList<>();
        for (Trait t : Trait.values()) {
            names.add(t.modelName());
        }
        return String.join(", ", names);
    }

    private static final List<String> EFFECT_NAMES = List.of("adds", "adds-all", "puts", "puts-if-absent", "computes", "removes",
            "removes-some", "clears", "grows", "shrinks", "into", "returns-element", "returns-view", "view-of",
            "read-only", "fresh", "elements", "entries", "repeats", "copies", "length", "exact", "array-view",
            "returns-type", "returns", "reads", "keeps", "keeps-weakly", "calls", "registers", "undone-by",
            "unregisters", "returns-handle", "once", "runs-later", "hands-off", "keeps-for-thread", "clears-for-thread",
            "keeps-until-exit", "keeps-until-collected", "same-loader", "maybe-same-loader", "releases", "releases-all", "gc", "clock", "validates", "if-overridden");

    private Effect effect(String token, int arity, String where) throws BadModelException {
        int open = token.indexOf('(');
        String name = open < 0 ? token : token.substring(0, open);
        List<String> args = new ArrayList<>();
        if (open >= 0) {
            if (!token.endsWith(")")) {
                throw new BadModelException(where + ": '" + token + "' is not an effect");
            }
            for (String a : token.substring(open + 1, token.length() - 1).split(",")) {
                if (!a.isBlank()) {
                    args.add(a.strip());
                }
            }
        }
        Trait trait = Trait.ofName(name);
        if (trait != null && open < 0) {
            return new Effect.Has(trait);
        }
        String context = where + ": " + token + ": ";
        return switch (name) {
            case "adds" -> new Effect.Adds(args(args, 1, arity, context));
            case "adds-all" -> new Effect.AddsAll(args(args, 1, arity, context));
            case "puts" -> new Effect.Puts(index(args, 0, 2, arity, context), index(args, 1, 2, arity, context), true);
            case "puts-if-absent" -> new Effect.Puts(index(args, 0, 2, arity, context), index(args, 1, 2, arity, context),
                    false);
            case "computes" -> new Effect.Computes(index(args, 0, 2, arity, context), index(args, 1, 2, arity, context));
            case "removes" -> new Effect.Removes(args(args, 1, arity, context));
            case "removes-some" -> noArgs(args, context, new Effect.RemovesSome());
            case "clears" -> noArgs(args, context, new Effect.Clears());
            case "grows" -> noArgs(args, context, new Effect.Grows());
            case "shrinks" -> noArgs(args, context, new Effect.Shrinks());
            case "into" -> new Effect.Into(index(args, 0, 1, arity, context));
            case "returns-element" -> noArgs(args, context, new Effect.ReturnsElement());
            case "returns-view" -> {
                if (args.size() != 1 || !List.of("Set", "Collection", "List", "Map", "Iterator").contains(args.get(0))) {
                    throw new BadModelException(context + "the view is one of Set, Collection, List, Map, Iterator");
                }
                yield new Effect.ReturnsView(args.get(0));
            }
            case "view-of" -> new Effect.ViewOf(index(args, 0, 1, arity, context));
            case "read-only" -> noArgs(args, context, new Effect.ReadOnly());
            case "fresh" -> {
                if (args.isEmpty()) {
                    yield new Effect.Fresh(null);
                }
                if (args.size() != 1) {
                    throw new BadModelException(context + "fresh takes one container layout, or none for an object");
                }
                try {
                    yield new Effect.Fresh(ContainerShape.valueOf(args.get(0)));
                } catch (IllegalArgumentException e) {
                    throw new BadModelException(context + "unknown container layout '" + args.get(0) + "'; known: "
                            + java.util.Arrays.toString(ContainerShape.values()));
                }
            }
            case "elements" -> new Effect.Elements(args(args, 1, arity, context));
            case "entries" -> new Effect.Entries(args(args, 1, arity, context));
            case "repeats" -> new Effect.Repeats(index(args, 0, 2, arity, context), index(args, 1, 2, arity, context));
            case "copies" -> new Effect.Copies(index(args, 0, 1, arity, context));
            case "length" -> new Effect.Length(index(args, 0, 1, arity, context));
            case "exact" -> noArgs(args, context, new Effect.Exact());
            case "array-view" -> noArgs(args, context, new Effect.ArrayView());
            case "returns-type" -> {
                if (args.size() != 1 || !args.get(0).matches("[A-Za-z_$][\\w$.]*")) {
                    throw new BadModelException(context + "returns-type takes one type name");
                }
                yield new Effect.ReturnsType(args.get(0));
            }
            case "returns" -> new Effect.Returns(index(args, 0, 1, arity, context));
            case "reads" -> noArgs(args, context, new Effect.Reads());
            case "keeps" -> new Effect.Keeps(args(args, 1, arity, context));
            case "keeps-weakly" -> new Effect.KeepsWeakly(args(args, 1, arity, context));
            case "calls" -> new Effect.Calls(args(args, 1, arity, context));
            case "registers" -> new Effect.Registers(args(args, 1, arity, context), List.of());
            case "unregisters" -> new Effect.Unregisters(args(args, 1, arity, context));
            case "returns-handle" -> noArgs(args, context, new Effect.ReturnsHandle());
            case "once" -> new Effect.Once(args(args, 1, arity, context));
            case "runs-later" -> new Effect.RunsLater(args(args, 1, arity, context));
            case "hands-off" -> new Effect.HandsOff(args(args, 1, arity, context));
            case "keeps-for-thread" -> new Effect.KeepsForThread(args(args, 1, arity, context));
            case "clears-for-thread" -> noArgs(args, context, new Effect.ClearsForThread());
            case "keeps-until-exit" -> new Effect.KeepsUntilExit(args(args, 1, arity, context));
            case "keeps-until-collected" -> new Effect.KeepsUntilCollected(index(args, 0, 2, arity, context),
                    index(args, 1, 2, arity, context));
            case "same-loader", "maybe-same-loader" -> new Effect.SameLoader(args.size() == 1
                    && args.get(0).equals("receiver") ? Effect.SameLoader.RECEIVER : index(args, 0, 1, arity, context),
                    name.equals("same-loader"));
            case "releases" -> new Effect.Releases(args(args, 1, arity, context));
            case "releases-all" -> noArgs(args, context, new Effect.ReleasesAll());
            case "gc" -> noArgs(args, context, new Effect.Gc());
            case "clock" -> noArgs(args, context, new Effect.Clock());
            case "validates" -> new Effect.Validates(args(args, 1, arity, context));
            case "if-overridden" -> {
                Trait t = args.size() == 1 ? Trait.ofName(args.get(0)) : null;
                if (t == null) {
                    throw new BadModelException(context + "if-overridden takes one trait: " + traitNames());
                }
                yield new Effect.IfOverridden(t);
            }
            default -> throw new BadModelException(where + ": unknown effect '" + name + "'; known effects: "
                    + String.join(", ", EFFECT_NAMES) + "; traits: " + traitNames());
        };
    }

    private static Effect noArgs(List<String> args, String context, Effect e) throws BadModelException {
        if (!args.isEmpty()) {
            throw new BadModelException(context + "takes no arguments");
        }
        return e;
    }

    private static Effect.Args args(List<String> args, int count, int arity, String context)
            throws BadModelException {
        if (args.size() != count) {
            throw new BadModelException(context + "names one argument: an index from 0, last, * or 1..");
        }
        String a = args.get(0);
        if (a.equals("*")) {
            return Effect.Args.ALL;
        }
        if (a.equals("last")) {
            return new Effect.Args(0, true, false);
        }
        if (a.matches("\\d+\\.\\.")) {
            return new Effect.Args(Integer.parseInt(a.substring(0, a.length() - 2)), false, true);
        }
        return Effect.Args.of(index(args, 0, count, arity, context));
    }

    private static int index(List<String> args, int which, int count, int arity, String context)
            throws BadModelException {
        if (args.size() != count) {
            throw new BadModelException(context + "takes " + count + " argument index" + (count == 1 ? "" : "es"));
        }
        String a = args.get(which);
        if (!a.matches("\\d{1,3}")) {
            throw new BadModelException(context + "'" + a + "' is not an argument index (0 is the first argument)");
        }
        int i = Integer.parseInt(a);
        if (arity >= 0 && i >= arity) {
            throw new BadModelException(context + "argument " + i + " does not exist: the method takes " + arity
                    + " parameter" + (arity == 1 ? "" : "s") + " (0 is the first)");
        }
        return i;
    }

    /** Checks what only the whole set of rows can tell: no type extends itself, directly or through others. */
    private void check() throws BadModelException {
        for (TypeModel t : types.values()) {
            ArrayDeque<String> work = new ArrayDeque<>(t.supertypes);
            Set<String> seen = new LinkedHashSet<>();
            while (!work.isEmpty()) {
                String s = work.poll();
                if (s.equals(t.name)) {
                    throw new BadModelException(t.name + " extends itself (through " + String.join(", ", seen) + ")");
                }
                TypeModel m = types.get(s);
                if (seen.add(s) && m != null) {
                    work.addAll(m.supertypes);
                }
            }
        }
    }

    // ------------------------------------------------------------------ questions

    /** True when the models know the type (by qualified name). */
    public boolean knows(String qualified) {
        return types.containsKey(qualified);
    }

    /**
     * The model type a type written in source denotes: the first of its candidate qualified names the models know;
     * when none is known and {@code guessBySimpleName} allows it, the one model type with that simple name (a JDK
     * type first). Empty when the models do not know it.
     */
    public Optional<String> resolve(List<String> candidates, String simpleName, boolean guessBySimpleName) {
        for (String c : candidates) {
            if (types.containsKey(c)) {
                return Optional.of(c);
            }
        }
        if (guessBySimpleName) {
            List<String> named = bySimpleName.get(simpleName);
            if (named != null && !named.isEmpty()) {
                for (String n : named) {
                    if (n.startsWith("java.")) {
                        return Optional.of(n);
                    }
                }
                return Optional.of(named.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The model type a type written in a file denotes ({@code List} with {@code import java.util.*}:
     * {@code java.util.List}; {@code Runtime}: {@code java.lang.Runtime}), or empty. A simple name the file imports
     * explicitly, or declares itself, is that type and nothing else; otherwise, as for a type of another file of
     * the same package, it may be guessed by simple name among the modelled types.
     */
    public String typeIn(NameContext names, String typeText) {
        if (typeText == null || typeText.isEmpty() || TypeNames.isArray(typeText)) {
            return "";
        }
        int lt = typeText.indexOf('<');
        String raw = (lt < 0 ? typeText : typeText.substring(0, lt)).strip();
        String first = raw.contains(".") ? raw.substring(0, raw.indexOf('.')) : raw;
        List<String> candidates = new ArrayList<>(names.typeCandidates(raw));
        if (!raw.contains(".")) {
            candidates.add("java.lang." + raw);
        }
        boolean declaredHere = names.singleTypeImports().containsKey(first) || names.fileTypes().containsKey(first);
        return resolve(candidates, simpleName(raw), !declaredHere).orElse("");
    }

    /** The type and everything it extends, nearest first. */
    public List<String> supertypes(String type) {
        // asked for every typed call, field and annotation: the answer depends only on the rows
        return supertypesOf.computeIfAbsent(type, this::supertypesUncached);
    }

    private final Map<String, List<String>> supertypesOf = new ConcurrentHashMap<>();
    private final Map<String, Set<Trait>> traitsOf = new ConcurrentHashMap<>();
    private final Map<String, Set<Trait>> traitsOfSimple = new ConcurrentHashMap<>();

    private List<String> supertypesUncached(String type) {
        List<String> out = new ArrayList<>();
        ArrayDeque<String> work = new ArrayDeque<>(List.of(type));
        Set<String> seen = new LinkedHashSet<>();
        while (!work.isEmpty()) {
            String t = work.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (!t.equals(type)) {
                out.add(t);
            }
            TypeModel m = types.get(t);
            if (m != null) {
                work.addAll(m.supertypes);
            }
        }
        return List.copyOf(out);
    }

    /** True when a row of the type or of a supertype has an effect of this kind ({@code grows}: a text buffer). */
    public boolean anyRowHas(String type, Class<? extends Effect> kind) {
        List<String> chain = new ArrayList<>(List.of(type));
        chain.addAll(supertypes(type));
        for (String t : chain) {
            TypeModel m = types.get(t);
            if (m != null) {
                for (MethodRow r : m.methods) {
                    if (r.has(kind)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when {@code type} is {@code ancestor} or extends it. */
    public boolean isA(String type, String ancestor) {
        return type.equals(ancestor) || supertypes(type).contains(ancestor);
    }

    /** What instances of a type are: its own {@code is} rows, its supertypes', and those of matching patterns. */
    public Set<Trait> traits(String type) {
        return traitsOf.computeIfAbsent(type, this::traitsUncached);
    }

    private Set<Trait> traitsUncached(String type) {
        Set<Trait> out = EnumSet.noneOf(Trait.class);
        List<String> all = new ArrayList<>(List.of(type));
        all.addAll(supertypes(type));
        for (String t : all) {
            TypeModel m = types.get(t);
            if (m != null) {
                out.addAll(m.traits);
            }
        }
        for (TypeModel p : patterns) {
            for (String t : all) {
                if (matches(p.name, simpleName(t)) != null) {
                    out.addAll(p.traits);
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Traits of a type known only by its simple name (a type of the project, or one the models do not know). */
    public Set<Trait> traitsOfSimpleName(String simpleName) {
        return traitsOfSimple.computeIfAbsent(simpleName, this::traitsOfSimpleNameUncached);
    }

    private Set<Trait> traitsOfSimpleNameUncached(String simpleName) {
        Set<Trait> out = EnumSet.noneOf(Trait.class);
        for (TypeModel p : patterns) {
            if (matches(p.name, simpleName) != null) {
                out.addAll(p.traits);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * The row for a call of {@code name} with {@code arity} arguments on a receiver of model type {@code type} (null
     * or empty when unknown), searching the type and its supertypes, then type patterns matching
     * {@code simpleName}, then the rows for any receiver.
     */
    public Optional<Match> method(String type, String simpleName, String name, int arity) {
        if (!anyRowNamed(name)) {
            // most calls are to methods no row names at all (the project's own getters): answered by name alone
            return Optional.empty();
        }
        Lookup key = new Lookup(type, simpleName, name, arity);
        Optional<Match> known = cache.get(key);
        if (known != null) {
            return known;
        }
        Optional<Match> found = Optional.ofNullable(find(type, simpleName, name, arity, true));
        cache.put(key, found);
        return found;
    }

    /** method names some row names exactly, and the patterns rows use ({@code on*}); made once the rows are loaded */
    private volatile Set<String> rowMethodNames;
    private volatile List<String> rowMethodPatterns;
    private final Map<String, Boolean> namedByAPattern = new ConcurrentHashMap<>();

    private boolean anyRowNamed(String name) {
        Set<String> exact = rowMethodNames;
        if (exact == null) {
            Set<String> names = new java.util.HashSet<>();
            Set<String> wild = new LinkedHashSet<>();
            List<MethodRow> all = new ArrayList<>(anyType);
            types.values().forEach(t -> all.addAll(t.methods));
            patterns.forEach(t -> all.addAll(t.methods));
            for (MethodRow r : all) {
                (r.method().contains("*") ? wild : names).add(r.method());
            }
            rowMethodPatterns = List.copyOf(wild);
            rowMethodNames = exact = Set.copyOf(names);
        }
        if (exact.contains(name)) {
            return true;
        }
        List<String> wild = rowMethodPatterns;
        return namedByAPattern.computeIfAbsent(name, n -> wild.stream().anyMatch(p -> matches(p, n) != null));
    }

    /** Like {@link #method}, but only rows of the type and its supertypes: no pattern, no row for any receiver. */
    public Optional<Match> declared(String type, String name, int arity) {
        return type == null || type.isEmpty() ? Optional.empty() : Optional.ofNullable(find(type, "", name, arity, false));
    }

    /**
     * The first row of a named type (not a pattern, not {@code *}) for a method of this name and parameter count that
     * has an effect of this kind: for a call whose receiver's type cannot be told, such as a builder reached through
     * code RefFlow does not see.
     */
    public Optional<Match> anyDeclaring(String name, int arity, Class<? extends Effect> kind) {
        // asked for every call whose receiver's type is unknown: the answer depends only on the rows
        return anyDeclaringCache.computeIfAbsent(new Lookup(kind.getName(), "", name, arity),
                k -> anyDeclaringUncached(name, arity, kind));
    }

    private final Map<Lookup, Optional<Match>> anyDeclaringCache = new ConcurrentHashMap<>();

    private Optional<Match> anyDeclaringUncached(String name, int arity, Class<? extends Effect> kind) {
        for (TypeModel t : types.values()) {
            if (t.name.contains("*")) {
                continue;
            }
            Match m = match(t.methods, name, arity, t.name);
            if (m != null && m.row().has(kind)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private Match find(String type, String simpleName, String name, int arity, boolean wildcards) {
        if (type != null && !type.isEmpty()) {
            for (TypeModel m : chainOf.computeIfAbsent(type, this::modelledChain)) {
                Match match = match(m.methods, name, arity, m.name);
                if (match != null) {
                    return match;
                }
            }
        }
        if (!wildcards) {
            return null;
        }
        String simple = simpleName == null || simpleName.isEmpty() ? simpleName(type == null ? "" : type) : simpleName;
        if (!simple.isEmpty()) {
            for (TypeModel p : patternsFor.computeIfAbsent(simple, this::patternsFitting)) {
                Match match = match(p.methods, name, arity, p.name);
                if (match != null) {
                    return match;
                }
            }
        }
        return anyTypeRow.computeIfAbsent(new Lookup("", "", name, arity),
                k -> Optional.ofNullable(match(anyType, name, arity, ""))).orElse(null);
    }

    // lookups that repeat for every call of a kind: the rows of a type and its supertypes, the patterns a simple
    // name fits, the row for any receiver by method name
    private final Map<String, List<TypeModel>> chainOf = new ConcurrentHashMap<>();
    private final Map<String, List<TypeModel>> patternsFor = new ConcurrentHashMap<>();
    private final Map<Lookup, Optional<Match>> anyTypeRow = new ConcurrentHashMap<>();

    private List<TypeModel> modelledChain(String type) {
        List<TypeModel> out = new ArrayList<>();
        List<String> chain = new ArrayList<>(List.of(type));
        chain.addAll(supertypes(type));
        for (String t : chain) {
            TypeModel m = types.get(t);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private List<TypeModel> patternsFitting(String simple) {
        List<TypeModel> out = new ArrayList<>();
        for (TypeModel p : patterns) {
            if (matches(p.name, simple) != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static Match match(List<MethodRow> rows, String name, int arity, String onType) {
        Match loose = null;
        for (MethodRow r : rows) {
            if (r.arity() >= 0 && r.arity() != arity) {
                continue;
            }
            String capture = matches(r.method(), name);
            if (capture == null) {
                continue;
            }
            Match m = new Match(r, capture, onType);
            if (r.arity() >= 0 && !r.method().contains("*")) {
                return m;
            }
            if (loose == null) {
                loose = m;
            }
        }
        return loose;
    }

    /**
     * Whether a name fits a pattern whose {@code *} stands for nothing or whole camel-case words (so {@code on*}
     * matches {@code onData} but not {@code once}); returns what {@code *} matched, or null when it does not fit.
     */
    public static String matches(String pattern, String name) {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return pattern.equals(name) ? "" : null;
        }
        if (pattern.equals("*")) {
            return name;
        }
        String prefix = pattern.substring(0, star);
        String suffix = pattern.substring(star + 1);
        if (suffix.contains("*") || name.length() < prefix.length() + suffix.length() || !name.startsWith(prefix)
                || !name.endsWith(suffix)) {
            return null;
        }
        String middle = name.substring(prefix.length(), name.length() - suffix.length());
        if (!middle.isEmpty() && !prefix.isEmpty() && !Character.isUpperCase(middle.charAt(0))) {
            return null;
        }
        if (!middle.isEmpty() && !suffix.isEmpty() && prefix.isEmpty() && !Character.isUpperCase(suffix.charAt(0))) {
            return null;
        }
        return middle;
    }

    /** The names that undo a registration, for a registration called {@code registration}. */
    public static Set<String> undoNames(String registration, Effect.Registers registers) {
        int word = 0;
        while (word < registration.length() && Character.isLowerCase(registration.charAt(word))) {
            word++;
        }
        String noun = registration.substring(word);
        Set<String> out = new LinkedHashSet<>();
        for (String verb : registers.undoneBy()) {
            if (verb.endsWith("()")) {
                out.add(verb.substring(0, verb.length() - 2));
            } else {
                out.add(verb + noun);
                out.add(verb + noun + "s");
            }
        }
        return Collections.unmodifiableSet(out);
    }

    public static String simpleName(String qualified) {
        int dot = Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('$'));
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }
}

package dev.refflow.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's own types, by qualified name, with what each extends (resolved through its file's imports), its
 * project subtypes, its bodies and its declared methods: what call resolution needs without a symbol solver.
 */
public final class TypeIndex {
    /** A project type with its file. */
    public record Declared(TypeFacts type, FileFacts file) {
    }

    private final Map<String, Declared> types = new HashMap<>();
    private final Map<String, List<String>> supertypes = new HashMap<>();
    private final Map<String, List<String>> subtypes = new HashMap<>();
    /** bodies by owner type, in file order */
    private final Map<String, List<MethodFlow>> bodies = new HashMap<>();
    private final Map<MethodFlow, FileFacts> fileOf = new java.util.IdentityHashMap<>();
    /** resolutions already made, per file: context and written name to the project type, or empty */
    // caches filled by the call graph's worker threads and, later, by rules running side by side
    // (per file, by identity: a file's facts hash deeply; the outer map is filled up front and only read after)
    private final Map<FileFacts, Map<ResolveKey, String>> resolved = new java.util.IdentityHashMap<>();

    private record ResolveKey(String context, String written) {
    }
    private final Map<String, List<String>> ancestry = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> descendants = new java.util.concurrent.ConcurrentHashMap<>();

    TypeIndex(List<FileFacts> files) {
        for (FileFacts f : files) {
            resolved.put(f, new java.util.concurrent.ConcurrentHashMap<>());
            for (TypeFacts t : f.types()) {
                types.putIfAbsent(t.name(), new Declared(t, f));
            }
            for (MethodFlow m : f.methods()) {
                bodies.computeIfAbsent(m.ownerType(), k -> new ArrayList<>()).add(m);
                fileOf.put(m, f);
                String key = m.kind() == BodyKind.METHOD ? m.name()
                        : m.kind() == BodyKind.CONSTRUCTOR ? CallSite.CONSTRUCTOR
                        : m.kind() == BodyKind.INSTANCE_INITIALIZER ? INITIALIZERS : null;
                if (key != null) {
                    bodiesByName.computeIfAbsent(m.ownerType(), k -> new HashMap<>())
                            .computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                }
            }
        }
        for (Declared d : types.values()) {
            List<String> resolved = new ArrayList<>();
            for (String written : d.type().superTypes()) {
                String s = resolve(d.file(), enclosingOf(d.type().name()), written);
                if (s != null && !s.equals(d.type().name())) {
                    resolved.add(s);
                }
            }
            supertypes.put(d.type().name(), resolved);
            for (String s : resolved) {
                subtypes.computeIfAbsent(s, k -> new ArrayList<>()).add(d.type().name());
            }
        }
        subtypes.values().forEach(l -> l.sort(null));
    }

    public Declared type(String qualified) {
        return types.get(qualified);
    }

    /** Every project type, in no particular order. */
    public java.util.Collection<Declared> all() {
        return java.util.Collections.unmodifiableCollection(types.values());
    }

    /** The file a body is in. */
    public FileFacts fileOf(MethodFlow m) {
        return fileOf.get(m);
    }

    /** The bodies of a type: methods, constructors, initializers. */
    public List<MethodFlow> bodies(String type) {
        return bodies.getOrDefault(type, List.of());
    }

    /**
     * The project type a type written in a file means, seen from inside {@code context} (a qualified type name: its
     * member types and those of its enclosing types come first), or null when it is not one of the project's.
     */
    public String resolve(FileFacts file, String context, String written) {
        Map<ResolveKey, String> cache = resolved.get(file);
        if (cache == null) {
            // a file outside the index (a test's): resolve without remembering
            String found = resolveUncached(file, context, written);
            return found;
        }
        ResolveKey key = new ResolveKey(context, written);
        String known = cache.get(key);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String found = resolveUncached(file, context, written);
        cache.put(key, found == null ? "" : found);
        return found;
    }

    private String resolveUncached(FileFacts file, String context, String written) {
        String raw = TypeNames.rawName(written);
        if (raw.isEmpty() || TypeNames.isArray(raw)) {
            return null;
        }
        for (String outer = context; outer != null && !outer.isEmpty(); outer = enclosingOf(outer)) {
            String candidate = outer + "." + raw;
            if (types.containsKey(candidate)) {
                return candidate;
            }
            if (outer.endsWith("." + raw) || outer.equals(raw)) {
                return types.containsKey(outer) ? outer : null;
            }
        }
        for (String candidate : file.names().typeCandidates(raw)) {
            if (types.containsKey(candidate)) {
                return candidate;
            }
        }
        return types.containsKey(raw) ? raw : null;
    }

    /** {@code a.b.Outer} for {@code a.b.Outer.Inner} and {@code a.b.Outer$1}; empty for a top-level type. */
    public String enclosingOf(String type) {
        int dollar = type.lastIndexOf('$');
        int dot = type.lastIndexOf('.');
        int cut = Math.max(dollar, dot);
        if (cut < 0) {
            return "";
        }
        String outer = type.substring(0, cut);
        return types.containsKey(outer) ? outer : "";
    }

    /** The project types a type extends or implements, directly. */
    public List<String> supertypes(String type) {
        return supertypes.getOrDefault(type, List.of());
    }

    /** The type and every project type it extends, nearest first. */
    public List<String> ancestry(String type) {
        return ancestry.computeIfAbsent(type, this::ancestryOf);
    }

    private List<String> ancestryOf(String type) {
        List<String> out = new ArrayList<>();
        ArrayDeque<String> work = new ArrayDeque<>(List.of(type));
        Set<String> seen = new LinkedHashSet<>();
        while (!work.isEmpty()) {
            String t = work.poll();
            if (seen.add(t)) {
                out.add(t);
                work.addAll(supertypes(t));
            }
        }
        return out;
    }

    /** Every project type that extends or implements {@code type}, directly or not. */
    public List<String> descendants(String type) {
        return descendants.computeIfAbsent(type, this::descendantsOf);
    }

    private List<String> descendantsOf(String type) {
        List<String> out = new ArrayList<>();
        ArrayDeque<String> work = new ArrayDeque<>(subtypes.getOrDefault(type, List.of()));
        Set<String> seen = new LinkedHashSet<>();
        while (!work.isEmpty()) {
            String t = work.poll();
            if (seen.add(t)) {
                out.add(t);
                work.addAll(subtypes.getOrDefault(t, List.of()));
            }
        }
        return out;
    }

    /** The superclass (not an interface) a type extends in the project, or null. */
    public String superclass(String type) {
        Declared d = types.get(type);
        if (d == null || d.type().superClass().isEmpty()) {
            return null;
        }
        return resolve(d.file(), enclosingOf(type), d.type().superClass());
    }

    /** The declared methods of a type named {@code name} that a call with {@code arguments} arguments can be. */
    public List<TypeFacts.MethodDecl> declared(String type, String name, int arguments) {
        Declared d = types.get(type);
        if (d == null) {
            return List.of();
        }
        List<TypeFacts.MethodDecl> named = declaredByName.computeIfAbsent(type, t -> {
            Map<String, List<TypeFacts.MethodDecl>> byName = new HashMap<>();
            for (TypeFacts.MethodDecl m : d.type().methods()) {
                byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
            }
            return byName;
        }).getOrDefault(name, List.of());
        List<TypeFacts.MethodDecl> out = new ArrayList<>(1);
        for (TypeFacts.MethodDecl m : named) {
            if (m.accepts(arguments)) {
                out.add(m);
            }
        }
        return out;
    }

    /** per type, its declared methods by name (a call is resolved by name first: no scan of a big class each time) */
    private final Map<String, Map<String, List<TypeFacts.MethodDecl>>> declaredByName =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** per type, its method bodies by name, constructors under {@code new}, initializers under {@code <init>} */
    private final Map<String, Map<String, List<MethodFlow>>> bodiesByName = new HashMap<>();
    private static final String INITIALIZERS = "<init>";

    /** The bodies of a type that a call of {@code name} with {@code arguments} arguments can run. */
    public List<MethodFlow> bodies(String type, String name, int arguments) {
        Map<String, List<MethodFlow>> byName = bodiesByName.get(type);
        if (byName == null) {
            return List.of();
        }
        List<MethodFlow> out = new ArrayList<>(2);
        for (MethodFlow m : byName.getOrDefault(name, List.of())) {
            if (m.accepts(arguments)) {
                out.add(m);
            }
        }
        if (name.equals(CallSite.CONSTRUCTOR)) {
            // field initializers and initializer blocks run with every constructor
            out.addAll(byName.getOrDefault(INITIALIZERS, List.of()));
        }
        return out;
    }

    public int size() {
        return types.size();
    }
}

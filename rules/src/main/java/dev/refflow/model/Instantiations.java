package dev.refflow.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often the project makes instances of its own types, as far as its code shows: the {@code new T(...)} sites
 * (anonymous subclasses included) of a type and of its project subtypes, and where they run.
 * <ul>
 *     <li>A site in a method runs per call, unless the method is initialization-only (class initialization,
 *     {@code main}, a one-time guard, or reached only from those: {@link CallGraph#initializationOnly}).</li>
 *     <li>A site in a constructor or an instance initializer runs once per instance of its own class: as often as
 *     that class is instantiated, asked the same way (a few classes deep).</li>
 *     <li>A site in static initialization, in {@code main} or under a one-time guard runs once.</li>
 * </ul>
 * A type that lives as long as the application ({@link ProjectModel#longLivedRoot}) is never instantiated per call.
 * A type the project never instantiates, or only once, has no evidence either way: frameworks, tests and other
 * projects may make one instance or many. (A {@code new} inside a lambda runs when the lambda does, which this does
 * not follow: such a site counts where the lambda is written.)
 */
public final class Instantiations {
    /** How far a chain of constructors making each other's instances is followed. */
    private static final int MAX_DEPTH = 4;

    /**
     * Evidence that instances of a type are made per call.
     *
     * @param file  the file of the body that makes them
     * @param body  the body that runs per call: a method, or a constructor of a class that is itself made per call
     * @param site  the {@code new} in that body
     * @param how   what makes them, for messages: {@code new Request(...) in Server.handle(Socket)}, and for a site in
     *              a constructor, what makes that class per call
     */
    public record PerCall(FileFacts file, MethodFlow body, CallSite site, String how) {
    }

    private final ProjectModel project;
    /** the {@code new} sites of each project type, by qualified name; built on first use */
    private Map<String, List<CallGraph.CallEdge>> sites;
    private final Map<String, PerCall> known = new HashMap<>();
    private final Set<String> none = new HashSet<>();

    Instantiations(ProjectModel project) {
        this.project = project;
    }

    /** Where instances of a project type (or a project subtype) are made per call, or null when the project shows none. */
    public synchronized PerCall perCall(String qualifiedType) {
        return perCall(qualifiedType, 0, new HashSet<>());
    }

    private PerCall perCall(String type, int depth, Set<String> visiting) {
        PerCall found = known.get(type);
        if (found != null || none.contains(type)) {
            return found;
        }
        if (depth > MAX_DEPTH || !visiting.add(type)) {
            // a constructor chain that makes its own kind: by itself no evidence (not remembered: a partial answer)
            return null;
        }
        found = search(type, depth, visiting);
        visiting.remove(type);
        if (found != null) {
            known.put(type, found);
        } else if (depth == 0) {
            // a "no" found under an outer question may rest on that question's cycle: remembered only at the top
            none.add(type);
        }
        return found;
    }

    private PerCall search(String type, int depth, Set<String> visiting) {
        if (project.longLivedRoot(type) != null) {
            return null;
        }
        TypeIndex types = project.calls().types();
        List<String> made = new ArrayList<>();
        made.add(type);
        made.addAll(types.descendants(type));
        for (String t : made) {
            for (CallGraph.CallEdge e : sites().getOrDefault(t, List.of())) {
                if (CallGraph.kind(e) != CallGraph.CallerKind.OTHER || project.calls().initializationOnly(e.caller())) {
                    continue;
                }
                MethodFlow body = e.caller();
                String where = body.kind() == BodyKind.INSTANCE_INITIALIZER
                        ? " in the instance initializers of " + body.ownerSimpleName()
                        : " in " + body.ownerSimpleName() + "." + body.signature();
                if (body.kind() == BodyKind.METHOD) {
                    return new PerCall(e.file(), body, e.call(), e.call().text() + where);
                }
                if (body.kind() == BodyKind.CONSTRUCTOR || body.kind() == BodyKind.INSTANCE_INITIALIZER) {
                    PerCall outer = perCall(body.ownerType(), depth + 1, visiting);
                    if (outer != null) {
                        return new PerCall(outer.file(), outer.body(), outer.site(), e.call().text() + where
                                + ", once per " + body.ownerSimpleName() + ", made by " + outer.how());
                    }
                }
            }
        }
        return null;
    }

    /** Whether the project makes an instance of exactly this type anywhere ({@code new T(...)}). */
    public synchronized boolean madeAnywhere(String qualifiedType) {
        return sites().containsKey(qualifiedType);
    }

    /** Every {@code new T(...)} of a project type, by the type it makes. */
    private Map<String, List<CallGraph.CallEdge>> sites() {
        if (sites == null) {
            Map<String, List<CallGraph.CallEdge>> out = new HashMap<>();
            TypeIndex types = project.calls().types();
            for (FileFacts f : project.files()) {
                for (MethodFlow m : f.methods()) {
                    for (CallSite c : m.calls()) {
                        if (CallSite.CONSTRUCTOR.equals(c.name()) && c.receiver() instanceof Receiver.OfType t) {
                            String type = types.resolve(f, m.ownerType(), t.text());
                            if (type != null) {
                                out.computeIfAbsent(type, k -> new ArrayList<>()).add(new CallGraph.CallEdge(f, m, c));
                            }
                        }
                    }
                }
            }
            sites = out;
        }
        return sites;
    }
}

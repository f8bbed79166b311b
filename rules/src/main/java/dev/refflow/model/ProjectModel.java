package dev.refflow.model;


import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project-wide model reduced from every file's facts: constants (so a bound defined in one file sizes
 * an allocation in another) and the project's own types.
 */
public final class ProjectModel implements ConstantResolver {
    private final List<FileFacts> files;
    private final Map<String, SizeExpr> constants;
    private final Map<String, TypeFacts> types;
    private final Map<String, List<TypeFacts>> typesBySimpleName;
    private final LibraryModels libraryModels;
    /** worker threads for building the call graph */
    private final int threads;
    private volatile FieldIndex fieldIndex;
    private volatile CallGraph callGraph;
    private volatile MethodSummaries summaries;
    private volatile Instantiations instantiations;
    private volatile CallInputs callInputs;

    private ProjectModel(List<FileFacts> files, Map<String, SizeExpr> constants, Map<String, TypeFacts> types,
                         Map<String, List<TypeFacts>> typesBySimpleName, LibraryModels libraryModels, int threads) {
        this.libraryModels = libraryModels;
        this.threads = Math.max(1, threads);
        this.files = files;
        this.constants = constants;
        this.types = types;
        this.typesBySimpleName = typesBySimpleName;
    }

    /** Reduces per-file facts, in the given (sorted) order, into the project model, on one thread. */
    public static ProjectModel reduce(List<FileFacts> files, LibraryModels libraryModels) {
        return reduce(files, libraryModels, 1);
    }

    /**
     * Reduces per-file facts, in the given (sorted) order, into the project model; the call graph is built on up to
     * {@code threads} threads (the result is the same with any number).
     */
    public static ProjectModel reduce(List<FileFacts> files, LibraryModels libraryModels, int threads) {
        Map<String, SizeExpr> constants = new HashMap<>();
        Map<String, TypeFacts> types = new TreeMap<>();
        Map<String, List<TypeFacts>> bySimple = new HashMap<>();
        for (FileFacts f : files) {
            constants.putAll(f.constants());
            for (TypeFacts t : f.types()) {
                types.putIfAbsent(t.name(), t);
                bySimple.computeIfAbsent(t.simpleName(), k -> new java.util.ArrayList<>()).add(t);
            }
        }
        return new ProjectModel(List.copyOf(files), Collections.unmodifiableMap(constants),
                Collections.unmodifiableMap(types), Collections.unmodifiableMap(bySimple), libraryModels, threads);
    }

    /** What library methods do with references: the models the facts were built with. */
    public LibraryModels libraryModels() {
        return libraryModels;
    }

    /** The modelled library type a type written in a file denotes ({@code Map}: {@code java.util.Map}), or empty. */
    public String libraryType(FileFacts file, String typeText) {
        if (typeText == null || typeText.isEmpty()) {
            return "";
        }
        Map<String, String> cache;
        synchronized (libraryTypes) {
            cache = libraryTypes.computeIfAbsent(file, k -> new java.util.concurrent.ConcurrentHashMap<>());
        }
        return cache.computeIfAbsent(typeText, t -> libraryModels.typeIn(file.names(), t));
    }

    /** model types of the type names written in each file, as they are asked for */
    private final Map<FileFacts, Map<String, String>> libraryTypes = new java.util.IdentityHashMap<>();

    /**
     * What instances of a type written in a file are, as the library models say: the modelled type's traits, or for a
     * type the models do not know, those of the type patterns its simple name fits ({@code *Listener}).
     */
    public java.util.Set<Trait> traits(FileFacts file, String typeText) {
        String type = libraryType(file, typeText);
        return type.isEmpty() ? libraryModels.traitsOfSimpleName(TypeNames.rawSimpleName(typeText))
                : libraryModels.traits(type);
    }

    /**
     * The library model row a call matches: a row of its receiver's type (or a supertype), of a type pattern its
     * receiver's simple type name fits, or for any receiver. A receiver that is a field of another file, whose type
     * the calling file cannot see, is typed by the field's declaration. Empty when no row matches.
     */
    public Optional<LibraryModels.Match> libraryCall(FileFacts file, MethodFlow m, CallSite c) {
        if (c.receiver() instanceof Receiver.Implicit implicit) {
            for (String imported : implicit.staticImports()) {
                Optional<LibraryModels.Match> found = libraryModels.declared(imported, c.name(), c.argumentCount());
                if (found.isPresent()) {
                    return found;
                }
            }
            return libraryModels.method("", "", c.name(), c.argumentCount());
        }
        String written = c.receiver().type();
        String type = libraryType(file, written);
        if (written.isEmpty() && m != null) {
            for (int r : c.receivers()) {
                FieldIndex.Declared d = fields().resolve(m.object(r));
                if (d != null) {
                    written = d.field().type();
                    type = libraryType(d.file(), written);
                    break;
                }
            }
        }
        return libraryModels.method(type, TypeNames.rawSimpleName(written), c.name(), c.argumentCount());
    }

    public List<FileFacts> files() {
        return files;
    }

    @Override
    public Optional<SizeExpr> lookup(String qualifiedName) {
        return Optional.ofNullable(constants.get(qualifiedName));
    }

    public Optional<TypeFacts> type(String qualifiedName) {
        return Optional.ofNullable(types.get(qualifiedName));
    }

    /** Every use of every declared field, joined across files; built on first use. */
    public FieldIndex fields() {
        FieldIndex index = fieldIndex;
        if (index == null) {
            synchronized (this) {
                if (fieldIndex == null) {
                    fieldIndex = new FieldIndex(files);
                }
                index = fieldIndex;
            }
        }
        return index;
    }

    /** Which project bodies each call site runs, and who calls each body; built on first use. */
    public CallGraph calls() {
        CallGraph graph = callGraph;
        if (graph == null) {
            synchronized (this) {
                if (callGraph == null) {
                    callGraph = new CallGraph(this, new TypeIndex(files), fields(), threads);
                }
                graph = callGraph;
            }
        }
        return graph;
    }

    /** What every project body does with the references it is given and returns; built on first use. */
    public MethodSummaries summaries() {
        MethodSummaries s = summaries;
        if (s == null) {
            synchronized (this) {
                if (summaries == null) {
                    summaries = new MethodSummaries(this, calls(), fields());
                }
                s = summaries;
            }
        }
        return s;
    }

    /** Where the project makes instances of its own types, and how often; built on first use. */
    public Instantiations instantiations() {
        Instantiations i = instantiations;
        if (i == null) {
            synchronized (this) {
                if (instantiations == null) {
                    instantiations = new Instantiations(this);
                }
                i = instantiations;
            }
        }
        return i;
    }

    /** Whether the values bodies build come from the inputs of the call that runs them; built on first use. */
    public CallInputs callInputs() {
        CallInputs c = callInputs;
        if (c == null) {
            synchronized (this) {
                if (callInputs == null) {
                    callInputs = new CallInputs(this);
                }
                c = callInputs;
            }
        }
        return c;
    }

    /** The project's type with this simple name, when exactly one has it. */
    public Optional<TypeFacts> uniqueTypeNamed(String simpleName) {
        List<TypeFacts> found = typesBySimpleName.get(simpleName);
        return found != null && found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** True when the type named (simple name) is, or extends, a type whose simple name ends with {@code suffix}. */
    public boolean isSubtypeNamed(String simpleName, String suffix) {
        Set<String> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(List.of(simpleName));
        while (!work.isEmpty()) {
            String t = work.poll();
            if (t.endsWith(suffix)) {
                return true;
            }
            if (seen.add(t)) {
                for (TypeFacts f : typesBySimpleName.getOrDefault(t, List.of())) {
                    work.addAll(f.superTypes());
                }
            }
        }
        return false;
    }

    /**
     * What {@code new T(..., x, ...)} does with {@code x}: keeps it in a field, only reads it, or unknown,
     * following {@code super(...)} and {@code this(...)}.
     */
    public ParameterUse constructorKeeps(String typeSimpleName, int arity, int index) {
        String type = typeSimpleName;
        int a = arity;
        int i = index;
        for (int depth = 0; depth < 8; depth++) {
            TypeFacts t = uniqueTypeNamed(type).orElse(null);
            if (t == null) {
                return ParameterUse.UNKNOWN;
            }
            List<ParameterUse> params = t.constructorParams().get(a);
            if (params == null || i < 0 || i >= params.size()) {
                return ParameterUse.UNKNOWN;
            }
            ParameterUse use = params.get(i);
            if (!(use instanceof ParameterUse.Forwarded forwarded)) {
                return use;
            }
            i = forwarded.index();
            a = forwarded.arity();
            if (forwarded.superclass()) {
                type = t.superClass();
                if (type.isEmpty()) {
                    return ParameterUse.UNKNOWN;
                }
            }
        }
        return ParameterUse.UNKNOWN;
    }

    /**
     * A class whose one instance a static final field of its own type holds and that nobody else can make, or an
     * enum: see {@link LongLivedRoots#isSingleton}.
     */
    public boolean isSingleton(String qualifiedType) {
        return roots().isSingleton(qualifiedType);
    }

    /**
     * What keeps the instances of a project type alive as long as the application, said for messages, or null: see
     * {@link LongLivedRoots#rootOf}.
     */
    public String longLivedRoot(String qualifiedType) {
        return roots().rootOf(qualifiedType);
    }

    /**
     * The annotation that gives a project type a container scope narrower than the application's, as written
     * ({@code @RequestScope}, {@code @Scope(prototype)}), or null: see {@link LongLivedRoots#narrowScope}.
     */
    public String narrowScope(String qualifiedType) {
        return roots().narrowScope(qualifiedType);
    }

    /** Whether a body is a step that runs once as a component starts: see {@link LongLivedRoots#isStartStep}. */
    public boolean isStartStep(MethodFlow body) {
        return roots().isStartStep(body);
    }

    private volatile LongLivedRoots roots;

    private LongLivedRoots roots() {
        LongLivedRoots r = roots;
        if (r == null) {
            synchronized (this) {
                if (roots == null) {
                    roots = new LongLivedRoots(this);
                }
                r = roots;
            }
        }
        return r;
    }

    /** True when the project declares a type with this simple name. */
    public boolean declaresTypeNamed(String simpleName) {
        return typesBySimpleName.containsKey(simpleName);
    }
}

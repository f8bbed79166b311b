package dev.refflow.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which project objects live as long as the application, so that whatever they hold is as good as static: enum
 * constants, a singleton held by its own static final field, classes a container manages as singletons (annotated
 * {@code @Service}, {@code @Singleton}, ...: the library models' {@code singleton-component} annotations) and the
 * objects a configuration's {@code @Bean} methods return. Annotations are recognized through each file's imports (and
 * by simple name under a wildcard import), so no framework is needed on the class path. Request-, session- and
 * prototype-scoped components are not roots: a {@code narrow-scope} annotation, or a {@code names-scope} one whose
 * value is not "singleton", takes precedence.
 */
final class LongLivedRoots {
    private final TypeIndex types;
    private final LibraryModels models;
    /** for where the project makes instances of a type */
    private final ProjectModel project;
    /** the project types {@code @Bean} methods return, to the method that says so; built on first use */
    private volatile Map<String, String> beanTypes;

    LongLivedRoots(ProjectModel project) {
        this.project = project;
        this.types = project.calls().types();
        this.models = project.libraryModels();
    }

    /**
     * A class whose one instance a static final field of its own type holds ({@code static final Registry INSTANCE =
     * new Registry()}) and that nobody else can make (it declares constructors, all private), or an enum: its
     * instances live as long as its class, so whatever they register with or store themselves in cannot keep them
     * longer than they live anyway. A class with several constants of its own type, or a constructor others may
     * call, has instances that come and go.
     */
    boolean isSingleton(String qualifiedType) {
        TypeIndex.Declared declared = types.type(qualifiedType);
        if (declared == null) {
            return false;
        }
        if (declared.type().kind().equals("enum")) {
            return true;
        }
        String simple = LibraryModels.simpleName(qualifiedType);
        int holders = 0;
        for (FieldInfo f : declared.type().fields()) {
            if (f.isStatic() && f.isFinal() && f.rawType().equals(simple)) {
                holders++;
            }
        }
        if (holders != 1) {
            return false;
        }
        // without a declared constructor the class has a public one: anybody may make more
        boolean declaredConstructor = false;
        for (MethodFlow body : types.bodies(qualifiedType)) {
            if (body.kind() == BodyKind.CONSTRUCTOR) {
                if (!body.isPrivate()) {
                    return false;
                }
                declaredConstructor = true;
            }
        }
        return declaredConstructor;
    }

    /**
     * What keeps the instances of a project type alive as long as the application, said for messages ("the singleton
     * bean OrderService (@Service)"), or null when nothing does.
     */
    String rootOf(String qualifiedType) {
        // asked for every field and body of the project by several rules at once: answered once per type
        String known = roots.get(qualifiedType);
        if (known == null) {
            String found = rootOfUncached(qualifiedType);
            known = found == null ? "" : found;
            roots.putIfAbsent(qualifiedType, known);
        }
        return known.isEmpty() ? null : known;
    }

    /** each project type's root, or "" for none */
    private final Map<String, String> roots = new java.util.concurrent.ConcurrentHashMap<>();

    private String rootOfUncached(String qualifiedType) {
        TypeIndex.Declared declared = types.type(qualifiedType);
        if (declared == null) {
            return null;
        }
        String simple = LibraryModels.simpleName(qualifiedType);
        if (declared.type().kind().equals("enum")) {
            return "the enum " + simple + " (its constants live as long as its class)";
        }
        if (isSingleton(qualifiedType)) {
            return "the singleton " + simple + " (held by its own static final field)";
        }
        Scope scope = scope(declared.file(), declared.type().annotations());
        if (scope.narrowed()) {
            return null;
        }
        if (scope.component() != null) {
            return "the singleton bean " + simple + " (@" + scope.component() + ")";
        }
        String bean = beanTypes().get(qualifiedType);
        if (bean != null) {
            return "the singleton bean " + simple + " (returned by @Bean " + bean + ")";
        }
        return rootThroughSubclasses(qualifiedType);
    }

    /**
     * A class never made itself whose every instance is one of its subclasses', all long-lived ({@code abstract class
     * BaseServer} whose subclasses are {@code @Service}s): its instances live as long as the application too. Said as
     * the first such subclass's root; null when any subclass is made as itself and is not a root.
     */
    private String rootThroughSubclasses(String type) {
        List<String> below = types.descendants(type);
        if (below.isEmpty() || project.instantiations().madeAnywhere(type)) {
            return null;
        }
        String first = null;
        for (String d : below) {
            TypeIndex.Declared declared = types.type(d);
            if (declared == null || declared.type().kind().equals("interface")
                    || types.descendants(d).contains(type)) {
                // (a hierarchy that loops, in sources that do not compile, would ask this question again)
                continue;
            }
            String root = rootOfDirect(d);
            if (root == null && project.instantiations().madeAnywhere(d)) {
                return null;
            }
            if (first == null && root != null) {
                first = root;
            }
        }
        return first == null ? null : first.replaceFirst("^the ", "a subclass of " + LibraryModels.simpleName(type)
                + ", like the ");
    }

    /** A root by what the type itself is, not through its subclasses. */
    private String rootOfDirect(String type) {
        String root = rootOf(type);
        return root != null && root.startsWith("a subclass of ") ? null : root;
    }

    /** Lifecycle steps that run once, as a component starts or is configured. */
    private static final Set<String> START_STEPS = Set.of("start", "init", "initialize", "configure", "setup", "setUp",
            "afterPropertiesSet", "onStartup", "contextInitialized", "postConstruct", "bootstrap");

    /**
     * A body that runs once as its component starts: named as a start step ({@code start}, {@code init},
     * {@code afterPropertiesSet}) or annotated with a {@code start-step} annotation ({@code @PostConstruct}).
     */
    boolean isStartStep(MethodFlow body) {
        if (START_STEPS.contains(body.name())) {
            return true;
        }
        TypeIndex.Declared owner = types.type(body.ownerType());
        if (owner != null && body.kind() == BodyKind.CONSTRUCTOR && receivesAnnotation(owner, body)) {
            return true;
        }
        if (owner == null || body.kind() != BodyKind.METHOD) {
            return false;
        }
        int arity = body.parameterTypes().size();
        for (TypeFacts.MethodDecl decl : types.declared(body.ownerType(), body.name(), arity)) {
            for (String a : decl.annotations()) {
                Set<Trait> traits = annotationTraits(owner.file(), nameOf(a));
                // injection setters and bean methods run once, as the container builds the object graph
                if (traits.contains(Trait.START_STEP) || traits.contains(Trait.BEAN_METHOD)
                        || traits.contains(Trait.PROVIDER_METHOD)) {
                    return true;
                }
            }
        }
        return implementsStartStep(body.ownerType(), body.name(), arity, new java.util.HashSet<>());
    }

    /**
     * A constructor given an annotation instance ({@code Generator(Timestamped annotation, Context context)}) builds
     * an object from what the program's code declares: frameworks call it for each annotated element as they read
     * the program's metadata, so it runs a bounded number of times, like a configuration step.
     */
    private boolean receivesAnnotation(TypeIndex.Declared owner, MethodFlow body) {
        for (String written : body.parameterTypes()) {
            String raw = TypeNames.rawName(written);
            if (raw.equals("java.lang.annotation.Annotation") || raw.equals("Annotation")
                    && owner.file().names().typeCandidates(raw).contains("java.lang.annotation.Annotation")) {
                return true;
            }
            String project = types.resolve(owner.file(), body.ownerType(), raw);
            TypeIndex.Declared declared = project == null ? null : types.type(project);
            if (declared != null && declared.type().kind().equals("annotation")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a type implements a framework method whose row says {@code start-step} (the framework calls it once, as
     * the application starts: {@code CommandLineRunner.run}), through its library supertypes
     * or those of its project supertypes.
     */
    private boolean implementsStartStep(String type, String name, int arity, Set<String> seen) {
        TypeIndex.Declared declared = types.type(type);
        if (declared == null || !seen.add(type)) {
            return false;
        }
        for (String written : declared.type().superTypes()) {
            String project = types.resolve(declared.file(), type, written);
            if (project != null) {
                if (implementsStartStep(project, name, arity, seen)) {
                    return true;
                }
                continue;
            }
            String library = models.typeIn(declared.file().names(), written);
            if (!library.isEmpty() && models.method(library, TypeNames.rawSimpleName(written), name, arity)
                    .map(m -> m.effects(Effect.Has.class).stream().anyMatch(h -> h.trait() == Trait.START_STEP))
                    .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The annotation that gives a project type a container scope narrower than the application's, as written
     * ({@code @RequestScope}, {@code @Scope(prototype)}), or null. The container makes such instances as the scope
     * comes and goes (per request, per session, per injection or lookup), where the project's code does not show.
     */
    String narrowScope(String qualifiedType) {
        TypeIndex.Declared declared = types.type(qualifiedType);
        return declared == null ? null : scope(declared.file(), declared.type().annotations()).narrowing();
    }

    /** What a list of annotations says about the scope of what carries them. */
    private record Scope(String component, String narrowing) {
        boolean narrowed() {
            return narrowing != null;
        }
    }

    private Scope scope(FileFacts file, List<String> annotations) {
        String component = null;
        for (String a : annotations) {
            String name = nameOf(a);
            int open = a.indexOf('(');
            String value = open < 0 ? "" : a.substring(open + 1, a.length() - 1);
            Set<Trait> traits = annotationTraits(file, name);
            if (traits.contains(Trait.NARROW_SCOPE) || traits.contains(Trait.NAMES_SCOPE) && !value.isEmpty()
                    && !value.toLowerCase(Locale.ROOT).contains("singleton")) {
                return new Scope(null, "@" + LibraryModels.simpleName(name) + (value.isEmpty() ? "" : "(" + value + ")"));
            }
            if (traits.contains(Trait.SINGLETON_COMPONENT) && component == null) {
                component = LibraryModels.simpleName(name);
            }
        }
        return new Scope(component, null);
    }

    private static String nameOf(String annotation) {
        int open = annotation.indexOf('(');
        return open < 0 ? annotation : annotation.substring(0, open);
    }

    /**
     * The project types that singleton bean methods return: a {@code bean-method} annotation ({@code @Bean}) that no
     * scope annotation narrows, or a {@code provider-method} one ({@code @Provides}, {@code @Produces}) with a
     * singleton annotation beside it. The type is the method's declared return type when it is a project class, and
     * the type of each {@code new} object the method returns (an interface's implementation).
     */
    private Map<String, String> beanTypes() {
        Map<String, String> known = beanTypes;
        if (known != null) {
            return known;
        }
        Map<String, String> out = new HashMap<>();
        for (TypeIndex.Declared d : types.all()) {
            for (TypeFacts.MethodDecl decl : d.type().methods()) {
                if (decl.annotations().isEmpty() || !isSingletonBeanMethod(d.file(), decl)) {
                    continue;
                }
                String method = LibraryModels.simpleName(d.type().name()) + "." + decl.name() + "()";
                String declaredType = types.resolve(d.file(), d.type().name(), decl.returnType());
                if (declaredType != null) {
                    out.merge(declaredType, method, LongLivedRoots::first);
                }
                for (MethodFlow body : types.bodies(d.type().name(), decl.name(), decl.parameterTypes().size())) {
                    for (ExitPoint exit : body.exits()) {
                        if (!exit.isReturn()) {
                            continue;
                        }
                        for (int id : exit.returned()) {
                            AbstractObject o = body.object(id);
                            String made = o.kind() == ObjectKind.ALLOCATION
                                    ? types.resolve(d.file(), d.type().name(), o.type()) : null;
                            if (made != null) {
                                out.merge(made, method, LongLivedRoots::first);
                            }
                        }
                    }
                }
            }
        }
        beanTypes = out;
        return out;
    }

    /** The same answer whichever order the types were visited in. */
    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private boolean isSingletonBeanMethod(FileFacts file, TypeFacts.MethodDecl decl) {
        boolean bean = false;
        boolean provider = false;
        for (String a : decl.annotations()) {
            Set<Trait> traits = annotationTraits(file, nameOf(a));
            bean |= traits.contains(Trait.BEAN_METHOD);
            provider |= traits.contains(Trait.PROVIDER_METHOD);
        }
        if (!bean && !provider) {
            return false;
        }
        Scope scope = scope(file, decl.annotations());
        return !scope.narrowed() && (bean || scope.component() != null);
    }

    /** The traits the models give an annotation written in a file, resolved through the file's imports. */
    Set<Trait> annotationTraits(FileFacts file, String written) {
        for (String candidate : file.names().typeCandidates(written)) {
            Set<Trait> traits = models.traits(candidate);
            if (!traits.isEmpty()) {
                return traits;
            }
        }
        return Set.of();
    }
}

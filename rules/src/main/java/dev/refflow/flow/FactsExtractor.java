package dev.refflow.flow;

import dev.refflow.model.NameContext;
import dev.refflow.model.ParameterUse;

import dev.refflow.model.FileFacts;
import dev.refflow.model.TypeFacts;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import dev.refflow.model.BodyKind;
import dev.refflow.model.FieldInfo;
import dev.refflow.model.Effect;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.MethodFlow;
import dev.refflow.flow.MethodInterpreter.BodySpec;
import dev.refflow.flow.MethodInterpreter.FieldInitStep;
import dev.refflow.flow.MethodInterpreter.StatementStep;
import dev.refflow.flow.MethodInterpreter.Step;
import dev.refflow.model.SizeExpr;
import dev.refflow.source.JavaVersion;
import dev.refflow.source.ProcessingProblem;
import dev.refflow.source.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The per-file pass: from one parsed compilation unit to its {@link FileFacts}. Every type (member, local,
 * anonymous, enum constant body) gets a {@link ClassScope}; every body is interpreted into a
 * {@link MethodFlow}. The AST is not referenced by the result.
 */
public final class FactsExtractor {
    private final SourceFile file;
    private final SourceText source;
    private final CompilationUnit unit;
    private final NameContext fileNames;
    private final LibraryModels models;
    private final FieldInitializers initializers;
    private final List<TypeFacts> types = new ArrayList<>();
    private final Map<String, SizeExpr> constants = new LinkedHashMap<>();
    private final List<MethodFlow> methods = new ArrayList<>();
    private final IdentityHashMap<Node, ClassScope> scopes = new IdentityHashMap<>();
    private final Map<String, Integer> anonymousCounters = new HashMap<>();
    /** field declarators by {@code Type#field}, for folding constants */
    private final Map<String, VariableDeclarator> declarators = new HashMap<>();

    /** true when the code is compiled for a release whose javac keeps an unused enclosing instance (below 18) */
    private final boolean unusedOuterKept;

    private FactsExtractor(SourceFile file, String text, CompilationUnit unit, LibraryModels models,
                           JavaVersion release) {
        this.file = file;
        this.unusedOuterKept = release.feature() < OuterUse.OMITS_UNUSED_OUTER_FROM;
        this.source = new SourceText(text);
        this.unit = unit;
        this.models = models;
        this.fileNames = nameContext(unit);
        this.modelTypes = new ModelTypes(models, fileNames);
        this.initializers = new FieldInitializers(models, modelTypes);
    }

    /** the model types of the type names this file writes */
    private final ModelTypes modelTypes;

    /** The facts of one parsed file, with the library models in force, compiled for the default release. */
    public static FileFacts extract(SourceFile file, String text, CompilationUnit unit,
                                    List<ProcessingProblem> problems, LibraryModels models) {
        return extract(file, text, unit, problems, models, JavaVersion.DEFAULT);
    }

    /**
     * The facts of one parsed file, with the library models in force.
     *
     * @param release the Java release the code is compiled for: what javac emits for it (an unused enclosing
     *                instance kept below 18) is part of the facts
     */
    public static FileFacts extract(SourceFile file, String text, CompilationUnit unit,
                                    List<ProcessingProblem> problems, LibraryModels models, JavaVersion release) {
        FactsExtractor x = new FactsExtractor(file, text, unit, models, release);
        x.run();
        return new FileFacts(file, x.fileNames.packageName(), x.fileNames, x.source.lineCount(), x.types, x.constants,
                x.methods, problems, true, SuppressionCollector.collect(unit, text, x.source, x.fileNames.packageName()));
    }

    private void run() {
        for (TypeDeclaration<?> t : unit.getTypes()) {
            type(t, null, false);
        }
    }

    // ------------------------------------------------------------------ names

    private static NameContext nameContext(CompilationUnit unit) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        Map<String, String> single = new HashMap<>();
        List<String> onDemand = new ArrayList<>();
        Map<String, String> staticSingle = new HashMap<>();
        List<String> staticOnDemand = new ArrayList<>();
        for (ImportDeclaration i : unit.getImports()) {
            String name = i.getNameAsString();
            if (i.isStatic()) {
                if (i.isAsterisk()) {
                    staticOnDemand.add(name);
                } else {
                    staticSingle.put(name.substring(name.lastIndexOf('.') + 1), name);
                }
            } else if (i.isAsterisk()) {
                onDemand.add(name);
            } else {
                single.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        Map<String, String> fileTypes = new HashMap<>();
        for (TypeDeclaration<?> t : unit.getTypes()) {
            collectMemberTypes(t, pkg, fileTypes);
        }
        return new NameContext(pkg, List.of(), fileTypes, single, onDemand, staticSingle, staticOnDemand);
    }

    /** Member types, recursively; not the bodies of methods (local classes are not referable by name). */
    private static void collectMemberTypes(TypeDeclaration<?> t, String pkg, Map<String, String> out) {
        out.putIfAbsent(t.getNameAsString(), qualifiedName(pkg, t));
        for (BodyDeclaration<?> m : t.getMembers()) {
            if (m instanceof TypeDeclaration<?> nested) {
                collectMemberTypes(nested, pkg, out);
            }
        }
    }

    private static String qualifiedName(String pkg, TypeDeclaration<?> t) {
        StringBuilder sb = new StringBuilder(t.getNameAsString());
        for (Node p = t.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof TypeDeclaration<?> outer) {
                sb.insert(0, outer.getNameAsString() + ".");
            }
        }
        return pkg.isEmpty() ? sb.toString() : pkg + "." + sb;
    }

    // ------------------------------------------------------------------ types

    /**
     * @param outer         scope of the lexically enclosing type, or null for a top-level type
     * @param staticContext true when the type is declared inside a static body (no enclosing instance)
     */
    private void type(TypeDeclaration<?> t, ClassScope outer, boolean staticContext) {
        String name = outer == null ? qualifiedName(fileNames.packageName(), t) : outer.name() + "." + t.getNameAsString();
        boolean isInterfaceLike = t instanceof AnnotationDeclaration
                || t instanceof ClassOrInterfaceDeclaration c && c.isInterface();
        boolean isStaticKind = isInterfaceLike || t instanceof EnumDeclaration || t instanceof RecordDeclaration;
        boolean outerIsInterface = outer != null && isInterfaceScope(t);
        // a local class in a static body, like a member class marked static, has no enclosing instance
        boolean hasOuterInstance = outer != null && !isStaticKind && !t.isStatic() && !outerIsInterface
                && !staticContext;
        String kind = isInterfaceLike ? (t instanceof AnnotationDeclaration ? "annotation" : "interface")
                : t instanceof EnumDeclaration ? "enum" : t instanceof RecordDeclaration ? "record" : "class";
        boolean local = t.getParentNode().orElse(null) instanceof LocalClassDeclarationStmt;
        boolean capturesOuter = hasOuterInstance && (outer.capturingTypes().contains(t.getNameAsString())
                || local && OuterUse.usesOuter(t.getMembers(), outer, outer.capturingTypes()));
        // a JUnit @Nested class is made by the test engine for one test: not counted, as it is not for use
        boolean keepsUnusedOuter = hasOuterInstance && !capturesOuter && t.getAnnotationByName("Nested").isEmpty()
                && OuterUse.keepsUnusedOuter(unusedOuterKept,
                t instanceof ClassOrInterfaceDeclaration c && OuterUse.declaresSerializable(c));
        ClassScope scope = scope(name, outer, hasOuterInstance, t.getMembers(), fieldsOf(t, name, isInterfaceLike),
                capturesOuter, keepsUnusedOuter);
        recordType(scope, kind, line(t), superTypes(t), superClass(t), constructorParams(t), t.getMembers(),
                isInterfaceLike, annotations(t.getAnnotations()));
        if (t instanceof RecordDeclaration r && r.getConstructors().stream()
                .noneMatch(c -> c.getParameters().size() == r.getParameters().size())) {
            // the canonical constructor a record has without declaring it
            TypeFacts last = types.remove(types.size() - 1);
            List<TypeFacts.MethodDecl> methods = new ArrayList<>(last.methods());
            methods.add(new TypeFacts.MethodDecl("new", parameterTypes(r.getParameters()), false, true, false, false,
                    "", List.of()));
            types.add(new TypeFacts(last.name(), last.kind(), last.line(), last.hasOuterInstance(), last.fields(),
                    methods, last.superTypes(), last.superClass(), last.constructorParams(), last.annotations()));
        }
        bodies(t.getMembers(), scope, t);
        if (t instanceof EnumDeclaration e) {
            for (EnumConstantDeclaration c : e.getEntries()) {
                if (!c.getClassBody().isEmpty()) {
                    anonymous(c.getClassBody(), scope, true, c);
                }
            }
        }
    }

    /**
     * The values fields are given where their object is made ({@code this.cache = new LinkedHashMap<>(...) {
     * removeEldestEntry ... }} in a constructor or instance initializer; for a static, in a static block), by field
     * name ({@code "static "} before a static's), one walk per type: a field every assignment of which gives the same
     * expression maps to it; one given different ones is left out.
     */
    private static Map<String, Expression> setOnceWhileMade(TypeDeclaration<?> t) {
        Map<String, Expression> out = new HashMap<>();
        Set<String> differs = new java.util.HashSet<>();
        for (BodyDeclaration<?> m : t.getMembers()) {
            String prefix = m instanceof InitializerDeclaration i && i.isStatic() ? "static "
                    : m instanceof ConstructorDeclaration || m instanceof InitializerDeclaration ? "" : null;
            if (prefix == null) {
                continue;
            }
            for (com.github.javaparser.ast.expr.AssignExpr a
                    : m.findAll(com.github.javaparser.ast.expr.AssignExpr.class)) {
                Expression target = a.getTarget();
                String name = target instanceof com.github.javaparser.ast.expr.NameExpr n ? n.getNameAsString()
                        : target instanceof com.github.javaparser.ast.expr.FieldAccessExpr fa
                        && fa.getScope().isThisExpr() ? fa.getNameAsString() : null;
                if (name == null || a.getOperator() != com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN) {
                    continue;
                }
                Expression before = out.putIfAbsent(prefix + name, a.getValue());
                if (before != null && !before.equals(a.getValue())) {
                    differs.add(prefix + name);
                }
            }
        }
        out.keySet().removeAll(differs);
        return out;
    }

    private static boolean isInterfaceScope(TypeDeclaration<?> t) {
        Node p = t.getParentNode().orElse(null);
        return p instanceof ClassOrInterfaceDeclaration c && c.isInterface() || p instanceof AnnotationDeclaration;
    }

    private List<FieldInfo> fieldsOf(TypeDeclaration<?> t, String owner, boolean isInterface) {
        List<FieldInfo> fields = new ArrayList<>();
        Map<String, Expression> setWhileMade = null;
        for (BodyDeclaration<?> m : t.getMembers()) {
            if (m instanceof FieldDeclaration f) {
                for (VariableDeclarator v : f.getVariables()) {
                    Expression init = v.getInitializer().orElse(null);
                    if (init == null && !isInterface && f.isFinal()) {
                        // a final field set once as the object (or class) is made: that value is its initializer
                        if (setWhileMade == null) {
                            setWhileMade = setOnceWhileMade(t);
                        }
                        init = setWhileMade.get((f.isStatic() ? "static " : "") + v.getNameAsString());
                    }
                    fields.add(new FieldInfo(owner, v.getNameAsString(), v.getType().asString(),
                            isInterface || f.isStatic(), isInterface || f.isFinal(), line(v), column(v),
                            !isInterface && f.isPrivate(), initializers.allocatedType(init),
                            initializers.traits(init)));
                }
            }
        }
        if (t instanceof RecordDeclaration r) {
            for (Parameter p : r.getParameters()) {
                fields.add(new FieldInfo(owner, p.getNameAsString(), p.getType().asString(), false, true, line(p),
                        column(p), true, "", Set.of()));
            }
        }
        if (t instanceof EnumDeclaration e) {
            for (EnumConstantDeclaration c : e.getEntries()) {
                fields.add(new FieldInfo(owner, c.getNameAsString(), e.getNameAsString(), true, true, line(c), column(c),
                        false, "", Set.of()));
            }
        }
        return fields;
    }

    private ClassScope scope(String name, ClassScope outer, boolean hasOuterInstance,
                             NodeList<BodyDeclaration<?>> members, List<FieldInfo> fields, boolean capturesOuter,
                             boolean keepsUnusedOuter) {
        Set<String> methodNames = new LinkedHashSet<>();
        Set<String> instanceMethodNames = new LinkedHashSet<>();
        for (BodyDeclaration<?> m : members) {
            if (m instanceof MethodDeclaration md) {
                methodNames.add(md.getNameAsString());
                if (!md.isStatic()) {
                    instanceMethodNames.add(md.getNameAsString());
                }
            }
        }
        NameContext names = (outer == null ? fileNames : outer.names()).withEnclosing(name);
        Map<String, FieldInfo> byName = new LinkedHashMap<>();
        for (FieldInfo f : fields) {
            byName.put(f.name(), f);
        }
        // filled below, once the scope exists: whether an inner class uses its outer instance is asked of it
        Set<String> capturing = new LinkedHashSet<>();
        Set<String> keeping = new LinkedHashSet<>();
        ClassScope scope = new ClassScope(name, outer, hasOuterInstance, names, byName, methodNames,
                instanceMethodNames, java.util.Collections.unmodifiableSet(capturing), capturesOuter,
                new ModelTypes(models, names), unusedOuterKept, java.util.Collections.unmodifiableSet(keeping),
                keepsUnusedOuter);
        capturingInnerClasses(members, scope, capturing, keeping);
        return scope;
    }

    /**
     * Inner member classes whose bodies use this type's instance (local classes: see the interpreter).
     * Repeated until nothing changes, since creating a capturing sibling is itself a use. The others hold the
     * instance all the same ({@code keeping}) when javac keeps an unused one: below release 18, or for a
     * serializable class.
     */
    private static void capturingInnerClasses(NodeList<BodyDeclaration<?>> members, ClassScope scope,
                                              Set<String> capturing, Set<String> keeping) {
        Map<String, NodeList<BodyDeclaration<?>>> candidates = new LinkedHashMap<>();
        Set<String> serializable = new java.util.HashSet<>();
        for (BodyDeclaration<?> m : members) {
            if (m instanceof ClassOrInterfaceDeclaration c && !c.isStatic() && !c.isInterface()
                    && c.getAnnotationByName("Nested").isEmpty()) {
                candidates.put(c.getNameAsString(), c.getMembers());
                if (OuterUse.declaresSerializable(c)) {
                    serializable.add(c.getNameAsString());
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, NodeList<BodyDeclaration<?>>> c : candidates.entrySet()) {
                if (!capturing.contains(c.getKey()) && OuterUse.usesOuter(c.getValue(), scope, capturing)) {
                    capturing.add(c.getKey());
                    changed = true;
                }
            }
        }
        for (String c : candidates.keySet()) {
            if (!capturing.contains(c) && OuterUse.keepsUnusedOuter(scope.unusedOuterKept(), serializable.contains(c))) {
                keeping.add(c);
            }
        }
    }

    private void recordType(ClassScope scope, String kind, int line, List<String> superTypes, String superClass,
                            Map<Integer, List<ParameterUse>> constructorParams, NodeList<BodyDeclaration<?>> members,
                            boolean isInterface, List<String> annotations) {
        types.add(new TypeFacts(scope.name(), kind, line, scope.hasOuterInstance(),
                List.copyOf(scope.fields().values()), methodDecls(members, isInterface), superTypes, superClass,
                constructorParams, annotations));
    }

    /**
     * A type's or method's annotations as written, each with the text of its value ({@code Scope(prototype)}: a single value, or
     * the {@code value} or {@code scopeName} member), for the model to tell what manages the type's instances.
     */
    private static List<String> annotations(NodeList<com.github.javaparser.ast.expr.AnnotationExpr> annotations) {
        List<String> out = new ArrayList<>();
        for (com.github.javaparser.ast.expr.AnnotationExpr a : annotations) {
            String value = null;
            if (a instanceof com.github.javaparser.ast.expr.SingleMemberAnnotationExpr single) {
                value = annotationValue(single.getMemberValue());
            } else if (a instanceof com.github.javaparser.ast.expr.NormalAnnotationExpr normal) {
                for (var pair : normal.getPairs()) {
                    if (pair.getNameAsString().equals("value") || pair.getNameAsString().equals("scopeName")) {
                        value = annotationValue(pair.getValue());
                    }
                }
            }
            out.add(value == null ? a.getNameAsString() : a.getNameAsString() + "(" + value + ")");
        }
        return out;
    }

    private static String annotationValue(com.github.javaparser.ast.expr.Expression e) {
        return e instanceof com.github.javaparser.ast.expr.StringLiteralExpr s ? s.getValue() : e.toString();
    }

    /** The methods and constructors a type declares, as the call resolver needs them. */
    private static List<TypeFacts.MethodDecl> methodDecls(NodeList<BodyDeclaration<?>> members, boolean isInterface) {
        List<TypeFacts.MethodDecl> out = new ArrayList<>();
        for (BodyDeclaration<?> m : members) {
            if (m instanceof MethodDeclaration md) {
                out.add(new TypeFacts.MethodDecl(md.getNameAsString(), parameterTypes(md.getParameters()),
                        isVarargs(md.getParameters()), md.isStatic(), md.getBody().isEmpty(),
                        md.isPrivate() && !isInterface, md.getType().asString(), annotations(md.getAnnotations())));
            } else if (m instanceof ConstructorDeclaration c) {
                out.add(new TypeFacts.MethodDecl("new", parameterTypes(c.getParameters()),
                        isVarargs(c.getParameters()), true, false, c.isPrivate(), "", List.of()));
            }
        }
        return out;
    }

    private static List<String> parameterTypes(NodeList<Parameter> params) {
        List<String> out = new ArrayList<>();
        for (Parameter p : params) {
            out.add(p.getType().asString() + (p.isVarArgs() ? "[]" : ""));
        }
        return out;
    }

    private static boolean isVarargs(NodeList<Parameter> params) {
        return !params.isEmpty() && params.get(params.size() - 1).isVarArgs();
    }

    private static List<String> superTypes(TypeDeclaration<?> t) {
        List<String> out = new ArrayList<>();
        if (t instanceof ClassOrInterfaceDeclaration c) {
            c.getExtendedTypes().forEach(x -> out.add(x.getNameAsString()));
            c.getImplementedTypes().forEach(x -> out.add(x.getNameAsString()));
        } else if (t instanceof EnumDeclaration e) {
            e.getImplementedTypes().forEach(x -> out.add(x.getNameAsString()));
        } else if (t instanceof RecordDeclaration r) {
            r.getImplementedTypes().forEach(x -> out.add(x.getNameAsString()));
        }
        return out;
    }

    /** memory, the heap, garbage collection, leaks: what a method documented as a memory tool speaks of */
    private static final java.util.regex.Pattern MEMORY_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(gc|garbage|memory|heap|leak(s|ed|ing)?|finaliz\\w*|soft(ly)?[- ]reachable|weak(ly)?[- ]reachable)\\b");

    /**
     * The method's javadoc, or a string in an annotation on it (a management operation's description), speaks of
     * memory. Comments are not attributed to nodes (parsing is faster without), so the javadoc is the comment
     * token just before the declaration's first token.
     */
    private static boolean describesMemory(MethodDeclaration md) {
        com.github.javaparser.JavaToken t = md.getTokenRange().map(r -> r.getBegin()).orElse(null);
        for (t = t == null ? null : t.getPreviousToken().orElse(null); t != null;
             t = t.getPreviousToken().orElse(null)) {
            if (t.getCategory().isComment()) {
                if (t.getText().startsWith("/**") && MEMORY_WORDS.matcher(t.getText()).find()) {
                    return true;
                }
            } else if (!t.getCategory().isWhitespace()) {
                break;
            }
        }
        for (var a : md.getAnnotations()) {
            for (var literal : a.findAll(com.github.javaparser.ast.expr.StringLiteralExpr.class)) {
                if (MEMORY_WORDS.matcher(literal.getValue()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code new WeakReference<>(x)}: the library models say this constructor keeps argument {@code index} weakly. */
    private boolean keepsWeakly(ObjectCreationExpr created, int index) {
        String type = modelTypes.of(created.getType().asString());
        int count = created.getArguments().size();
        return !type.isEmpty() && models.declared(type, "new", count).map(m -> m.effects(Effect.KeepsWeakly.class)
                .stream().anyMatch(k -> k.args().includes(index, count))).orElse(false);
    }

    /**
     * For each constructor, what it does with each parameter: a {@code new T(x)} elsewhere then keeps {@code x}
     * only when T's constructor does. Records keep every component.
     */
    private Map<Integer, List<ParameterUse>> constructorParams(TypeDeclaration<?> t) {
        Map<Integer, List<ParameterUse>> out = new HashMap<>();
        if (t instanceof RecordDeclaration r) {
            List<ParameterUse> all = new ArrayList<>();
            r.getParameters().forEach(p -> all.add(new ParameterUse.KeptInField(p.getNameAsString())));
            out.put(all.size(), all);
        }
        for (ConstructorDeclaration c : t.getConstructors()) {
            List<ParameterUse> uses = ConstructorParameters.uses(c, this::keepsWeakly);
            // two constructors of one arity: keep what both allow, unknown where they differ
            out.merge(uses.size(), uses, (a, b) -> {
                List<ParameterUse> both = new ArrayList<>();
                for (int k = 0; k < a.size(); k++) {
                    both.add(a.get(k).equals(b.get(k)) ? a.get(k) : ParameterUse.UNKNOWN);
                }
                return both;
            });
        }
        return out;
    }

    private static String superClass(TypeDeclaration<?> t) {
        return t instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.getExtendedTypes().isEmpty()
                ? c.getExtendedTypes().get(0).getNameAsString() : "";
    }

    private void constantsOf(ClassScope scope) {
        // constants are the static final fields with an initializer that folds to something
        for (FieldInfo f : scope.fields().values()) {
            if (!f.isStatic() || !f.isFinal()) {
                continue;
            }
            VariableDeclarator v = declarators.get(scope.name() + "#" + f.name());
            if (v == null || v.getInitializer().isEmpty()) {
                continue;
            }
            SizeExpr value = new ConstantFolder(scope.names(), n -> null).fold(v.getInitializer().get());
            if (!(value instanceof SizeExpr.Unknown)) {
                constants.put(scope.name() + "." + f.name(), value);
            }
        }
    }

    // ------------------------------------------------------------------ bodies

    private void bodies(NodeList<BodyDeclaration<?>> members, ClassScope scope, Node owner) {
        List<Step> staticInit = new ArrayList<>();
        List<Step> instanceInit = new ArrayList<>();
        int staticLine = Integer.MAX_VALUE;
        int staticEnd = 0;
        int instanceLine = Integer.MAX_VALUE;
        int instanceEnd = 0;
        for (BodyDeclaration<?> m : members) {
            if (m instanceof FieldDeclaration f) {
                boolean isStatic = scope.fields().values().stream().anyMatch(x -> x.isStatic()
                        && f.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(x.name())));
                for (VariableDeclarator v : f.getVariables()) {
                    declarators.put(scope.name() + "#" + v.getNameAsString(), v);
                    if (v.getInitializer().isPresent()) {
                        FieldInfo info = scope.fields().get(v.getNameAsString());
                        (isStatic ? staticInit : instanceInit).add(new FieldInitStep(info, v));
                        if (isStatic) {
                            staticLine = Math.min(staticLine, line(v));
                            staticEnd = Math.max(staticEnd, endLine(v));
                        } else {
                            instanceLine = Math.min(instanceLine, line(v));
                            instanceEnd = Math.max(instanceEnd, endLine(v));
                        }
                    }
                }
            } else if (m instanceof InitializerDeclaration i) {
                (i.isStatic() ? staticInit : instanceInit).add(new StatementStep(i.getBody()));
                if (i.isStatic()) {
                    staticLine = Math.min(staticLine, line(i));
                    staticEnd = Math.max(staticEnd, endLine(i));
                } else {
                    instanceLine = Math.min(instanceLine, line(i));
                    instanceEnd = Math.max(instanceEnd, endLine(i));
                }
            }
        }
        constantsOf(scope);
        for (BodyDeclaration<?> m : members) {
            if (m instanceof MethodDeclaration md && md.getBody().isPresent()) {
                boolean main = isMain(md);
                interpret(scope, new BodySpec(md.getNameAsString(), signature(md.getNameAsString(), md.getParameters()),
                        BodyKind.METHOD, md.isStatic(), main, md.getParameters(),
                        List.of(new StatementStep(md.getBody().get())), line(md), endLine(md), md.isPrivate(),
                        () -> describesMemory(md)), md,
                        md.isStatic());
            } else if (m instanceof ConstructorDeclaration c) {
                interpret(scope, new BodySpec("<init>", signature(c.getNameAsString(), c.getParameters()),
                        BodyKind.CONSTRUCTOR, false, false, c.getParameters(), List.of(new StatementStep(c.getBody())),
                        line(c), endLine(c), c.isPrivate(), () -> false), c, false);
            } else if (m instanceof CompactConstructorDeclaration c) {
                interpret(scope, new BodySpec("<init>", c.getNameAsString() + "(...)", BodyKind.CONSTRUCTOR, false,
                        false, List.of(), List.of(new StatementStep(c.getBody())), line(c), endLine(c), c.isPrivate(), () -> false), c,
                        false);
            } else if (m instanceof TypeDeclaration<?> nested) {
                type(nested, scope, false);
            }
        }
        if (!staticInit.isEmpty()) {
            interpret(scope, new BodySpec("<clinit>", "static initialization", BodyKind.STATIC_INITIALIZER, true, false,
                    List.of(), staticInit, staticLine, staticEnd, true, () -> false), owner, true);
        }
        if (!instanceInit.isEmpty()) {
            interpret(scope, new BodySpec("<init>", "instance initialization", BodyKind.INSTANCE_INITIALIZER, false,
                    false, List.of(), instanceInit, instanceLine, instanceEnd, true, () -> false), owner, false);
        }
    }

    private void interpret(ClassScope scope, BodySpec spec, Node declaration, boolean isStatic) {
        MethodInterpreter.Interpreted result = MethodInterpreter.interpretWithNested(scope, source, spec, models);
        methods.add(result.flow());
        for (Node n : result.nestedDeclarations()) {
            if (n instanceof LocalClassDeclarationStmt lc) {
                type(lc.getClassDeclaration(), scope, isStatic);
            } else if (n instanceof LocalRecordDeclarationStmt lr) {
                type(lr.getRecordDeclaration(), scope, true);
            } else if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
                anonymous(o.getAnonymousClassBody().get(), scope, isStatic, o);
            }
        }
    }

    private void anonymous(NodeList<BodyDeclaration<?>> body, ClassScope outer, boolean staticContext, Node at) {
        String top = outer.name();
        int n = anonymousCounters.merge(top, 1, Integer::sum);
        String name = top + "$" + n;
        List<FieldInfo> fields = new ArrayList<>();
        for (BodyDeclaration<?> m : body) {
            if (m instanceof FieldDeclaration f) {
                for (VariableDeclarator v : f.getVariables()) {
                    Expression init = v.getInitializer().orElse(null);
                    fields.add(new FieldInfo(name, v.getNameAsString(), v.getType().asString(), f.isStatic(),
                            f.isFinal(), line(v), column(v), f.isPrivate(), initializers.allocatedType(init),
                            initializers.traits(init)));
                }
            }
        }
        boolean doubleBrace = !body.isEmpty() && body.stream().allMatch(
                m -> m instanceof InitializerDeclaration i && !i.isStatic());
        boolean capturesOuter = !staticContext && (doubleBrace || OuterUse.usesOuter(body, outer, outer.capturingTypes()));
        ClassScope scope = scope(name, outer, !staticContext, body, fields, capturesOuter,
                !staticContext && !capturesOuter && OuterUse.keepsUnusedOuter(unusedOuterKept, false));
        List<String> supers = at instanceof ObjectCreationExpr o ? List.of(o.getType().getNameAsString()) : List.of();
        recordType(scope, "anonymous", line(at), supers, supers.isEmpty() ? "" : supers.get(0), Map.of(), body, false, List.of());
        bodies(body, scope, at);
    }

    // ------------------------------------------------------------------ helpers

    private static boolean isMain(MethodDeclaration m) {
        if (!m.getNameAsString().equals("main") || !m.getType().isVoidType()) {
            return false;
        }
        NodeList<Parameter> params = m.getParameters();
        if (params.isEmpty()) {
            return true;
        }
        if (params.size() != 1) {
            return false;
        }
        String type = params.get(0).getType().asString() + (params.get(0).isVarArgs() ? "[]" : "");
        return type.equals("String[]") || type.equals("java.lang.String[]");
    }

    private static String signature(String name, NodeList<Parameter> params) {
        return name + params.stream().map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static int line(Node n) {
        return Positions.line(n);
    }

    private static int column(Node n) {
        return Positions.column(n);
    }

    private static int endLine(Node n) {
        return Positions.endLine(n);
    }
}

package dev.refflow.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryModelsTest {
    private final LibraryModels builtIn = LibraryModels.builtIn();

    private LibraryModels.Match method(String type, String name, int arity) {
        return builtIn.method(type, LibraryModels.simpleName(type), name, arity).orElseThrow(
                () -> new AssertionError("no row for " + type + "." + name + "/" + arity));
    }

    @Test
    void rowsApplyThroughTheTypesASubtypeExtends() {
        LibraryModels.Match add = method("java.util.ArrayList", "add", 1);
        assertEquals("java.util.Collection", add.onType());
        assertEquals(List.of(new Effect.Adds(Effect.Args.of(0))), add.row().effects());
        assertTrue(method("java.util.ArrayList", "add", 2).effects(Effect.Adds.class).get(0).args()
                .includes(1, 2), "add(index, element) adds its second argument");
        assertTrue(method("java.util.concurrent.ConcurrentHashMap", "computeIfAbsent", 2).has(Effect.Computes.class));
        assertTrue(method("java.util.LinkedHashMap", "keySet", 0).has(Effect.ReturnsView.class));
        assertTrue(builtIn.isA("java.util.concurrent.LinkedBlockingDeque", "java.util.Collection"));
        assertFalse(builtIn.isA("java.util.HashMap", "java.util.Collection"));
    }

    @Test
    void traitsComeFromTheTypeItsSupertypesAndMatchingPatterns() {
        assertTrue(builtIn.traits("java.util.WeakHashMap").containsAll(Set.of(Trait.WEAK_KEYS, Trait.BOUNDED)));
        assertTrue(builtIn.traits("java.text.SimpleDateFormat").contains(Trait.PER_THREAD_TOOL));
        assertTrue(builtIn.traitsOfSimpleName("ActionListener").contains(Trait.LISTENER));
        assertTrue(builtIn.traitsOfSimpleName("CompletableFuture").contains(Trait.ONE_SHOT));
        assertFalse(builtIn.traitsOfSimpleName("FutureTask").contains(Trait.ONE_SHOT));
        assertTrue(builtIn.traits("java.util.Timer").contains(Trait.OWN_THREAD));
    }

    /** A Cleaner keeps the action until the object is collected: a registry, not a listener list. */
    @Test
    void aCleanerKeepsItsActionUntilItsObjectIsCollected() {
        LibraryModels.Match register = method("java.lang.ref.Cleaner", "register", 2);
        assertEquals(List.of(new Effect.KeepsUntilCollected(0, 1)), register.effects(Effect.KeepsUntilCollected.class));
        assertFalse(register.has(Effect.Registers.class), "one leak, one finding: not ListenerNeverRemoved's");
        assertTrue(register.has(Effect.ReturnsHandle.class));
    }

    /** Classes and loaders: what keeps a class's loader, and which results belong to a receiver's loader. */
    @Test
    void classesAndTheirMembersBelongToTheirLoader() {
        assertTrue(builtIn.traits("java.lang.Class").contains(Trait.HELD_BY_LOADER));
        assertTrue(builtIn.traits("java.net.URLClassLoader").contains(Trait.HELD_BY_LOADER));
        assertFalse(builtIn.traits("java.lang.reflect.Method").contains(Trait.HELD_BY_LOADER),
                "a loader does not keep a Method object");
        assertEquals(List.of(new Effect.SameLoader(Effect.SameLoader.RECEIVER, true)),
                method("java.lang.Class", "getDeclaredMethods", 0).effects(Effect.SameLoader.class));
        assertEquals(List.of(new Effect.SameLoader(Effect.SameLoader.RECEIVER, false)),
                method("java.net.URLClassLoader", "loadClass", 1).effects(Effect.SameLoader.class));
        assertEquals(List.of(new Effect.SameLoader(2, false)),
                method("java.lang.Class", "forName", 3).effects(Effect.SameLoader.class));
        assertTrue(method("java.lang.Class", "forName", 3).has(Effect.Validates.class));
        assertTrue(builtIn.method("", "Widget", "getClass", 0).orElseThrow().has(Effect.SameLoader.class));
        assertFalse(method("java.lang.Class", "getClass", 0).has(Effect.SameLoader.class),
                "Class.class is the platform's, not the receiver's loader's");
        assertTrue(method("java.lang.reflect.Method", "getDeclaringClass", 0).has(Effect.SameLoader.class));
    }

    @Test
    void aStarInAPatternStandsForNothingOrWholeWords() {
        assertEquals("Focus", LibraryModels.matches("add*Listener", "addFocusListener"));
        assertEquals("", LibraryModels.matches("add*Listener", "addListener"));
        assertEquals(null, LibraryModels.matches("add*Listener", "addedListener"));
        assertEquals("Data", LibraryModels.matches("on*", "onData"));
        assertEquals(null, LibraryModels.matches("on*", "once"));
        assertEquals(null, LibraryModels.matches("register*", "registered"));
        assertEquals("Action", LibraryModels.matches("*Listener", "ActionListener"));
    }

    @Test
    void rowsForAnyReceiverApplyOnlyWhereNoTypeSaysMore() {
        LibraryModels.Match unknown = builtIn.method("", "Registry", "addChangeListener", 1).orElseThrow();
        assertEquals("", unknown.onType());
        Effect.Registers registers = unknown.effects(Effect.Registers.class).get(0);
        assertEquals(Set.of("removeChangeListener", "removeChangeListeners", "unregisterChangeListener",
                        "unregisterChangeListeners", "deregisterChangeListener", "deregisterChangeListeners",
                        "unsubscribeChangeListener", "unsubscribeChangeListeners", "offChangeListener",
                        "offChangeListeners", "deleteChangeListener", "deleteChangeListeners",
                        "removeAllChangeListener", "removeAllChangeListeners", "removeAllListeners"),
                LibraryModels.undoNames("addChangeListener", registers));
        assertTrue(method("java.util.Observable", "addObserver", 1).onType().equals("java.util.Observable"));
        assertTrue(builtIn.method("", "", "println", 1).orElseThrow().has(Effect.Reads.class));
        assertTrue(builtIn.method("java.lang.Runtime", "Runtime", "gc", 0).orElseThrow().has(Effect.Gc.class));
    }

    @Test
    void simpleNamesResolveThroughTheFilesImports() {
        NameContext wildcard = new NameContext("app", List.of(), java.util.Map.of(), java.util.Map.of(),
                List.of("java.util"), java.util.Map.of(), List.of());
        assertEquals("java.util.List", builtIn.typeIn(wildcard, "List<String>"));
        assertEquals("java.lang.Runtime", builtIn.typeIn(wildcard, "Runtime"));
        NameContext own = new NameContext("app", List.of(), java.util.Map.of(),
                java.util.Map.of("List", "app.util.List"), List.of(), java.util.Map.of(), List.of());
        assertEquals("", builtIn.typeIn(own, "List"), "an explicitly imported List is that List");
    }

    @Test
    void aUserRowAddsToAndReplacesRefFlowsRows(@TempDir Path dir) throws Exception {
        Path file = write(dir, "bus.models", """
                # our event bus keeps subscribers until they leave
                com.acme.events.Bus       subscribe(1)    registers(0) undone-by(leave)
                com.acme.events.Bus       publish(1)      reads
                java.util.Collection      add(1)          reads
                """);
        LibraryModels models = LibraryModels.load(List.of(file));
        LibraryModels.Match subscribe = models.method("com.acme.events.Bus", "Bus", "subscribe", 1).orElseThrow();
        assertTrue(LibraryModels.undoNames("subscribe", subscribe.effects(Effect.Registers.class).get(0))
                .contains("leave"));
        assertEquals(List.of(new Effect.Reads()),
                models.method("java.util.ArrayList", "ArrayList", "add", 1).orElseThrow().row().effects());
        assertNotEquals(builtIn.digest(), models.digest());
    }

    @Test
    void aBadRowIsRefusedWithItsFileLineAndWhatIsWrong(@TempDir Path dir) throws IOException {
        assertBad(dir, "com.acme.Bus  subscribe(1)  registers(1)", ":1: registers(1): argument 1 does not exist");
        assertBad(dir, "\n\ncom.acme.Bus  subscribe(1)  keeps-forever(0)", ":3: unknown effect 'keeps-forever'");
        assertBad(dir, "com.acme.Bus  subscribe  reads", ":1: 'subscribe' is not a method");
        assertBad(dir, "com.acme.Bus  subscribe(1)", ":1: subscribe(1) says nothing it does");
        assertBad(dir, "com.acme.Bus  is  eternal", ":1: unknown trait 'eternal'");
        assertBad(dir, "com.acme.Bus  new(*)  fresh(HASH_TREE)", ":1: fresh(HASH_TREE): unknown container layout");
        assertBad(dir, "com.acme.Bus  join(1)  reads undone-by(leave)", ":1: undone-by goes with a registers effect");
        assertBad(dir, "com.acme.A  extends  com.acme.B\ncom.acme.B  extends  com.acme.A", "extends itself");
        assertBad(dir, "com.acme.Bus  subscribe(1)  registers(0", ":1: unbalanced '('");
        assertBad(dir, "com.acme.Pool  track(2)  keeps-until-collected(0)", ":1: keeps-until-collected(0): takes 2");
        assertBad(dir, "com.acme.Types  of(1)  same-loader(owner)", ":1: same-loader(owner): 'owner' is not an argument");
    }

    private static void assertBad(Path dir, String rows, String expected) throws IOException {
        Path file = write(dir, "bad.models", rows);
        LibraryModels.BadModelException e = assertThrows(LibraryModels.BadModelException.class,
                () -> LibraryModels.load(List.of(file)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        if (expected.startsWith(":")) {
            assertTrue(e.getMessage().startsWith(file.toString() + ":"), e.getMessage());
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

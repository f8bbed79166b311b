package dev.refflow.engine;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.InvalidRequestException;
import dev.refflow.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's own library models teach RefFlow what their framework does: the README's two worked examples. */
class UserModelsTest {
    private static final String HUB_MODELS = """
            # our event hub keeps every attached listener until it is detached
            com.acme.events.Hub       attach(1)        registers(0) undone-by(detach)
            com.acme.events.Hub       detach(1)        unregisters(0)
            com.acme.events.Hub       publish(1)       reads
            """;

    private static final String REGISTRY_MODELS = """
            # the registry keeps a watcher until the handle it returns is closed
            com.acme.config.Registry  watch(1)         registers(0) returns-handle
            com.acme.config.Handle    close()          releases-all
            """;

    @Test
    void aRegistrationOnlyTheUsersModelKnowsIsFound(@TempDir Path dir) throws IOException {
        Path src = write(dir, "src/app/Panel.java", """
                package app;

                import com.acme.events.Hub;

                class Panel {
                    private final Hub hub;

                    Panel(Hub hub) {
                        this.hub = hub;
                    }

                    void show() {
                        hub.attach(this);
                    }
                }
                """).getParent().getParent();
        Path models = write(dir, "hub.models", HUB_MODELS);
        assertEquals(List.of(), rules(analyse(dir, src, List.of())), "attach means nothing without the model");
        assertEquals(List.of("ListenerNeverRemoved@13"), rules(analyse(dir, src, List.of(models))));
    }

    @Test
    void theModelsUndoVerbRemovesTheFinding(@TempDir Path dir) throws IOException {
        Path src = write(dir, "src/app/Panel.java", """
                package app;

                import com.acme.events.Hub;

                class Panel {
                    private final Hub hub;

                    Panel(Hub hub) {
                        this.hub = hub;
                    }

                    void show() {
                        hub.attach(this);
                    }

                    void hide() {
                        hub.detach(this);
                    }
                }
                """).getParent().getParent();
        Path models = write(dir, "hub.models", HUB_MODELS);
        assertEquals(List.of(), rules(analyse(dir, src, List.of(models))));
    }

    @Test
    void aKeptHandleIsAWayToUnregister(@TempDir Path dir) throws IOException {
        Path src = write(dir, "src/app/Settings.java", """
                package app;

                import com.acme.config.Handle;
                import com.acme.config.Registry;

                class Settings {
                    private Handle handle;

                    void follow(Registry registry) {
                        handle = registry.watch(this);
                    }

                    void forget(Registry registry) {
                        registry.watch(this);
                    }
                }
                """).getParent().getParent();
        Path models = write(dir, "registry.models", REGISTRY_MODELS);
        assertEquals(List.of("ListenerNeverRemoved@14"), rules(analyse(dir, src, List.of(models))));
    }

    @Test
    void aBadModelFileIsRefusedNamingTheParameterTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Path models = write(dir, "bad.models", "com.acme.events.Hub  attach(1)  registers(2)\n");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> AnalysisRequest.builder(dir).sourceRoot(dir).models(List.of(models)).build());
        assertEquals("models", e.parameter());
        assertTrue(e.getMessage().contains(models + ":1: registers(2): argument 2 does not exist"), e.getMessage());
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> AnalysisRequest.builder(dir).sourceRoot(dir).models(List.of(dir.resolve("none.models"))).build());
        assertTrue(missing.getMessage().contains("none.models is not a file"), missing.getMessage());
    }

    private static AnalysisResult analyse(Path base, Path src, List<Path> models) {
        return new RefFlowEngine().analyze(AnalysisRequest.builder(base).sourceRoot(src).threads(1).models(models)
                .formats(java.util.Set.of()).build());
    }

    private static List<String> rules(AnalysisResult result) {
        return result.findings().stream().map((Finding f) -> f.ruleId() + "@" + f.line()).toList();
    }

    private static Path write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}

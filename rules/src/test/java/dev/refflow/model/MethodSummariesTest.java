package dev.refflow.model;

import dev.refflow.TestProjects;
import dev.refflow.api.AnalysisRequest;
import dev.refflow.engine.RefFlowEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Call resolution, callers and method summaries on a small project of four packages' worth of habits. */
class MethodSummariesTest {
    private static ProjectModel project;

    @BeforeAll
    static void model() {
        Path dir = TestProjects.project("summaries");
        project = new RefFlowEngine().model(AnalysisRequest.builder(dir).sourceRoot(dir.resolve("src")).threads(1)
                .build());
    }

    private static MethodFlow body(String type, String name) {
        for (FileFacts f : project.files()) {
            for (MethodFlow m : f.methods()) {
                if (m.ownerType().equals(type) && (m.name().equals(name) || m.signature().equals(name))) {
                    return m;
                }
            }
        }
        throw new AssertionError("no body " + type + "." + name);
    }

    private static CallSite call(MethodFlow m, String text) {
        return m.calls().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no call " + text + " in " + m.signature()));
    }

    private static Set<String> targets(MethodFlow m, String text) {
        return project.calls().bodies(call(m, text)).stream().map(b -> b.ownerType() + "." + b.signature())
                .collect(Collectors.toSet());
    }

    @Test
    void callsResolveThroughFieldsStaticsInterfacesAndConstructors() {
        MethodFlow handle = body("app.Service", "handle");
        assertEquals(Set.of("app.store.Registry.keep(Object)"), targets(handle, "registry.keep(request)"));
        assertEquals(Set.of("app.store.Registry.keepForever(Object)"), targets(handle, "Registry.keepForever(request)"));
        assertEquals(Set.of("app.util.Lists.grow(List<Object>, Object)"), targets(handle, "Lists.grow(SEEN, request)"));
        assertEquals(Set.of("app.Circle.area()", "app.Square.area()"), targets(handle, "s.area()"),
                "an interface method stands for every project implementation");
        assertEquals(Set.of("app.Circle.Circle(double)"), targets(handle, "new Circle(1)"));
        assertEquals(CallGraph.Resolution.LIBRARY, project.calls().targets(call(handle, "List.<Shape>of(new Circle(1), new Square(2))")).resolution());
        assertEquals(Set.of("app.store.Registry.keep(Object)"),
                targets(body("app.store.Registry", "handOver"), "keep(value)"), "an unqualified call is on this");
        assertEquals(Set.of("app.util.Lists.numbers(int)"), targets(body("app.util.Lists", "wrapped"), "numbers(n)"));
        assertTrue(project.calls().count(CallGraph.Resolution.PROJECT) > 10);
    }

    @Test
    void parametersKeptInFieldsStaticsOrOnlyReadAreTold() {
        MethodSummary keep = project.summaries().of(body("app.store.Registry", "keep"));
        assertEquals(Set.of(new MethodSummary.KeptIn(new FieldRef("app.store.Registry", "listeners"), true, false,
                false)), keep.parameter(0));
        MethodSummary forever = project.summaries().of(body("app.store.Registry", "keepForever"));
        assertEquals(Set.of(new MethodSummary.KeptIn(new FieldRef("app.store.Registry", "ALL"), true, false, true)),
                forever.parameter(0));
        assertEquals(Set.of(), project.summaries().of(body("app.store.Registry", "notifyAll")).parameter(0),
                "a notification only reads its argument");
        assertEquals(Set.of(new MethodSummary.RemovedFrom(new FieldRef("app.store.Registry", "listeners"))),
                project.summaries().of(body("app.store.Registry", "forget")).parameter(0));
        assertTrue(project.summaries().of(body("app.store.Registry", "weakly")).parameter(0).stream()
                .allMatch(u -> u instanceof MethodSummary.KeptIn k && k.weak()), "a weak map's key is held weakly");
        assertEquals(Set.of(new MethodSummary.KeptIn(new FieldRef("app.store.Registry", "listeners"), true, false,
                false)), project.summaries().of(body("app.store.Registry", "handOver")).parameter(0),
                "kept through a call on this");
    }

    @Test
    void whatACalleeKeepsIsKeptByItsCallers() {
        Set<MethodSummary.Use> request = project.summaries().of(body("app.Service", "handle")).parameter(0);
        assertTrue(request.contains(new MethodSummary.KeptIn(new FieldRef("app.store.Registry", "ALL"), true, false,
                true)), request.toString());
        assertTrue(request.contains(new MethodSummary.KeptIn(new FieldRef("app.Service", "SEEN"), true, false, true)),
                "through Lists.grow: " + request);
        assertTrue(request.contains(new MethodSummary.KeptIn(new FieldRef("app.Service", "registry"), true, false,
                false)), "kept by the registry this service holds: " + request);
        assertTrue(request.contains(new MethodSummary.Escapes()), "passed to a native method: " + request);
        assertEquals(Set.of(new MethodSummary.Grows()), project.summaries().of(body("app.util.Lists", "grow"))
                .parameter(0));
        assertEquals(Set.of(), project.summaries().of(body("app.util.Lists", "count")).parameter(0));
    }

    @Test
    void resultsComeFromFreshAllocationsThroughCallsAndFactoriesHoldTheirArguments() {
        MethodSummary big = project.summaries().of(body("app.Service", "big"));
        assertEquals(1, big.results().size(), big.results().toString());
        MethodSummary.Fresh fresh = (MethodSummary.Fresh) big.results().get(0);
        assertEquals("numbers", fresh.method().name());
        assertEquals(List.of("Lists.wrapped(1_000_000)", "numbers(n)"),
                fresh.path().stream().map(CallSite::text).toList());
        assertEquals(Set.of(0), project.summaries().of(body("app.Peer", "of")).resultHolds(),
                "Peer.of(owner) returns a Peer that keeps its owner");
        MethodSummary label = project.summaries().of(body("app.Label", "of"));
        assertEquals(Set.of(), label.resultHolds(), "Label's constructor only reads its argument");
        assertEquals(Set.of(), label.parameter(0), "so Label.of(source) does not return it either");
        assertEquals(List.of(new MethodSummary.Param(0)), project.summaries().of(body("app.util.Lists", "same"))
                .results());
    }

    @Test
    void linksBetweenParametersAndPutsThroughHelpersAreRecorded() {
        List<MethodSummary.Link> links = project.summaries().of(body("app.util.Lists", "link")).links();
        assertEquals(Set.of("0->1", "1->0"), links.stream().map(l -> l.holder() + "->" + l.held())
                .collect(Collectors.toSet()));
        List<MethodSummary.Put> puts = project.summaries().of(body("app.store.Registry", "weakly")).puts();
        assertEquals(List.of(new MethodSummary.Put(new FieldRef("app.store.Registry", "byOwner"), 0, 1, 38)), puts);
    }

    @Test
    void growthReachedOnlyFromClassInitializationMainOrAOneTimeGuardIsInitialization() {
        CallGraph calls = project.calls();
        assertTrue(calls.initializationOnly(body("app.Service", "fill")), "called from the static block");
        assertTrue(calls.initializationOnly(body("app.Service", "Service()")),
                "the constructor only a static field initializer calls");
        assertTrue(calls.initializationOnly(body("app.Service", "warmUp")), "under if (!started) ... started = true");
        assertFalse(calls.initializationOnly(body("app.Service", "start")), "nothing in the project calls start()");
        assertFalse(calls.initializationOnly(body("app.util.Lists", "grow")), "called per request");
    }
}

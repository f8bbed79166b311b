import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// all goals are thread-safe: Maven would warn otherwise under -T
assert !log.contains('not marked as @threadSafe') && !log.contains('not thread-safe')

def results(File sarif) {
    new JsonSlurper().parse(sarif).runs[0].results.collect { r ->
        def loc = r.locations[0].physicalLocation
        "${r.ruleId} ${loc.artifactLocation.uri}:${loc.region.startLine}".toString()
    } as Set
}

// each module: its own report, with its own findings only
assert results(new File(basedir, 'core/target/refflow/refflow.sarif')) ==
        ['UnboundedCollection src/main/java/demo/core/Registry.java:8'] as Set
assert results(new File(basedir, 'service/target/refflow/refflow.sarif')) ==
        ['ExplicitGcCall src/main/java/demo/service/Importer.java:15'] as Set
assert results(new File(basedir, 'app/target/refflow/refflow.sarif')).isEmpty()
assert new File(basedir, 'app/target/refflow/index.html').isFile()

// the aggregate: one model, so app's clear() counts for core's registry; one report with module sections
def aggregate = new File(basedir, 'target/refflow-aggregate/refflow.sarif')
assert results(aggregate) == ['ExplicitGcCall service/src/main/java/demo/service/Importer.java:15'] as Set
def module = new JsonSlurper().parse(aggregate).runs[0].results[0].properties.module
assert module == 'service'
def html = new File(basedir, 'target/refflow-aggregate/index.html').text
['core', 'service', 'app'].each { assert html.contains("id=\"module-${it}\"") }
assert log.contains('RefFlow: 1 finding (0 errors, 1 warning, 0 notes) in 3 files')
// each run names what it analysed, so the module reports and the aggregate can go in one code-scanning upload
def runs = { File f -> new JsonSlurper().parse(f).runs }
def ids = [core: 'refflow/core/', service: 'refflow/service/', app: 'refflow/app/']
ids.each { m, id -> assert runs(new File(basedir, "${m}/target/refflow/refflow.sarif"))*.automationDetails.id == [id] }
assert runs(aggregate).size() == 1
assert runs(aggregate)[0].automationDetails.id == 'refflow/multi-module/aggregate/'
def categories = (ids.values() + ['refflow/multi-module/aggregate/']).collect { it.substring(0, it.lastIndexOf('/')) }
assert categories.toSet().size() == 4
// 1: refflow:report at the reactor root analysed every module as its own
assert log.contains('RefFlow: refflow:report at the root of a multi-module build analyses each of its 4 projects as its own module')
['core', 'service', 'app'].each { assert log.contains("RefFlow: module ${it}") }
assert log.contains("RefFlow report: ${new File(basedir, 'core/target/refflow/index.html').absolutePath}")
// 2: with -fae the aggregate is written although core's check failed, and the build fails at the end
assert log.contains('on project core: RefFlow found 1 finding at or above warning')
assert new File(basedir, 'target/aggregate-fae/refflow.sarif').isFile()
// 4: baselines only where there are findings to accept
assert new File(basedir, 'core/refflow-baseline.json').isFile()
assert new File(basedir, 'service/refflow-baseline.json').isFile()
assert !new File(basedir, 'app/refflow-baseline.json').exists()
assert !new File(basedir, 'refflow-baseline.json').exists()
assert log.contains('RefFlow baseline: no findings; no baseline written')
return true

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def pkg = new File(basedir, 'src/main/java/dev/refflow/samples/article')

// exactly the three findings of the article's experiments, and nothing for the dropped list
def sarif = new JsonSlurper().parse(new File(basedir, 'target/refflow/refflow.sarif'))
def results = sarif.runs[0].results
def found = results.collect {
    def loc = it.locations[0].physicalLocation
    "${it.ruleId} ${it.level} ${loc.artifactLocation.uri}:${loc.region.startLine}".toString()
} as Set
def expected = [
    'LargeAllocationReturned warning src/main/java/dev/refflow/samples/article/SecondExperiment.java:19',
    'CyclicReference warning src/main/java/dev/refflow/samples/article/ThirdExperiment.java:18',
    'ExplicitGcCall warning src/main/java/dev/refflow/samples/article/Collector.java:9',
] as Set
assert found == expected : "findings were ${found}"

// console lines in the compiler's form, with the estimate and the trace's story in the message
def second = new File(pkg, 'SecondExperiment.java').absolutePath
assert log.contains("[WARNING] ${second}:[19,9] LargeAllocationReturned: returns an ArrayList of ~1,000,000 Integer, about 19.9 MiB, built on lines 15-18")
assert log.contains("[WARNING] ${new File(pkg, 'ThirdExperiment.java').absolutePath}:[18,9] CyclicReference: x and y contain each other")
assert log.contains("[WARNING] ${new File(pkg, 'Collector.java').absolutePath}:[9,9] ExplicitGcCall: System.gc()")
assert !log.contains('FirstExperiment.java:[')
assert log.contains('RefFlow: 3 findings (0 errors, 3 warnings, 0 notes) in 4 files')
assert log.contains("RefFlow report: ${new File(basedir, 'target/refflow/index.html').absolutePath}")

// the trace is in SARIF too
def lar = results.find { it.ruleId == 'LargeAllocationReturned' }
def steps = lar.codeFlows[0].threadFlows[0].locations*.location*.message*.text
assert steps == ['L15 allocate new ArrayList<>()', 'L16-18 add 1,000,000 Integer in loop: numbers.add(i)',
                 'L19 return to caller return numbers;'] : steps

// the second invocation: check fails the build and names them; nothing changed, so the cache answers
assert log.contains('[INFO] RefFlow: no file or setting changed since the last run; results from the cache')
assert new File(basedir, 'target/refflow/cache/facts.bin').isFile()
assert log.contains('RefFlow found 3 findings at or above warning (allowed: 0):')
assert log.contains('LargeAllocationReturned at src/main/java/dev/refflow/samples/article/SecondExperiment.java:19')
assert log.contains('CyclicReference at src/main/java/dev/refflow/samples/article/ThirdExperiment.java:18')
assert log.contains('ExplicitGcCall at src/main/java/dev/refflow/samples/article/Collector.java:9')
assert log.contains('BUILD FAILURE')

// the HTML report exists and is self-contained
def html = new File(basedir, 'target/refflow/index.html').text
assert html.contains('RefFlow report: article-examples')
assert !html.contains("src=\"http") && !html.contains("<link")
// the third invocation: report with no pom, on a folder given by refflow.sources
def standalone = new JsonSlurper().parse(new File(basedir, 'target/standalone/refflow.sarif'))
def standaloneFound = standalone.runs[0].results.collect {
    "${it.ruleId} ${it.locations[0].physicalLocation.artifactLocation.uri}".toString()
} as Set
assert standaloneFound == ['LargeAllocationReturned dev/refflow/samples/article/SecondExperiment.java',
                           'CyclicReference dev/refflow/samples/article/ThirdExperiment.java',
                           'ExplicitGcCall dev/refflow/samples/article/Collector.java'] as Set : standaloneFound
// 4: without a project and without an output folder, the report goes to ./refflow-report (with its cache), named after
// the analysed folder; nothing is written to a folder named after an unresolved expression
def defaultOut = new File(basedir, 'src/main/java/refflow-report')
assert new File(defaultOut, 'index.html').text.contains('<title>RefFlow report: dev/refflow/samples/article</title>')
assert new File(defaultOut, 'cache/facts.bin').isFile()
assert !new File(basedir, 'src/main/java/${project.basedir}').exists()
assert !new File(basedir, 'src/main/java/target').exists()
// 5: -Drefflow.title names it
assert new File(basedir, 'target/titled/index.html').text.contains('<title>RefFlow report: Article examples</title>')
return true

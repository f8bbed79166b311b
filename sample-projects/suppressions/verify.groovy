import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def warmup = new File(basedir, 'src/main/java/demo/cache/Warmup.java').absolutePath

// the stale suppression is the only finding: a note, which does not fail the check
assert log.contains("[INFO] ${warmup}:[44,5] UnusedSuppression: @SuppressFBWarnings(value = \"ExplicitGcCall\", justification = \"was needed before the pool\") on method release() suppresses nothing")
assert log.contains('RefFlow: 1 finding (0 errors, 0 warnings, 1 note) in 2 files; 5 suppressed in the source')
assert !log.contains('[WARNING] ' + warmup)

// SARIF: the five suppressed results, marked in source, with SpotBugs' justification where there is one
def results = new JsonSlurper().parse(new File(basedir, 'target/refflow/refflow.sarif')).runs[0].results
def suppressed = results.findAll { it.suppressions }
assert suppressed.collect { "${it.ruleId}:${it.locations[0].physicalLocation.region.startLine}".toString() } as Set ==
        ['UnboundedCollection:14', 'ExplicitGcCall:23', 'LargeAllocationReturned:33', 'ExplicitGcCall:39',
         'UnboundedCollection:9'] as Set
assert suppressed.every { it.suppressions[0].kind == 'inSource' }
assert suppressed.find { it.locations[0].physicalLocation.region.startLine == 14 }.suppressions[0].justification ==
        'one entry per enum constant'

// HTML: counted in the summary and listed, collapsed, with the justification
def html = new File(basedir, 'target/refflow/index.html').text
assert html.contains('<b>5</b><span>suppressed</span>')
assert html.contains('5 suppressed findings')
assert html.contains('justification: one entry per enum constant')
return true

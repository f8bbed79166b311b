import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// 1: the baseline holds today's two findings, by fingerprint, sorted
def baseline = new JsonSlurper().parse(new File(basedir, 'refflow-baseline.json'))
assert baseline.refflowBaseline == 1
assert baseline.findings*.ruleId == ['UnboundedCollection', 'ExplicitGcCall']
assert baseline.findings.every { it.fingerprint ==~ /[0-9a-f]{32}/ }
assert log.contains('RefFlow baseline: 2 findings written to ' + new File(basedir, 'refflow-baseline.json'))

// 2: the check passes with both accepted
assert log.contains('RefFlow: 0 findings (0 errors, 0 warnings, 0 notes) in 1 file; 2 more accepted by the baseline')
assert log.contains('BUILD SUCCESS')
// its report says that everything found was accepted, not that nothing keeps memory alive
def accepted = new File(basedir, 'target/refflow-all-accepted/index.html').text
assert accepted.contains('2 baselined findings, none new')
assert !accepted.contains('No findings: nothing in these sources keeps memory alive')

// 3: the edit moved the old findings down and reformatted them; only the new registry fails the build
def failure = log.substring(log.lastIndexOf('RefFlow found'))
assert failure.startsWith('RefFlow found 1 finding at or above warning (allowed: 0):')
assert failure.contains('UnboundedCollection at src/main/java/demo/shop/OrderService.java:14')
assert !failure.contains('OrderService.java:12') && !failure.contains('ExplicitGcCall')
assert log.contains('RefFlow: 1 finding (0 errors, 1 warning, 0 notes) in 1 file; 2 more accepted by the baseline')

// the report marks the accepted ones
def sarif = new JsonSlurper().parse(new File(basedir, 'target/refflow/refflow.sarif'))
def states = sarif.runs[0].results.collect { "${it.ruleId}:${it.locations[0].physicalLocation.region.startLine}:${it.baselineState}".toString() }
assert states as Set == ['UnboundedCollection:12:unchanged', 'UnboundedCollection:14:new',
                         'ExplicitGcCall:27:unchanged'] as Set
assert new File(basedir, 'target/refflow/index.html').text.contains('2 baselined findings')
return true

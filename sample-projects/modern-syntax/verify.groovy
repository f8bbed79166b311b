import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('processing problem') : 'modern syntax must parse'
assert log.contains('RefFlow: 1 finding (0 errors, 1 warning, 0 notes) in 2 files')
assert log.contains('BUILD SUCCESS')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/refflow/refflow.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'LargeAllocationReturned'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/com/example/modern/Shapes.java'
assert !sarif.runs[0].invocations[0].toolExecutionNotifications
return true

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('RefFlow: 0 findings (0 errors, 0 warnings, 0 notes) in 4 files')
assert log.contains('BUILD SUCCESS')  // first invocation
assert !log.contains('[WARNING] ' + basedir)
def sarif = new JsonSlurper().parse(new File(basedir, 'target/refflow/refflow.sarif'))
assert (sarif.runs[0].results ?: []).isEmpty()
assert new File(basedir, 'target/refflow/index.html').text.contains('No findings')
// second invocation
assert log.contains("refflow.failOnLevel: 'fatal' is not a level; allowed: error, warning, note")
assert log.contains('BUILD FAILURE')
// third invocation: the bad row is named by parameter, file and line
assert log.contains('refflow.models: ' + new File(basedir, 'models/bad.models').absolutePath
        + ':2: registers(1): argument 1 does not exist: the method takes 1 parameter (0 is the first)')
// fourth invocation: good models are taken, and the project stays clean
assert log.findAll('RefFlow: 0 findings \\(0 errors, 0 warnings, 0 notes\\) in 4 files').size() >= 2
return true

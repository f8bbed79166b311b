import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def broken = new File(basedir, 'src/main/java/com/example/broken/Broken.java').absolutePath
// the problem names the file, line and column, in the compiler's form
assert log.contains("[ERROR] ${broken}:[5,21] processing problem: Parse error") : log
// the good files are still analysed and reported
def sarif = new JsonSlurper().parse(new File(basedir, 'target/refflow/refflow.sarif'))
def rules = sarif.runs[0].results*.ruleId as Set
assert rules == ['LargeAllocationReturned', 'ExplicitGcCall'] as Set : rules
def notes = sarif.runs[0].invocations[0].toolExecutionNotifications
assert notes.size() == 1
assert notes[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/com/example/broken/Broken.java'
assert notes[0].locations[0].physicalLocation.region.startLine == 5
assert log.contains('RefFlow: 2 findings (0 errors, 2 warnings, 0 notes) in 3 files, about 8.0 MiB retained; 1 processing problem')
// check fails on the processing problem by default, naming it
assert log.contains('RefFlow could not process 1 file(s): src/main/java/com/example/broken/Broken.java:5')
assert log.contains('BUILD FAILURE')
return true

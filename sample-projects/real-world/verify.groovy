import groovy.json.JsonSlurper
import java.time.Duration
import java.time.LocalTime

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'the build failed'

// every unpacked file was read and parsed: no processing problem, in the log or in the SARIF
assert !log.contains('processing problem') :
        log.readLines().findAll { it.contains('processing problem') }.take(20).join('\n')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/refflow/refflow.sarif'))
def run = sarif.runs[0]
def notifications = run.invocations[0].toolExecutionNotifications ?: []
assert notifications.isEmpty() : notifications.take(20).collect {
    "${it.locations?.getAt(0)?.physicalLocation?.artifactLocation?.uri}: ${it.message?.text}"
}.join('\n')

// all 2,082 .java files of the six sources jars (package-info.java and guava's module-info.java included)
def summary = log.readLines().find { it.contains('RefFlow: ') && it =~ /RefFlow: \d+ findings? \(/ }
assert summary : 'no RefFlow summary line in build.log'
def m = summary =~ /RefFlow: (\d+) findings? \(.*?\) in (\d+) files?/
assert m.find() : summary
int files = m.group(2) as int
assert files == 2082 : "RefFlow analysed ${files} files, expected 2082: ${summary}"

// exactly the findings triaged in TRIAGE.md: a lost finding or a new one fails until the triage is updated
def triaged = [
    'UnboundedStaticCollection warning commons-lang3/org/apache/commons/lang3/LocaleUtils.java:86',
    'UnboundedStaticCollection warning commons-lang3/org/apache/commons/lang3/LocaleUtils.java:91',
    'ThreadLocalNotRemoved warning netty-common/io/netty/util/internal/ThreadExecutorMap.java:29',
    'CyclicReference note guava/com/google/common/collect/MinMaxPriorityQueue.java:245',
    'CyclicReference note netty-buffer/io/netty/buffer/PoolArena.java:113',
    'CyclicReference note guava/com/google/common/collect/TreeMultiset.java:132',
] as Set
def found = (run.results ?: []).collect {
    def loc = it.locations[0].physicalLocation
    "${it.ruleId} ${it.level} ${loc.artifactLocation.uri.replaceFirst('^target/corpus/', '')}:${loc.region.startLine}".toString()
} as Set
assert found == triaged : "findings differ from TRIAGE.md\nnew: ${found - triaged}\ngone: ${triaged - found}"

println summary.substring(summary.indexOf('RefFlow: '))
def results = run.results ?: []
println "SARIF results: ${results.size()}; by rule and level:"
results.countBy { "${it.ruleId} ${it.level ?: 'warning'}".toString() }.sort { it.key }.each { key, n ->
    println String.format('  %-40s %6d', key, n)
}
println 'by library:'
results.countBy { (it.locations?.getAt(0)?.physicalLocation?.artifactLocation?.uri =~ /corpus\/([^\/]+)\//).with { it.find() ? it.group(1) : '?' } }
        .sort { it.key }.each { lib, n ->
    println String.format('  %-40s %6d', lib, n)
}

// how long RefFlow took: from its 'analysing' line to its last report line (time-stamped by invoker.mavenOpts)
def stamp = { String line -> (line =~ /^(\d\d:\d\d:\d\d\.\d\d\d) /).with { it.find() ? LocalTime.parse(it.group(1)) : null } }
def lines = log.readLines()
def start = lines.find { it.contains('RefFlow ') && it.contains(': analysing ') }
def end = lines.findAll { it.contains('RefFlow report: ') || it.contains('RefFlow SARIF: ') || it.contains('RefFlow: ') }.last()
if (start && end && stamp(start) && stamp(end)) {
    def took = Duration.between(stamp(start), stamp(end))
    if (took.isNegative()) took = took.plusDays(1)
    println "RefFlow run: ${took.toMillis() / 1000} s"
}
return true

import groovy.json.JsonSlurper
import java.time.Duration
import java.time.LocalTime

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'the build failed'

// every unpacked file was read and parsed, but for the ones TRIAGE.md lists (syntax JavaParser does not parse),
// in the log and in the SARIF
def expectedProblems = [
    'hibernate-core/org/hibernate/dialect/Dialect.java',
] as Set
def problemLines = log.readLines().findAll { it.contains('processing problem:') }
def problemFiles = problemLines.collect { line -> (line =~ /corpus\/(\S+?\.java)/).with { it.find() ? it.group(1) : line } } as Set
assert problemFiles == expectedProblems : problemLines.take(20).join('\n')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/refflow/refflow.sarif'))
def run = sarif.runs[0]
def notifications = run.invocations[0].toolExecutionNotifications ?: []
def notified = notifications.collect {
    it.locations?.getAt(0)?.physicalLocation?.artifactLocation?.uri?.replaceFirst('^target/corpus/', '')
} as Set
assert notified == expectedProblems : notifications.take(20).collect {
    "${it.locations?.getAt(0)?.physicalLocation?.artifactLocation?.uri}: ${it.message?.text}"
}.join('\n')

// all 11,239 .java files of the twelve sources jars (package-info.java and module-info.java files included)
def summary = log.readLines().find { it.contains('RefFlow: ') && it =~ /RefFlow: \d+ findings? \(/ }
assert summary : 'no RefFlow summary line in build.log'
def m = summary =~ /RefFlow: (\d+) findings? \(.*?\) in (\d+) files?/
assert m.find() : summary
int files = m.group(2) as int
assert files == 11239 : "RefFlow analysed ${files} files, expected 11239: ${summary}"

// exactly the findings triaged in TRIAGE.md: a lost finding or a new one fails until the triage is updated
def triaged = [
    // warnings: each one read against the code in TRIAGE.md
    'UnboundedCollection warning commons-lang3/org/apache/commons/lang3/LocaleUtils.java:86',
    'UnboundedCollection warning commons-lang3/org/apache/commons/lang3/LocaleUtils.java:91',
    'UnboundedCollection warning spring-beans/org/springframework/beans/factory/BeanFactoryUtils.java:65',
    'UnboundedCollection warning zookeeper/org/apache/zookeeper/ZKUtil.java:43',
    // notes: partial evidence, listed so that a change of level or a new note is seen
    'ListenerNeverRemoved note hibernate-core/org/hibernate/audit/spi/AuditWorkQueue.java:107',
    'ListenerNeverRemoved note hibernate-core/org/hibernate/audit/spi/AuditWorkQueue.java:142',
    'ListenerNeverRemoved note hibernate-core/org/hibernate/engine/internal/NaturalIdResolutionsImpl.java:325',
    'ListenerNeverRemoved note hibernate-core/org/hibernate/mapping/BasicValue.java:137',
    'ListenerNeverRemoved note hibernate-core/org/hibernate/mapping/Component.java:126',
    'ListenerNeverRemoved note hibernate-core/org/hibernate/sql/exec/internal/lock/CollectionLockingAction.java:78',
    'ListenerNeverRemoved note hibernate-core/org/hibernate/sql/exec/internal/lock/FollowOnLockingAction.java:95',
    'ListenerNeverRemoved note spring-beans/org/springframework/beans/factory/support/DisposableBeanAdapter.java:507',
    'ListenerNeverRemoved note spring-context/org/springframework/cache/interceptor/CacheAspectSupport.java:1226',
    'ListenerNeverRemoved note spring-context/org/springframework/context/event/ApplicationListenerMethodAdapter.java:506',
    'ListenerNeverRemoved note spring-core/org/springframework/aot/nativex/feature/PreComputeFieldFeature.java:57',
    'ListenerNeverRemoved note spring-web/org/springframework/http/codec/multipart/PartGenerator.java:481',
    'ListenerNeverRemoved note spring-web/org/springframework/http/codec/multipart/PartGenerator.java:658',
    'ListenerNeverRemoved note spring-web/org/springframework/http/codec/multipart/PartGenerator.java:665',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/ServletServerHttpAsyncRequestControl.java:97',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerReadPublisher.java:109',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerReadPublisher.java:122',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerReadPublisher.java:134',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerReadPublisher.java:146',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerReadPublisher.java:245',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerReadPublisher.java:253',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerWriteFlushProcessor.java:111',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerWriteFlushProcessor.java:119',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerWriteFlushProcessor.java:132',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerWriteFlushProcessor.java:154',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerWriteProcessor.java:110',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerWriteProcessor.java:118',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerWriteProcessor.java:131',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/AbstractListenerWriteProcessor.java:301',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/ChannelSendOperator.java:76',
    'ListenerNeverRemoved note spring-web/org/springframework/http/server/reactive/WriteResultPublisher.java:76',
    'ListenerNeverRemoved note spring-web/org/springframework/web/context/request/async/StandardServletAsyncWebRequest.java:159',
    'ListenerNeverRemoved note spring-web/org/springframework/web/filter/ServerHttpObservationFilter.java:196',
    'ListenerNeverRemoved note zookeeper/org/apache/zookeeper/server/NettyServerCnxn.java:145',
    'ListenerNeverRemoved note zookeeper/org/apache/zookeeper/server/NettyServerCnxn.java:148',
    'ListenerNeverRemoved note zookeeper/org/apache/zookeeper/server/NettyServerCnxn.java:510',
    'UnboundedCollection note hibernate-core/org/hibernate/engine/spi/CascadeStyles.java:218',
    'UnboundedCollection note hibernate-core/org/hibernate/generator/internal/CurrentTimestampGeneration.java:87',
    'UnboundedCollection note spring-core/org/springframework/cglib/proxy/Mixin.java:44',
    'UnboundedCollection note spring-context/org/springframework/context/annotation/AnnotationBeanNameGenerator.java:101',
    'UnboundedCollection note spring-context/org/springframework/cache/interceptor/AbstractFallbackCacheOperationSource.java:73',
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

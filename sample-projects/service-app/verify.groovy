import groovy.json.JsonSlurper

// The service compiles against the real spring-context; RefFlow reports exactly one finding per deliberate leak and
// nothing on any fixed twin.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('RefFlow: 7 findings (0 errors, 7 warnings, 0 notes) in 18 files')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/refflow/refflow.sarif'))
def results = sarif.runs[0].results
def found = results.collect { r ->
    def loc = r.locations[0].physicalLocation
    "${r.ruleId} ${loc.artifactLocation.uri.replace('src/main/java/com/example/shop/', '')}:${loc.region.startLine}".toString()
} as Set
assert found == [
        'UnboundedCollection PriceCache.java:8',
        'UnboundedCollection OrderService.java:13',
        'ListenerAddedPerCall AuditTrail.java:15',
        'ListenerNeverRemoved ReportJob.java:21',
        'ThreadLocalNotRemoved RequestContext.java:8',
        'ThreadLocalNotRemoved PriceFormatter.java:11',
        'StaticReferenceToInstance CheckoutRequest.java:17',
] as Set : found

def message = { String file -> results.find { it.locations[0].physicalLocation.artifactLocation.uri.endsWith(file) }.message.text }
// the root is named: an annotated bean, and a @Bean method's result
assert message('OrderService.java').contains('the singleton bean OrderService (@Service)')
assert message('OrderService.java').contains('pending.remove(order) removes nothing')
assert message('PriceCache.java').contains('returned by @Bean ShopConfig.priceCache()')
assert message('AuditTrail.java').contains('held by the singleton bean AuditTrail (@Service)')
assert message('PriceFormatter.java').contains('new PriceFormatter() in Checkout.receipt(Order)')
return true

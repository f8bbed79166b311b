def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// the site page: the summary, the findings table, links to the full report and SARIF
def page = new File(basedir, 'target/site/refflow.html')
assert page.isFile()
def html = page.text
assert html.contains('RefFlow: 1 finding (0 errors, 1 warning, 0 notes) in 1 file')
assert html.contains('href="refflow/index.html"')
assert html.contains('href="refflow/refflow.sarif"')
assert html.contains('LargeAllocationReturned')
assert html.contains('src/main/java/demo/site/Numbers.java:12')
// the site's menu lists it among the project reports
assert new File(basedir, 'target/site/project-reports.html').text.contains('refflow.html')

// the full report and SARIF beside it
assert new File(basedir, 'target/site/refflow/index.html').text.contains('LargeAllocationReturned')
assert new File(basedir, 'target/site/refflow/refflow.sarif').isFile()
return true

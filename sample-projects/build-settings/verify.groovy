def log = new File(basedir, 'build.log').text

// 1: Java 1.7 read as 8, said once; the summary line names the level read and the time taken
assert log.contains('RefFlow: the build compiles for Java 1.7; reading the sources as Java 8, the nearest level RefFlow knows (8 to 25)')
assert log =~ /RefFlow: 1 finding \(0 errors, 1 warning, 0 notes\) in 1 file, about 4\.0 MiB retained; Java 8, \d+\.\d s/
// trace lines under the finding, javac-style, in every run that did not switch them off
def traceLine = ~/(?m)^\[WARNING\]     L11 allocate /
// 2: a release newer than RefFlow knows is read as the newest
assert log.contains('RefFlow: the build compiles for Java 26; reading the sources as Java 25, the nearest level RefFlow knows (8 to 25)')
assert log =~ /; Java 25, \d+\.\d s/
// 3: an explicit level RefFlow does not know is an error naming the parameter
assert log.contains("refflow.languageLevel: unknown Java version '26'; allowed: 8, 9, 10 ... 25")
// 4: a misspelled rule ID suggests the nearest one
assert log.contains("rules: unknown rule 'ExplicitGcCal'; did you mean ExplicitGcCall?")
// 5: -Drefflow.rules switched the rule off
assert log.contains('RefFlow: 0 findings (0 errors, 0 warnings, 0 notes) in 1 file; Java 8')
// 6: the configured folder that does not exist is named
assert log.contains('[WARNING] RefFlow: the source folder src/missing configured in the pom does not exist; nothing is analysed there')
assert log.contains('RefFlow: no Java source folders here; nothing to analyse')
// 7: the compiler's generated-sources folder is skipped, and said once
assert log.findAll('RefFlow skips generated sources in target/generated-sources/annotations').size() == 1
assert log =~ /RefFlow: 1 finding \(0 errors, 1 warning, 0 notes\) in 1 file, about 4\.0 MiB retained; Java 17, /
// runs 1, 2 and 7 print the trace; run 5 had trace=false (and nothing to trace anyway)
assert log.findAll(traceLine).size() == 3 : log.findAll(traceLine)
// 8: the configured folder without Java files is named
assert log.contains('[WARNING] RefFlow: the source folder src/empty configured in the pom holds no .java files')
return true

def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/generated-sources/sa01/org/somaagent/sa01/generated/tables/SessionEmbeddings.java').isFile()
assert log.contains('generate: generated ')
assert log =~ /upgrade: [1-9][0-9]* revisions? in [0-9]+ ms; the database is at /
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
// the second verify: nothing generated, nothing applied
assert log.contains('generate: revisions unchanged since the last run')
assert log.contains('upgrade: nothing to do; the database is at ')
return true

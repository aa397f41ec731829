// Each invoker project on its own fresh database: sa01_it_<project directory>, dropped and created
// through the admin DSN's server (SA01_TEST_ADMIN_DSN's host; default the local PostgreSQL, user postgres).
def name = 'sa01_it_' + basedir.name.replaceAll('[^A-Za-z0-9]', '_').toLowerCase()
def run = { String sql ->
    def p = ['psql', '-v', 'ON_ERROR_STOP=1', '-q', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-c', sql].execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    if (p.exitValue() != 0) throw new IllegalStateException("psql failed: " + err)
}
run("drop database if exists \"${name}\" with (force)")
run("create database \"${name}\"")
println "fresh database ${name}"
return true

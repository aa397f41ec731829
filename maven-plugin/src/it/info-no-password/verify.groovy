def log = new File(basedir, 'build.log').text
assert log.contains('(f) dsn = postgresql://soma:****@127.0.0.1:5432/sa01_it_info_no_password')
assert log.contains('current: base (no revision applied)')
assert log.contains('REVISION')
assert !log.contains('secret') : 'the password appears in the build log'
return true

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('select 1 / 0')
assert log.contains('division by zero')
return true

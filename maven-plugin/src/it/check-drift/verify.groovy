def log = new File(basedir, 'build.log').text
assert log.contains('check: no differences')
assert log.contains('BUILD FAILURE')
assert log =~ /difference: .*multimodal_assets.*mime_type|difference: .*mime_type.*multimodal_assets/
return true

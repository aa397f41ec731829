// a fresh database sa01_it_<this directory> (see ../fresh-database.groovy)
evaluate(new File(basedir, '../../../src/it/fresh-database.groovy'))

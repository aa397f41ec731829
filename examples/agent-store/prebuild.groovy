// the invoker's fresh database for this example: sa01_it_agent_store (maven-plugin/src/it/fresh-database.groovy)
evaluate(new File(basedir, '../../../src/it/fresh-database.groovy'))

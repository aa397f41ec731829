package org.somaagent.sa01.tooling.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Query;
import org.somaagent.sa01.engine.revision.AcknowledgeLint;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.SqlRenderer;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * Lock-safety checks over each revision's upgrade, in the manner of squawk and strong_migrations.
 * It reads the SQL the revision renders (the same pinned text that runs), so plain-SQL statements
 * are checked too. Objects the revision itself creates are new and empty: those are not flagged.
 */
public final class RevisionLinter {

    private static final Pattern CREATE_TABLE = Pattern.compile("^create table (?:if not exists )?\"(\\w+)\"");
    private static final Pattern ADD_COLUMN = Pattern.compile("^alter table (?:if exists )?\"(\\w+)\" add (?:column )?\"(\\w+)\" (.*)$");
    private static final Pattern VOLATILE = Pattern.compile("default .*\\b(gen_random_uuid|random|clock_timestamp|timeofday|uuid_generate_v[14]|nextval)\\(");
    private static final Pattern CREATE_INDEX = Pattern.compile("^create (?:unique )?index (concurrently )?(?:if not exists )?\"?(\\w+)\"? on \"(\\w+)\"");
    private static final Pattern ALTER_TYPE = Pattern.compile("^alter table \"(\\w+)\" alter (?:column )?\"(\\w+)\" (?:set data )?type ");
    private static final Pattern SET_NOT_NULL = Pattern.compile("^alter table \"(\\w+)\" alter (?:column )?\"(\\w+)\" set not null");
    private static final Pattern DROP_COLUMN = Pattern.compile("^alter table \"(\\w+)\" drop (?:column )?\"(\\w+)\"");
    private static final Pattern RENAME_COLUMN = Pattern.compile("^alter table \"(\\w+)\" rename (?:column )?\"(\\w+)\" to ");
    private static final Pattern DROP_TYPE = Pattern.compile("^drop type (?:if exists )?\"(\\w+)\"");

    private final SchemaDef model;
    private final Path sources;

    /** @param sources where revision sources live, to name the line of a finding; may not exist */
    public RevisionLinter(SchemaDef model, Path sources) {
        this.model = model;
        this.sources = sources;
    }

    public List<LintWarning> lint(RevisionGraph graph) {
        List<LintWarning> warnings = new ArrayList<>();
        graph.chain().forEach(r -> warnings.addAll(lint(r)));
        return warnings;
    }

    public List<LintWarning> lint(Revision revision) {
        Set<String> acknowledged = new HashSet<>();
        for (AcknowledgeLint a : revision.getClass().getAnnotationsByType(AcknowledgeLint.class)) {
            acknowledged.add(a.check());
        }
        Set<String> createdHere = new HashSet<>();
        List<LintWarning> warnings = new ArrayList<>();
        for (Query query : revision.upgrade()) {
            String sql = render(query);
            check(sql).filter(w -> !createdHere.contains(w.table()) && !acknowledged.contains(w.check().id()))
                    .ifPresent(w -> warnings.add(new LintWarning(revision.id(), location(revision, w.needle()), w.check(), w.subject())));
            Matcher created = CREATE_TABLE.matcher(sql);
            if (created.find()) {
                createdHere.add(created.group(1));
            }
        }
        return warnings;
    }

    private record Finding(LintCheck check, String table, String subject, String needle) {}

    private Optional<Finding> check(String sql) {
        Matcher m;
        if ((m = ADD_COLUMN.matcher(sql)).find() && VOLATILE.matcher(m.group(3)).find()) {
            return finding(LintCheck.VOLATILE_DEFAULT, m.group(1), "column " + m.group(1) + "." + m.group(2), m.group(2));
        }
        if ((m = CREATE_INDEX.matcher(sql)).find() && m.group(1) == null) {
            return finding(LintCheck.INDEX_NOT_CONCURRENTLY, m.group(3), "index " + m.group(2) + " on " + m.group(3), m.group(2));
        }
        if ((m = ALTER_TYPE.matcher(sql)).find()) {
            return finding(LintCheck.TYPE_CHANGE, m.group(1), "column " + m.group(1) + "." + m.group(2), m.group(2));
        }
        if ((m = SET_NOT_NULL.matcher(sql)).find()) {
            return finding(LintCheck.SET_NOT_NULL, m.group(1), "column " + m.group(1) + "." + m.group(2), m.group(2));
        }
        if ((m = DROP_COLUMN.matcher(sql)).find() && inModel(m.group(1), m.group(2))) {
            return finding(LintCheck.DROP_COLUMN_IN_MODEL, m.group(1), "column " + m.group(1) + "." + m.group(2), m.group(2));
        }
        if ((m = RENAME_COLUMN.matcher(sql)).find()) {
            return finding(LintCheck.RENAME_COLUMN, m.group(1), "column " + m.group(1) + "." + m.group(2), m.group(2));
        }
        if ((m = DROP_TYPE.matcher(sql)).find() && declaresEnum(m.group(1))) {
            return finding(LintCheck.ENUM_LABEL_REMOVED, "", "type " + m.group(1), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<Finding> finding(LintCheck check, String table, String subject, String needle) {
        return Optional.of(new Finding(check, table, subject, needle));
    }

    private boolean declaresEnum(String type) {
        return model.all(EnumDef.class).stream().anyMatch(e -> e.name().equals(type));
    }

    private boolean inModel(String table, String column) {
        return model.tables().stream().filter(t -> t.name().equals(table)).findFirst().flatMap(t -> t.column(column)).isPresent();
    }

    private static String render(Query query) {
        return SqlRenderer.render(query).strip();
    }

    /** {@code R0002AddLocale.java:27}: the first line of the source that names the finding's subject. */
    private String location(Revision revision, String needle) {
        String file = revision.getClass().getSimpleName() + ".java";
        Path source = sources.resolve(file);
        if (Files.isRegularFile(source)) {
            try {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("\"" + needle + "\"")) {
                        return file + ":" + (i + 1);
                    }
                }
            } catch (IOException ignored) {
                // fall back to the file name
            }
        }
        return file;
    }
}

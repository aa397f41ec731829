package org.somaagent.sa01.engine.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * The revisions as a chain from the first to the head, validated when built: ids well-formed and
 * unique, every parent known, one first revision, one head (a fork is an error that asks for a
 * renumbering: the SPI has one parent per revision, so there are no merge revisions). Knows nothing about databases.
 */
public final class RevisionGraph {

    public static final int MAX_ID_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("\\d{4}_[a-z0-9]+(_[a-z0-9]+)*");
    /** {@code -N} or {@code +N}: relative to the level the database is at, so only a database can resolve it. */
    private static final Pattern RELATIVE = Pattern.compile("[+-]\\d{1,4}");

    private final List<Revision> chain;
    private final Optional<Baseline> baseline;
    private final Optional<ForeignVersions> foreignVersions;
    private final Map<String, String> builtChecksums;
    private final Map<String, Integer> positions = new HashMap<>();

    private RevisionGraph(List<Revision> chain, Optional<Baseline> baseline, Optional<ForeignVersions> foreignVersions,
                          Map<String, String> builtChecksums) {
        this.chain = List.copyOf(chain);
        this.baseline = baseline;
        this.foreignVersions = foreignVersions;
        this.builtChecksums = Map.copyOf(builtChecksums);
        for (int i = 0; i < chain.size(); i++) {
            positions.put(chain.get(i).id(), i);
        }
    }

    /** A set's revisions with its baseline, which must belong to the first revision. */
    public static RevisionGraph of(RevisionSet set) {
        RevisionGraph graph = of(set.revisions());
        Optional<Baseline> baseline = set.baseline();
        if (baseline.isPresent() && !graph.chain.isEmpty() && !graph.chain.get(0).id().equals(baseline.get().revisionId())) {
            throw MigrationException.usage("the baseline of " + set.getClass().getName() + " names revision " + baseline.get().revisionId()
                    + ", which is not the first revision " + graph.chain.get(0).id());
        }
        Optional<ForeignVersions> foreign = set.foreignVersions();
        foreign.ifPresent(f -> f.baselines().forEach((foreignId, b) -> {
            if (!graph.contains(b.revisionId())) {
                throw MigrationException.usage(f.origin(foreignId) + " of " + set.getClass().getName() + " maps to revision "
                        + b.revisionId() + ", which is not in the chain");
            }
        }));
        return new RevisionGraph(graph.chain, baseline, foreign, BuildChecksums.load(set.getClass()));
    }

    public static RevisionGraph of(List<Revision> revisions) {
        Map<String, Revision> byId = new LinkedHashMap<>();
        for (Revision r : revisions) {
            if (r.id() == null || !ID.matcher(r.id()).matches() || r.id().length() > MAX_ID_LENGTH) {
                throw MigrationException.usage("revision id '" + r.id() + "' of " + r.getClass().getName()
                        + " is malformed: use NNNN_slug (digits, underscore, lower-case words), at most " + MAX_ID_LENGTH + " characters");
            }
            Revision twin = byId.putIfAbsent(r.id(), r);
            if (twin != null) {
                throw MigrationException.usage("revision id " + r.id() + " is used twice, by " + twin.getClass().getName()
                        + " and " + r.getClass().getName() + ": renumber one of them");
            }
        }
        Map<String, Revision> childOf = new HashMap<>();
        Revision first = null;
        for (Revision r : byId.values()) {
            Optional<String> parent = r.parent();
            if (parent.isEmpty()) {
                if (first != null) {
                    throw MigrationException.usage("two first revisions, " + first.id() + " and " + r.id() + ": give " + r.id() + " a parent");
                }
                first = r;
                continue;
            }
            if (!byId.containsKey(parent.get())) {
                throw MigrationException.usage("revision " + r.id() + " names an unknown parent " + parent.get());
            }
            Revision sibling = childOf.putIfAbsent(parent.get(), r);
            if (sibling != null) {
                throw MigrationException.usage("two heads: " + sibling.id() + " and " + r.id() + " both follow " + parent.get()
                        + ": revisions form one chain (there are no merge revisions), so give " + r.id() + " the next free number "
                        + "and make its parent() the last revision of the other branch (" + sibling.id() + " or its descendant)");
            }
        }
        List<Revision> chain = new ArrayList<>();
        for (Revision r = first; r != null; r = childOf.get(r.id())) {
            chain.add(r);
        }
        if (chain.size() != byId.size()) {
            throw MigrationException.usage("revisions form a cycle or are unreachable from the first one: check their parent ids");
        }
        return new RevisionGraph(chain, Optional.empty(), Optional.empty(), Map.of());
    }

    /** First to head. */
    public List<Revision> chain() {
        return chain;
    }

    /** The pre-existing schema the first revision adopts, if the set declares one. */
    public Optional<Baseline> baseline() {
        return baseline;
    }

    /** Another tool's version table whose databases the first upgrade takes over, if the set declares one. */
    public Optional<ForeignVersions> foreignVersions() {
        return foreignVersions;
    }

    public Optional<Revision> head() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
    }

    /** This build's checksum of a revision: the one computed when its jar was built ({@link BuildChecksums}), else rendered now. */
    public String checksum(Revision revision) {
        String built = builtChecksums.get(revision.id());
        return built != null ? built : Checksums.of(revision);
    }

    /**
     * Whether a stored checksum is this build's for the revision. The build's checksum answers without
     * rendering; on a difference the revision is rendered, which is what runs, before it is called changed.
     */
    public boolean matches(Revision revision, String storedChecksum) {
        return storedChecksum.equals(builtChecksums.get(revision.id())) || storedChecksum.equals(Checksums.of(revision));
    }

    public boolean contains(String id) {
        return positions.containsKey(id);
    }

    /** 0 for base (nothing applied), n for the n-th revision applied. */
    public int level(Optional<String> revisionId) {
        return revisionId.map(id -> positions.get(id) + 1).orElse(0);
    }

    /** The revision at a level; empty for base. */
    public Optional<Revision> atLevel(int level) {
        return level == 0 ? Optional.empty() : Optional.of(chain.get(level - 1));
    }

    /**
     * Resolves {@code head}, {@code base}, a revision id (or its unique 4-digit number) and the relative
     * {@code -N} / {@code +N} against the current level, to a level.
     */
    public int resolve(String target, int currentLevel) {
        if (target.equals("head")) {
            return chain.size();
        }
        if (target.equals("base")) {
            return 0;
        }
        if (RELATIVE.matcher(target).matches()) {
            int level = currentLevel + Integer.parseInt(target);
            if (level < 0 || level > chain.size()) {
                throw MigrationException.usage("target " + target + " from level " + currentLevel + " is outside the chain "
                        + "(base .. " + chain.size() + " revisions)" + (level < 0 ? ": nothing below base" : ""));
            }
            return level;
        }
        List<Revision> matches = chain.stream().filter(r -> r.id().equals(target) || r.id().startsWith(target + "_")).toList();
        if (matches.size() != 1) {
            throw MigrationException.usage("unknown revision '" + target + "': use head, base, -N, +N or one of "
                    + chain.stream().map(Revision::id).toList());
        }
        return positions.get(matches.get(0).id()) + 1;
    }

    /** Checks a target without a database: a relative one only for its form, any other by resolving it. */
    public void validate(String target) {
        if (!RELATIVE.matcher(target).matches()) {
            resolve(target, 0);
        }
    }

    /** Revisions to apply going from one level up to another, in order. */
    public List<Revision> between(int fromLevel, int toLevel) {
        return chain.subList(fromLevel, toLevel);
    }
}

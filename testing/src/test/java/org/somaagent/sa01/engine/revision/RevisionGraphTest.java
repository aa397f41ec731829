package org.somaagent.sa01.engine.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.testing.TestRevision;

class RevisionGraphTest {

    private final RevisionGraph graph = RevisionGraph.of(List.of(
            TestRevision.empty("0002_second", "0001_first"),
            TestRevision.empty("0001_first", null),
            TestRevision.empty("0003_third", "0002_second")));

    @Test
    void ordersTheChainByParentsNotByListOrder() {
        assertThat(graph.chain()).extracting(Revision::id).containsExactly("0001_first", "0002_second", "0003_third");
        assertThat(graph.head()).map(Revision::id).contains("0003_third");
    }

    /** One grammar of targets: what passes the offline check is what resolve reads as relative, and nothing else. */
    @Test
    void validatesTargetsOfflineWithTheSameGrammarResolveUses() {
        graph.validate("-1");
        graph.validate("+2");
        graph.validate("0002");
        assertThatThrownBy(() -> graph.validate("+12345")).hasMessageContaining("unknown revision '+12345'");
        assertThatThrownBy(() -> graph.validate("0009")).hasMessageContaining("unknown revision '0009'");
    }

    @Test
    void resolvesHeadBaseIdsNumbersAndRelativeTargets() {
        assertThat(graph.resolve("head", 0)).isEqualTo(3);
        assertThat(graph.resolve("base", 3)).isZero();
        assertThat(graph.resolve("0002_second", 0)).isEqualTo(2);
        assertThat(graph.resolve("0002", 0)).isEqualTo(2);
        assertThat(graph.resolve("-1", 3)).isEqualTo(2);
        assertThat(graph.resolve("+2", 1)).isEqualTo(3);
    }

    @Test
    void unknownTargetsAndStepsBelowBaseAreUsageErrors() {
        assertThatThrownBy(() -> graph.resolve("0009_nope", 0)).hasMessageContaining("unknown revision '0009_nope'");
        assertThatThrownBy(() -> graph.resolve("-2", 1)).hasMessageContaining("nothing below base");
    }

    @Test
    void duplicateIdsAreFatalAndNameBothClasses() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(TestRevision.empty("0001_a", null), TestRevision.empty("0001_a", null))))
                .hasMessageContaining("0001_a is used twice").hasMessageContaining(TestRevision.class.getName());
    }

    @Test
    void twoHeadsAskForARenumberingOrAMergeRevision() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(TestRevision.empty("0001_a", null),
                TestRevision.empty("0002_b", "0001_a"), TestRevision.empty("0002_c", "0001_a"))))
                .hasMessageContaining("two heads").hasMessageContaining("there are no merge revisions").hasMessageContaining("make its parent()");
    }

    @Test
    void malformedIdsUnknownParentsAndTwoFirstsAreRejected() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(TestRevision.empty("initial", null)))).hasMessageContaining("malformed");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(TestRevision.empty("0001_a", null), TestRevision.empty("0002_b", "0000_x"))))
                .hasMessageContaining("unknown parent 0000_x");
        assertThatThrownBy(() -> RevisionGraph.of(List.of(TestRevision.empty("0001_a", null), TestRevision.empty("0002_b", null))))
                .hasMessageContaining("two first revisions");
    }
}

package org.civiclab.idea;

import org.junit.jupiter.api.Test;

import org.civiclab.idea.IdeaEvent.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class IdeaEventTests {

	@Test
	void aCommentMentionsTheUsernamesItNamesWithAnAtSign() {
		IdeaEvent event = IdeaEvent.commented(1L, 2L, 3L,
				"@maria, could @jonas.ek and @lena-h look? Mail me at anna@norrvik.example, not @@ or @.", false);

		assertThat(event.mentioned()).containsExactlyInAnyOrder("maria", "jonas.ek", "lena-h");
		assertThat(event.kinds()).containsExactly(Kind.MENTIONED, Kind.COMMENT_ADDED);
	}

	@Test
	void aCommentWithoutMentionsIsACommentOnly() {
		IdeaEvent event = IdeaEvent.commented(1L, 2L, 3L, "Nobody named here; mail anna@norrvik.example", false);

		assertThat(event.mentioned()).isEmpty();
		assertThat(event.kinds()).containsExactly(Kind.COMMENT_ADDED);
	}

	@Test
	void aScreeningRecycleAsksTheAuthorsForARevisionAndIsAGateDecision() {
		assertThat(GateCatalogue.told(Gate.SCREENING, Outcome.RECYCLE)).containsExactly(Kind.REVISION_ASKED,
				Kind.GATE_DECIDED);
		assertThat(GateCatalogue.told(Gate.TEST, Outcome.GO)).containsExactly(Kind.SCALE_PROPOSED, Kind.GATE_DECIDED);
		assertThat(GateCatalogue.told(Gate.PLAN, Outcome.RECYCLE)).containsExactly(Kind.GATE_DECIDED);
	}

}

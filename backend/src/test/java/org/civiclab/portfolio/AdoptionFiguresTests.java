package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.civiclab.portfolio.Dashboard.Adoptions;
import org.civiclab.portfolio.DashboardQuery.CohortIdea;
import org.civiclab.portfolio.DashboardQuery.Origin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adoption figures worked out by hand: an adopted idea is scaled in the model's
 * "scaled" stage, else stopped once it ended, else running; the reused cost sums the
 * adopted ideas' estimates only.
 */
class AdoptionFiguresTests {

	@Test
	void countsTheAdoptedIdeasByWhereTheyGotToAndTheTimesTheIdeasWereAdopted() {
		Adoptions adoptions = AdoptionFigures.of(List.of(idea(1, "scaled", "40000", true, Origin.THIS_INSTALLATION, 0),
				idea(2, "declined", "15000.50", true, Origin.OTHER_INSTALLATION, 0),
				idea(3, "withdrawn", null, true, Origin.THIS_INSTALLATION, 0),
				idea(4, "test", "1000", false, Origin.OTHER_INSTALLATION, 1),
				idea(5, "scaled", "999999", true, null, 4), idea(6, "plan", "5", false, null, 0)));

		assertThat(adoptions).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(new Adoptions(4, 2, 1, 2, 1, new BigDecimal("56000.50"), 2, 5));
	}

	@Test
	void withoutAdoptionsEveryFigureIsZero() {
		assertThat(AdoptionFigures.of(List.of(idea(1, "plan", "100", false, null, 0))))
			.isEqualTo(new Adoptions(0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0));
	}

	private static CohortIdea idea(long id, String stage, String estimate, boolean ended, Origin origin,
			long adoptions) {
		return new CohortIdea(id, "IDEA-" + id, "Idea " + id, stage,
				(estimate != null) ? new BigDecimal(estimate) : null, null, ended, origin, adoptions);
	}

}

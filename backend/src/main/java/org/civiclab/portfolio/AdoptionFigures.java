package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.civiclab.portfolio.Dashboard.Adoptions;
import org.civiclab.portfolio.DashboardQuery.CohortIdea;
import org.civiclab.portfolio.DashboardQuery.Origin;

/**
 * The dashboard's adoption figures from the ideas shown (docs/adr/0020): what was adopted
 * from other pilots and where it got to, what that reuse is estimated to cost, and how
 * often the ideas shown were adopted by others.
 */
final class AdoptionFigures {

	/**
	 * Where an adopted idea got to: scaled, else stopped once ended, else running. The
	 * end stage of the model's scale path (processes/idea-pipeline.bpmn); the catalogue
	 * reads a pilot's outcome the same way (docs/adr/0036).
	 */
	private static final String SCALED = "scaled";

	private AdoptionFigures() {
	}

	static Adoptions of(List<CohortIdea> ideas) {
		List<CohortIdea> adopted = ideas.stream().filter((idea) -> idea.origin() != null).toList();
		long scaled = adopted.stream().filter(AdoptionFigures::scaled).count();
		long stopped = adopted.stream().filter((idea) -> idea.ended() && !scaled(idea)).count();
		return new Adoptions(adopted.size(),
				adopted.stream().filter((idea) -> idea.origin() == Origin.OTHER_INSTALLATION).count(), scaled, stopped,
				adopted.size() - scaled - stopped,
				adopted.stream()
					.map(CohortIdea::estimatedCost)
					.filter(Objects::nonNull)
					.reduce(BigDecimal.ZERO, BigDecimal::add),
				ideas.stream().filter((idea) -> idea.adoptions() > 0).count(),
				ideas.stream().mapToLong(CohortIdea::adoptions).sum());
	}

	private static boolean scaled(CohortIdea idea) {
		return SCALED.equals(idea.stage());
	}

}

package org.civiclab.demo;

import java.math.BigDecimal;
import java.util.List;

import org.civiclab.experiment.TestCardRequest;
import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.IdeaRequest;

import org.springframework.stereotype.Component;

/**
 * The demo's ideas, about twenty from Norrvik and Sjöstad, in every column of the board.
 * Each group drives its ideas through the real services; the tests with a running time
 * box come last, so that the one whose time box runs out does so once the rest is done.
 */
@Component
class DemoIdeas {

	private final DemoIdeasInScreening screening;

	private final DemoIdeasInPlan plan;

	private final DemoIdeasAtScaleDecision scaleDecision;

	private final DemoIdeasStopped stopped;

	private final DemoIdeasScaling scaling;

	private final DemoIdeasScaled scaled;

	private final DemoIdeasInTest test;

	DemoIdeas(DemoIdeasInScreening screening, DemoIdeasInPlan plan, DemoIdeasAtScaleDecision scaleDecision,
			DemoIdeasStopped stopped, DemoIdeasScaling scaling, DemoIdeasScaled scaled, DemoIdeasInTest test) {
		this.screening = screening;
		this.plan = plan;
		this.scaleDecision = scaleDecision;
		this.stopped = stopped;
		this.scaling = scaling;
		this.scaled = scaled;
		this.test = test;
	}

	void create() {
		this.screening.create();
		this.plan.create();
		this.scaleDecision.create();
		this.stopped.create();
		this.scaling.create();
		this.scaled.create();
		this.test.create();
	}

	/** An idea as its author writes it; costs in Swedish kronor. */
	static IdeaRequest idea(String title, String problem, String proposal, String beneficiaries, String department,
			EntryRoute entryRoute, long estimatedCost, String... themes) {
		return new IdeaRequest(title, problem, proposal, beneficiaries, department, entryRoute, List.of(themes),
				BigDecimal.valueOf(estimatedCost), true, null, List.of());
	}

	/**
	 * A test card: "We believe… To verify that, we will… and measure… We are right if…".
	 */
	static TestCardRequest card(String title, String hypothesis, String test, String metric, String criterion,
			int timeBoxDays, long budgetCap, String testGroup, String partners) {
		return new TestCardRequest(title, hypothesis, test, metric, criterion, timeBoxDays,
				BigDecimal.valueOf(budgetCap), testGroup, partners, null);
	}

}

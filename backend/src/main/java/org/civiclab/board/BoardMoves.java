package org.civiclab.board;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.civiclab.board.BoardCard.CardMove;
import org.civiclab.idea.Gate;
import org.civiclab.idea.GateRules;
import org.civiclab.idea.Outcome;
import org.civiclab.people.CurrentUser;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.Pipeline;

import org.springframework.stereotype.Component;

/**
 * The moves a reader may make with the cards of a board page: the gates open on each idea
 * of the reader's own organisation that the reader may decide (candidate group, four-eyes
 * rule; docs/adr/0014), each outcome that leads to another column. One engine query per
 * page; the decision service checks it all again.
 */
@Component
class BoardMoves {

	private final Pipeline pipeline;

	BoardMoves(Pipeline pipeline) {
		this.pipeline = pipeline;
	}

	List<BoardCard> add(String stage, BoardQuery.BoardPage page, CurrentUser user) {
		if (page.ownOrganisation().isEmpty()) {
			return page.cards();
		}
		Map<Long, List<OpenGate>> gates = this.pipeline.openGates(List.copyOf(page.ownOrganisation()));
		return page.cards()
			.stream()
			.map((card) -> page.ownOrganisation().contains(card.id()) ? card.withMoves(
					moves(stage, gates.getOrDefault(card.id(), List.of()), page.scaleProposers().get(card.id()), user))
					: card)
			.toList();
	}

	private static List<CardMove> moves(String stage, List<OpenGate> gates, String scaleProposer, CurrentUser user) {
		return gates.stream()
			.filter((gate) -> gate.isFor(user.username(), user.groups()))
			.filter((gate) -> isGate(gate.gate()))
			.filter((gate) -> GateRules.mayDecide(Gate.fromModel(gate.gate()), scaleProposer, user.username()))
			.flatMap((gate) -> gate.outcomes().stream().map((outcome) -> move(gate, outcome)))
			.filter(Objects::nonNull)
			.filter((move) -> !move.stage().equals(stage))
			.toList();
	}

	private static CardMove move(OpenGate gate, String outcomeName) {
		String target = gate.outcomeStages().get(outcomeName);
		if (target == null) {
			return null;
		}
		Gate decided = Gate.fromModel(gate.gate());
		Outcome outcome = Outcome.valueOf(outcomeName);
		return new CardMove(target, decided, outcome, GateRules.requiredFields(decided, outcome));
	}

	/** A revision is the author's edit, not a gate decision. */
	private static boolean isGate(String name) {
		return name != null && Arrays.stream(Gate.values()).anyMatch((gate) -> gate.modelName().equals(name));
	}

}

package org.civiclab.board;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.civiclab.board.BoardCard.CardMove;
import org.civiclab.idea.Gate;
import org.civiclab.idea.GateCatalogue;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.idea.Outcome;
import org.civiclab.people.CurrentUser;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.StageColumn;

import org.springframework.stereotype.Component;

/**
 * The moves a reader may make with the cards of a board page: each outcome, leading to
 * another column, of a gate decision open on an idea that {@link IdeaPolicy} lets the
 * reader take. One engine query for the whole board (a query per column cost three
 * quarters of the board's time); the decision service asks the policy again.
 */
@Component
class BoardMoves {

	private final Pipeline pipeline;

	BoardMoves(Pipeline pipeline) {
		this.pipeline = pipeline;
	}

	/** Each column's page of cards, with their moves; an end column's cards have none. */
	List<List<BoardCard>> add(List<StageColumn> columns, List<BoardQuery.BoardPage> pages, CurrentUser user) {
		Set<Long> movable = new HashSet<>();
		IntStream.range(0, columns.size())
			.filter((index) -> !columns.get(index).end())
			.forEach((index) -> movable.addAll(pages.get(index).fullView().keySet()));
		Map<Long, List<OpenGate>> gates = this.pipeline.openGates(movable);
		return IntStream.range(0, columns.size())
			.mapToObj((index) -> columns.get(index).end() ? pages.get(index).cards()
					: add(columns.get(index).stage(), pages.get(index), gates, user))
			.toList();
	}

	private static List<BoardCard> add(String stage, BoardQuery.BoardPage page, Map<Long, List<OpenGate>> gates,
			CurrentUser user) {
		return page.cards()
			.stream()
			.map((card) -> page.fullView().containsKey(card.id()) ? card
				.withMoves(moves(stage, gates.getOrDefault(card.id(), List.of()), page.fullView().get(card.id()), user))
					: card)
			.toList();
	}

	private static List<CardMove> moves(String stage, List<OpenGate> gates, Facts idea, CurrentUser user) {
		return gates.stream()
			.filter((gate) -> Gate.isKnown(gate) && Gate.fromModel(gate.gate()).isDecision())
			.filter((gate) -> IdeaPolicy.gateRight(user, idea, gate).allowed())
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
		return new CardMove(target, decided, outcome, GateCatalogue.requiredFields(decided, outcome),
				GateCatalogue.endsIdea(decided, outcome));
	}

}

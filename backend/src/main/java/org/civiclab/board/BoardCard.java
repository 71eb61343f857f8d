package org.civiclab.board;

import java.util.List;

import org.civiclab.idea.DecisionField;
import org.civiclab.idea.Gate;
import org.civiclab.idea.IdeaPolicy.View;
import org.civiclab.idea.IdeaView.TimeBoxState;
import org.civiclab.idea.Outcome;

import org.springframework.lang.Nullable;

/**
 * An idea as a card on the board, with the moves the reader may make with it. A card in
 * the shared view (another organisation's published idea) shows what the public sees: its
 * owner only if they agreed to be named, and no time box, support count or version.
 *
 * @param timeBox full view only
 * @param supports full view only
 * @param version the idea's version, for a decision taken from the board: full view only
 * @param moves the columns the reader may move the card to, each a gate decision
 */
record BoardCard(Long id, String reference, String title, @Nullable String owner, @Nullable String ownerName,
		@Nullable String department, String organisation, long daysInStage, @Nullable TimeBoxState timeBox,
		@Nullable Long supports, @Nullable Long version, View view, List<CardMove> moves) {

	/**
	 * Moving the card to {@code stage} is taking this gate's decision with this outcome;
	 * {@code fields} are those the decision must fill in; {@code endsIdea} says the
	 * outcome ends the idea for good, so the web app asks first.
	 */
	record CardMove(String stage, Gate gate, Outcome outcome, List<DecisionField> fields, boolean endsIdea) {
	}

	BoardCard withMoves(List<CardMove> moves) {
		return new BoardCard(this.id, this.reference, this.title, this.owner, this.ownerName, this.department,
				this.organisation, this.daysInStage, this.timeBox, this.supports, this.version, this.view, moves);
	}

}

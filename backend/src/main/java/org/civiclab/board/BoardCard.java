package org.civiclab.board;

import org.civiclab.idea.IdeaView.TimeBoxState;

/**
 * An idea as a card on the board.
 */
record BoardCard(Long id, String reference, String title, String owner, String ownerName, String department,
		String organisation, long daysInStage, TimeBoxState timeBox, long supports) {
}

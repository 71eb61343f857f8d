package org.civiclab.board;

import java.util.List;

/**
 * A column of the board with one page of its cards.
 */
record BoardColumn(String stage, String label, boolean end, long total, int page, int size, List<BoardCard> cards) {
}

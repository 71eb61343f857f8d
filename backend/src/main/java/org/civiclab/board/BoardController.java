package org.civiclab.board;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.StageColumn;
import org.civiclab.web.Problems;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board: a column per stage of the deployed model, each with its first page of cards;
 * further pages per column.
 */
@RestController
@RequestMapping("/api/board")
@Validated
class BoardController {

	private final Pipeline pipeline;

	private final BoardQuery query;

	private final BoardMoves moves;

	private final CurrentUsers currentUsers;

	BoardController(Pipeline pipeline, BoardQuery query, BoardMoves moves, CurrentUsers currentUsers) {
		this.pipeline = pipeline;
		this.query = query;
		this.moves = moves;
		this.currentUsers = currentUsers;
	}

	record Board(List<BoardColumn> columns) {
	}

	@GetMapping
	Board board(@Valid BoardFilter filter, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		CurrentUser user = this.currentUsers.current();
		return new Board(this.pipeline.stages().stream().map((stage) -> column(stage, filter, 0, size, user)).toList());
	}

	@GetMapping("/columns/{stage}")
	BoardColumn column(@PathVariable String stage, @Valid BoardFilter filter,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		StageColumn column = this.pipeline.stages()
			.stream()
			.filter((candidate) -> candidate.stage().equals(stage))
			.findFirst()
			.orElseThrow(() -> Problems.notFound("The board has no column " + stage));
		return column(column, filter, page, size, this.currentUsers.current());
	}

	private BoardColumn column(StageColumn column, BoardFilter filter, int page, int size, CurrentUser user) {
		BoardQuery.BoardPage found = this.query.page(column.stage(), filter, user, page, size);
		List<BoardCard> cards = column.end() ? found.cards() : this.moves.add(column.stage(), found, user);
		return new BoardColumn(column.stage(), column.label(), column.end(), found.total(), page, size, cards);
	}

}

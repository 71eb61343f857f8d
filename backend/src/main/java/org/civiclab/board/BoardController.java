package org.civiclab.board;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.StageColumn;
import org.civiclab.web.PageNumber;
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

	/**
	 * Read the board. A column per stage of the deployed model, each with its first page
	 * of cards (owner, age in stage, time-box status), filtered as asked.
	 */
	@GetMapping
	Board board(@Valid BoardFilter filter, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new Board(columns(this.pipeline.stages(), filter, 0, size));
	}

	/**
	 * Read one column of the board. A further page of one stage's cards, filtered as the
	 * board is; an unknown stage answers 404.
	 */
	@GetMapping("/columns/{stage}")
	BoardColumn column(@PathVariable String stage, @Valid BoardFilter filter,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		StageColumn column = this.pipeline.stages()
			.stream()
			.filter((candidate) -> candidate.stage().equals(stage))
			.findFirst()
			.orElseThrow(() -> Problems.notFound("board.column-not-found", stage));
		return columns(List.of(column), filter, page, size).get(0);
	}

	/**
	 * The same page of each of these columns: one read of the ideas, one of the engine's
	 * tasks.
	 */
	private List<BoardColumn> columns(List<StageColumn> columns, BoardFilter filter, int page, int size) {
		CurrentUser user = this.currentUsers.current();
		List<BoardQuery.BoardPage> pages = this.query.pages(columns.stream().map(StageColumn::stage).toList(), filter,
				user, page, size);
		List<List<BoardCard>> cards = this.moves.add(columns, pages, user);
		return IntStream.range(0, columns.size()).mapToObj((index) -> {
			StageColumn column = columns.get(index);
			return new BoardColumn(column.stage(), column.label(), column.end(), pages.get(index).total(), page, size,
					cards.get(index));
		}).toList();
	}

}

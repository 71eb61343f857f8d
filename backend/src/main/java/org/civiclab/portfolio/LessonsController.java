package org.civiclab.portfolio;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.civiclab.people.CurrentUsers;
import org.civiclab.web.PageNumber;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lessons library: every stopped idea with its learning cards and experiments,
 * searchable by text and theme, so that the next team does not repeat a failed test.
 */
@RestController
@RequestMapping("/api/lessons")
@Validated
class LessonsController {

	private final LessonsQuery query;

	private final CurrentUsers users;

	LessonsController(LessonsQuery query, CurrentUsers users) {
		this.query = query;
		this.users = users;
	}

	/**
	 * Search the lessons library. Stopped ideas with their learning cards and
	 * experiments, by text and theme, one page at a time, so that the next team does not
	 * repeat a failed test.
	 */
	@GetMapping
	LessonsQuery.LessonsPage lessons(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 60) String theme,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.query.search(q, theme, page, size, this.users.current());
	}

	/**
	 * List the lessons library's themes. The themes that stopped ideas carry, for the
	 * library's filter.
	 */
	@GetMapping("/themes")
	List<String> themes() {
		return this.query.themes(this.users.current());
	}

}

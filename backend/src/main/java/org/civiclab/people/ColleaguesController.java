package org.civiclab.people;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's colleagues: the people of their organisation who can sign in,
 * for naming co-authors.
 */
@RestController
class ColleaguesController {

	private final CurrentUsers currentUsers;

	ColleaguesController(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	/** A colleague as a picker shows them. */
	record Colleague(String username, String name) {
	}

	/**
	 * List colleagues. The signed-in person's colleagues in their organisation, as a
	 * picker shows them (for naming co-authors).
	 */
	@GetMapping("/api/colleagues")
	List<Colleague> colleagues() {
		CurrentUser me = this.currentUsers.current();
		return this.currentUsers.membersOf(me.organisationId())
			.stream()
			.filter((person) -> !person.id().equals(me.id()))
			.map((person) -> new Colleague(person.username(), person.displayName()))
			.toList();
	}

}

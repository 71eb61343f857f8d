package org.civiclab.people;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who am I: the signed-in person and their roles, for the web app.
 */
@RestController
@RequestMapping("/api/me")
class MeController {

	private final CurrentUsers currentUsers;

	MeController(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	/**
	 * Read who I am. The signed-in person and their roles, for the web app.
	 */
	@GetMapping
	CurrentUser me() {
		return this.currentUsers.current();
	}

}

package org.civiclab.people;

import org.civiclab.people.Invitations.Invited;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invitation link's page, for someone who cannot sign in yet: whom the link is for,
 * and setting the password with it (once).
 */
@RestController
@RequestMapping("/api/invitations/{token}")
class InvitationController {

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	/** The password the person chose. */
	record NewPassword(String password) {
	}

	/**
	 * Read an invitation. Whom the invitation link is for, for someone who cannot sign in
	 * yet; an unknown, used or expired link answers 404.
	 */
	@GetMapping
	Invited invited(@PathVariable String token) {
		return this.invitations.find(token);
	}

	/**
	 * Set a password with an invitation. The person chooses their password with the link,
	 * once; then they sign in.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void setPassword(@PathVariable String token, @RequestBody NewPassword request) {
		this.invitations.accept(token, request.password());
	}

}

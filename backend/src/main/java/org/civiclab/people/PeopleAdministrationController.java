package org.civiclab.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.civiclab.people.Invitations.Issued;
import org.civiclab.people.PeopleAdministration.Invited;
import org.civiclab.people.PeopleAdministration.PersonChange;
import org.civiclab.web.EmailAddresses;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * People, for their admins (docs/product.md, "Admin"): an organisation's admin sees and
 * changes that organisation's people, a region's admin everyone's.
 */
@RestController
@RequestMapping("/api/admin/people")
class PeopleAdministrationController {

	private final PeopleAdministration administration;

	private final CurrentUsers currentUsers;

	PeopleAdministrationController(PeopleAdministration administration, CurrentUsers currentUsers) {
		this.administration = administration;
		this.currentUsers = currentUsers;
	}

	/**
	 * What a username may be: no free text (the person signs in with it, the audit log
	 * names them by it), so its length is part of its pattern.
	 */
	static final String USERNAME = "[a-z0-9][a-z0-9._-]{0,99}";

	static final String USERNAME_RULE = "{field.username-rule}";

	/** An e-mail address fits its column (200 characters). */
	/** A new person; without an organisation, the admin's own. */
	record NewPerson(@NotBlank @Pattern(regexp = USERNAME, message = USERNAME_RULE) String username,
			@NotBlank @Size(max = 200) String displayName,
			@Email(regexp = EmailAddresses.AT_MOST_200, message = EmailAddresses.RULE) String email,
			Long organisationId, @Size(max = 200) String department, @NotEmpty Set<@NotNull Role> roles) {
	}

	/** What an admin changes of a person; a new organisation only by a region's admin. */
	record PersonRequest(@NotBlank @Size(max = 200) String displayName,
			@Email(regexp = EmailAddresses.AT_MOST_200, message = EmailAddresses.RULE) String email,
			Long organisationId, @Size(max = 200) String department, @NotEmpty Set<@NotNull Role> roles,
			@NotNull Long version) {
	}

	/** The link for the person to set their password: shown this once, never again. */
	record InvitationLink(String url, Instant expiresAt) {
	}

	/** A new person and their invitation link. */
	record InvitedPerson(PersonView person, InvitationLink invitation) {
	}

	/**
	 * List people. An organisation's admin sees that organisation's people, a region's
	 * admin everyone's or one organisation's; people whose data was erased (pseudonyms)
	 * only when asked for.
	 * @param organisationId only this organisation's
	 * @param erased also those whose data was erased, hidden by default
	 */
	@GetMapping
	List<PersonView> list(@RequestParam(required = false) Long organisationId,
			@RequestParam(defaultValue = "false") boolean erased) {
		return this.administration.list(this.currentUsers.current(), organisationId, erased);
	}

	/**
	 * Invite a person. A new person with their roles and an invitation link to set their
	 * password with.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	InvitedPerson invite(@Valid @RequestBody NewPerson request) {
		Invited invited = this.administration.invite(this.currentUsers.current(), request.username(),
				new PersonChange(request.displayName(), blankToNull(request.email()), blankToNull(request.department()),
						request.roles(), request.organisationId(), null));
		return new InvitedPerson(invited.person(), link(invited.invitation()));
	}

	/**
	 * Change a person. Their name, e-mail address, department and roles, as far as the
	 * admin may set them.
	 */
	@PutMapping("/{personId}")
	PersonView update(@PathVariable Long personId, @Valid @RequestBody PersonRequest request) {
		return this.administration.update(this.currentUsers.current(), personId,
				new PersonChange(request.displayName(), blankToNull(request.email()), blankToNull(request.department()),
						request.roles(), request.organisationId(), request.version()));
	}

	/**
	 * Deactivate a person. Someone who left: they can no longer sign in, and their
	 * records stay.
	 */
	@PostMapping("/{personId}/deactivate")
	PersonView deactivate(@PathVariable Long personId) {
		return this.administration.deactivate(this.currentUsers.current(), personId);
	}

	/**
	 * Reactivate a person. A deactivated person may sign in again.
	 */
	@PostMapping("/{personId}/reactivate")
	PersonView reactivate(@PathVariable Long personId) {
		return this.administration.reactivate(this.currentUsers.current(), personId);
	}

	/**
	 * Send a new invitation link. A new link for the person, replacing the one they had.
	 */
	@PostMapping("/{personId}/invitation")
	@ResponseStatus(HttpStatus.CREATED)
	InvitationLink reinvite(@PathVariable Long personId) {
		return link(this.administration.reinvite(this.currentUsers.current(), personId));
	}

	private static InvitationLink link(Issued issued) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/invitation/{token}")
			.buildAndExpand(issued.token())
			.toUriString();
		return new InvitationLink(url, issued.expiresAt());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

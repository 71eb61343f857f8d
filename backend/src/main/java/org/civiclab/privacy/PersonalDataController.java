package org.civiclab.privacy;

import java.util.List;

import org.civiclab.people.AdminScope;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's data: their own download, and an admin's erasure of someone who left.
 */
@RestController
class PersonalDataController {

	private final CurrentUsers currentUsers;

	private final PersonalData data;

	private final Erasure erasure;

	private final AdminScope scope;

	PersonalDataController(CurrentUsers currentUsers, PersonalData data, Erasure erasure, AdminScope scope) {
		this.currentUsers = currentUsers;
		this.data = data;
		this.erasure = erasure;
		this.scope = scope;
	}

	/**
	 * Download my data. Everything CivicLab holds about the signed-in person, as a JSON
	 * file.
	 */
	@GetMapping("/api/me/data")
	ResponseEntity<PersonalData.Download> myData() {
		CurrentUser me = this.currentUsers.current();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"civiclab-my-data.json\"")
			.body(this.data.of(me.id()));
	}

	/**
	 * List people an admin may erase. The people of the organisations the admin
	 * administers.
	 */
	@GetMapping("/api/admin/erasure/people")
	List<Erasure.Erasable> erasable() {
		return this.erasure.erasable(admin());
	}

	/**
	 * The confirmation of an erasure: the person's username, typed by the admin.
	 *
	 * @param confirmUsername the username of the person to erase
	 */
	record ErasureRequest(String confirmUsername) {
	}

	/**
	 * Erase a person. Removes a person's personal data (GDPR); their gate decisions are
	 * kept under a pseudonym. A person of an organisation the admin does not administer
	 * answers 404.
	 */
	@PostMapping("/api/admin/people/{personId}/erasure")
	Erasure.Erased erase(@PathVariable Long personId, @RequestBody ErasureRequest request) {
		return this.erasure.erase(admin(), personId, request.confirmUsername());
	}

	private CurrentUser admin() {
		CurrentUser user = this.currentUsers.current();
		this.scope.requireAdmin(user);
		return user;
	}

}

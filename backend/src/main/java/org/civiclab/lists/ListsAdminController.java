package org.civiclab.lists;

import java.util.List;

import jakarta.validation.Valid;

import org.civiclab.people.AdminScope;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's departments, themes and receiving units, for whoever administers it
 * ({@link AdminScope}). {@code kind} is {@code departments}, {@code themes} or
 * {@code receiving-units}.
 */
@RestController
@RequestMapping("/api/admin/organisations/{id}/lists/{kind}")
class ListsAdminController {

	private final ListAdministration lists;

	private final AdminScope scope;

	private final CurrentUsers users;

	ListsAdminController(ListAdministration lists, AdminScope scope, CurrentUsers users) {
		this.lists = lists;
		this.scope = scope;
		this.users = users;
	}

	/**
	 * List a managed list. An organisation's departments, themes or receiving units
	 * (kind), retired entries included.
	 */
	@GetMapping
	List<ListEntryView> entries(@PathVariable Long id, @PathVariable String kind) {
		admin(id);
		return this.lists.entries(id, ListKind.of(kind));
	}

	/**
	 * Add a list entry. A new department, theme or receiving unit of the organisation.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ListEntryView add(@PathVariable Long id, @PathVariable String kind, @Valid @RequestBody ListEntryRequest request) {
		CurrentUser user = admin(id);
		return this.lists.add(id, ListKind.of(kind), request.name(), user);
	}

	/**
	 * Change a list entry. Renames, moves, retires or brings back an entry.
	 */
	@PutMapping("/{entryId}")
	ListEntryView change(@PathVariable Long id, @PathVariable String kind, @PathVariable Long entryId,
			@Valid @RequestBody ListEntryRequest request) {
		CurrentUser user = admin(id);
		return this.lists.change(id, ListKind.of(kind), entryId, request, user);
	}

	/**
	 * Delete a list entry. Deletes an entry nothing carries; one in use answers 409 and
	 * is retired instead.
	 */
	@DeleteMapping("/{entryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable Long id, @PathVariable String kind, @PathVariable Long entryId) {
		CurrentUser user = admin(id);
		this.lists.delete(id, ListKind.of(kind), entryId, user);
	}

	private CurrentUser admin(Long organisationId) {
		CurrentUser user = this.users.current();
		this.scope.requireAdministers(user, organisationId);
		return user;
	}

}

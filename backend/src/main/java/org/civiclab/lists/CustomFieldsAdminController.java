package org.civiclab.lists;

import java.util.List;

import jakarta.validation.Valid;

import org.civiclab.lists.CustomFieldAdministration.CustomFieldView;
import org.civiclab.people.AdminScope;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's custom fields of the submission form, for whoever administers it
 * ({@link AdminScope}). A field is retired, never deleted: ideas keep their values.
 */
@RestController
@RequestMapping("/api/admin/organisations/{id}/fields")
class CustomFieldsAdminController {

	private final CustomFieldAdministration fields;

	private final AdminScope scope;

	private final CurrentUsers users;

	CustomFieldsAdminController(CustomFieldAdministration fields, AdminScope scope, CurrentUsers users) {
		this.fields = fields;
		this.scope = scope;
		this.users = users;
	}

	/**
	 * List an organisation's custom fields. The fields of its submission form, retired
	 * ones included.
	 */
	@GetMapping
	List<CustomFieldView> fields(@PathVariable Long id) {
		admin(id);
		return this.fields.all(id);
	}

	/**
	 * Add a custom field. A new field of the organisation's submission form: label, type,
	 * required, choices and place.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CustomFieldView add(@PathVariable Long id, @Valid @RequestBody CustomFieldRequest request) {
		return this.fields.add(id, request, admin(id));
	}

	/**
	 * Change a custom field. Its label, type, required, choices or place, or retire it; a
	 * field is retired, never deleted, so ideas keep their values.
	 */
	@PutMapping("/{fieldId}")
	CustomFieldView change(@PathVariable Long id, @PathVariable Long fieldId,
			@Valid @RequestBody CustomFieldRequest request) {
		return this.fields.change(id, fieldId, request, admin(id));
	}

	private CurrentUser admin(Long organisationId) {
		CurrentUser user = this.users.current();
		this.scope.requireAdministers(user, organisationId);
		return user;
	}

}

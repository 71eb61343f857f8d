package org.civiclab.lists;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.civiclab.people.CurrentUsers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's organisation's pick-lists and submission-form fields, for the
 * forms and filters.
 */
@RestController
@RequestMapping("/api")
class ListsController {

	private final ManagedLists lists;

	private final CustomFields fields;

	private final CurrentUsers users;

	ListsController(ManagedLists lists, CustomFields fields, CurrentUsers users) {
		this.lists = lists;
		this.fields = fields;
		this.users = users;
	}

	/** The active entries of each list, in order. */
	record PickLists(@NotNull List<String> departments, @NotNull List<String> themes,
			@NotNull List<String> receivingUnits) {
	}

	/**
	 * Read the pick-lists. The active departments, themes and receiving units of the
	 * signed-in person's organisation, in order, for the forms and filters.
	 */
	@GetMapping("/lists")
	PickLists lists() {
		Map<ListKind, List<String>> active = this.lists.active(this.users.current().organisationId());
		return new PickLists(active.get(ListKind.DEPARTMENTS), active.get(ListKind.THEMES),
				active.get(ListKind.RECEIVING_UNITS));
	}

	/**
	 * Read the submission form's custom fields. The signed-in person's organisation's
	 * fields, as the form renders them.
	 */
	@GetMapping("/custom-fields")
	List<FieldSpec> customFields() {
		return this.fields.spec(this.users.current().organisationId());
	}

}

package org.civiclab.idea;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civiclab.lists.CustomFields;
import org.civiclab.lists.ListKind;
import org.civiclab.lists.ManagedLists;

import org.springframework.stereotype.Component;

/**
 * Checks what an idea names against its organisation's lists and custom fields: the
 * department and themes as the lists spell them and the custom fields' values as they are
 * stored, or a 400 naming the field before anything changes.
 */
@Component
class IdeaVocabulary {

	private final ManagedLists lists;

	private final CustomFields fields;

	IdeaVocabulary(ManagedLists lists, CustomFields fields) {
		this.lists = lists;
		this.fields = fields;
	}

	/** An idea's request as its organisation's lists and fields accept it. */
	record Checked(String department, List<String> themes, Map<Long, String> fieldValues) {
	}

	/**
	 * The request as the lists accept it; a value the edited idea already carries (free
	 * text from before the lists, an entry since retired) stays as it is.
	 */
	Checked check(Long organisationId, IdeaRequest request, Idea edited) {
		String department = carried(request.department(),
				(edited != null) ? Collections.singletonList(edited.getDepartment()) : null)
			.orElseGet(() -> this.lists.canonical(organisationId, ListKind.DEPARTMENTS, request.department(),
					"department"));
		List<String> themes = new ArrayList<>();
		for (String theme : request.themes()) {
			themes.add(carried(theme, (edited != null) ? edited.getThemes() : null)
				.orElseGet(() -> this.lists.canonical(organisationId, ListKind.THEMES, theme, "themes")));
		}
		Map<Long, String> values = this.fields.check(organisationId, request.fields());
		return new Checked(department, themes.stream().distinct().toList(), values);
	}

	private static Optional<String> carried(String value, Collection<String> carried) {
		if (value == null || carried == null) {
			return Optional.empty();
		}
		return carried.stream().filter((known) -> known != null && known.equalsIgnoreCase(value.strip())).findFirst();
	}

	void store(Idea idea, Checked checked) {
		this.fields.store(idea.getId(), idea.getOrganisation().getId(), checked.fieldValues());
	}

}

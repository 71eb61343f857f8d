package org.civiclab.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * An organisation's pick-lists as the forms use them: a value is accepted when it names
 * an active entry of the list, regardless of case, and stored as the list spells it. An
 * organisation that keeps no entry of a kind at all takes free text for it.
 */
@Service
public class ManagedLists {

	private final ListEntryRepository entries;

	ManagedLists(ListEntryRepository entries) {
		this.entries = entries;
	}

	/** The names of the active entries of every list of an organisation, in order. */
	@Transactional(readOnly = true)
	public Map<ListKind, List<String>> active(Long organisationId) {
		Map<ListKind, List<String>> lists = new LinkedHashMap<>();
		for (ListKind kind : ListKind.values()) {
			lists.put(kind, new ArrayList<>());
		}
		this.entries.findByOrganisationIdAndRetiredFalseOrderByPositionAscIdAsc(organisationId)
			.forEach((entry) -> lists.get(entry.getKind()).add(entry.getName()));
		return lists;
	}

	/**
	 * The list's spelling of a value, or a 400 naming the field when the list has no
	 * active entry of that name. A blank value stays as it is.
	 */
	@Transactional(readOnly = true)
	public String canonical(Long organisationId, ListKind kind, String value, String field) {
		if (!StringUtils.hasText(value)) {
			return value;
		}
		return this.entries.findByOrganisationIdAndKindAndNameKey(organisationId, kind, ListEntry.key(value))
			.filter((entry) -> !entry.isRetired())
			.map(ListEntry::getName)
			.orElseGet(() -> {
				if (this.entries.existsByOrganisationIdAndKind(organisationId, kind)) {
					throw Problems.invalid(field, "list.not-in-list", value.strip(), kind.label());
				}
				return value.strip();
			});
	}

	/** Each value in the list's spelling, without duplicates; see {@link #canonical}. */
	@Transactional(readOnly = true)
	public List<String> canonical(Long organisationId, ListKind kind, List<String> values, String field) {
		Set<String> names = new LinkedHashSet<>();
		for (String value : values) {
			names.add(canonical(organisationId, kind, value, field));
		}
		return List.copyOf(names);
	}

	/** Adds a name to a list unless it holds it already (the demo's seed). */
	@Transactional
	public void seed(Long organisationId, ListKind kind, String name) {
		if (!StringUtils.hasText(name)
				|| this.entries.findByOrganisationIdAndKindAndNameKey(organisationId, kind, ListEntry.key(name))
					.isPresent()) {
			return;
		}
		int position = this.entries.findByOrganisationIdAndKindOrderByPositionAscIdAsc(organisationId, kind).size();
		this.entries.save(new ListEntry(organisationId, kind, name, position));
	}

}

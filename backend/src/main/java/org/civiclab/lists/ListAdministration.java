package org.civiclab.lists;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.civiclab.audit.AuditLog;
import org.civiclab.people.CurrentUser;
import org.civiclab.web.Problems;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's changes to an organisation's lists: add, rename (what carries the old name
 * takes the new one), reorder, retire or bring back, and delete an entry nothing uses.
 */
@Service
class ListAdministration {

	/** A theme's longest name, as an idea's themes are checked ({@code IdeaRequest}). */
	static final int MAX_THEME = 60;

	private final ListEntryRepository entries;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	ListAdministration(ListEntryRepository entries, NamedParameterJdbcTemplate jdbc, AuditLog audit) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<ListEntryView> entries(Long organisationId, ListKind kind) {
		return this.entries.findByOrganisationIdAndKindOrderByPositionAscIdAsc(organisationId, kind)
			.stream()
			.map((entry) -> ListEntryView.of(entry, uses(entry)))
			.toList();
	}

	@Transactional
	ListEntryView add(Long organisationId, ListKind kind, String name, CurrentUser user) {
		requireFree(organisationId, kind, name, null);
		int position = this.entries.findByOrganisationIdAndKindOrderByPositionAscIdAsc(organisationId, kind).size();
		ListEntry entry = this.entries.save(new ListEntry(organisationId, kind, name, position));
		this.audit.record(user.username(), "LIST_ENTRY_ADDED", "managed_list_entry", entry.getId(), null,
				kind.apiName() + ": " + entry.getName());
		return ListEntryView.of(entry, 0);
	}

	/** Renames, moves, retires or brings back an entry; the others keep their order. */
	@Transactional
	ListEntryView change(Long organisationId, ListKind kind, Long id, ListEntryRequest request, CurrentUser user) {
		ListEntry entry = find(organisationId, kind, id);
		requireFree(organisationId, kind, request.name(), entry.getId());
		String oldName = entry.getName();
		entry.rename(request.name());
		if (!oldName.equals(entry.getName())) {
			carryOver(entry, oldName);
		}
		entry.retire(request.retired());
		if (request.position() != null && request.position() != entry.getPosition()) {
			move(entry, request.position());
		}
		this.audit.record(user.username(), "LIST_ENTRY_CHANGED", "managed_list_entry", id, null,
				kind.apiName() + ": " + oldName + " -> " + entry.getName() + (entry.isRetired() ? " (retired)" : ""));
		return ListEntryView.of(entry, uses(entry));
	}

	/** Deletes an entry nothing carries; one in use is retired instead (409). */
	@Transactional
	void delete(Long organisationId, ListKind kind, Long id, CurrentUser user) {
		ListEntry entry = find(organisationId, kind, id);
		long uses = uses(entry);
		if (uses > 0) {
			throw Problems.conflict("list.entry-in-use", entry.getName(), uses);
		}
		this.entries.delete(entry);
		this.audit.record(user.username(), "LIST_ENTRY_DELETED", "managed_list_entry", id, null,
				kind.apiName() + ": " + entry.getName());
	}

	private ListEntry find(Long organisationId, ListKind kind, Long id) {
		return this.entries.findById(id)
			.filter((entry) -> entry.getOrganisationId().equals(organisationId) && entry.getKind() == kind)
			.orElseThrow(() -> Problems.notFound("list.entry-not-found", kind.label(), id));
	}

	private void requireFree(Long organisationId, ListKind kind, String name, Long self) {
		if (kind == ListKind.THEMES && (!name.strip().matches("[\\p{L}\\p{N} -]+")
				|| name.strip().codePointCount(0, name.strip().length()) > MAX_THEME)) {
			throw Problems.invalid("name", "list.theme-characters", MAX_THEME);
		}
		this.entries.findByOrganisationIdAndKindAndNameKey(organisationId, kind, ListEntry.key(name))
			.filter((other) -> !Objects.equals(other.getId(), self))
			.ifPresent((other) -> {
				throw Problems.invalid("name", other.isRetired() ? "list.name-taken-retired" : "list.name-taken",
						kind.label(), other.getName());
			});
	}

	private void move(ListEntry moved, int position) {
		List<ListEntry> list = new java.util.ArrayList<>(this.entries
			.findByOrganisationIdAndKindOrderByPositionAscIdAsc(moved.getOrganisationId(), moved.getKind()));
		list.remove(moved);
		list.add(Math.max(0, Math.min(position, list.size())), moved);
		for (int i = 0; i < list.size(); i++) {
			list.get(i).moveTo(i);
		}
	}

	/** How many ideas, people and decisions of the organisation carry the entry. */
	private long uses(ListEntry entry) {
		Map<String, Object> parameters = Map.of("organisation", entry.getOrganisationId(), "key", entry.getNameKey());
		String sql = switch (entry.getKind()) {
			case DEPARTMENTS ->
				"""
						select (select count(*) from idea where organisation_id = :organisation and lower(department) = :key)
						     + (select count(*) from person where organisation_id = :organisation and lower(department) = :key)""";
			case THEMES -> """
					select count(*) from idea_theme t join idea i on i.id = t.idea_id
					where i.organisation_id = :organisation and lower(t.theme) = :key""";
			case RECEIVING_UNITS -> """
					select count(*) from idea where organisation_id = :organisation and lower(receiving_unit) = :key""";
		};
		Long count = this.jdbc.queryForObject(sql, parameters, Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * The organisation's ideas and people that carry the old name take the new one; gate
	 * decisions are kept as taken.
	 */
	private void carryOver(ListEntry entry, String oldName) {
		Map<String, Object> parameters = Map.of("organisation", entry.getOrganisationId(), "old",
				ListEntry.key(oldName), "name", entry.getName());
		switch (entry.getKind()) {
			case DEPARTMENTS -> {
				this.jdbc.update("update idea set department = :name where organisation_id = :organisation"
						+ " and lower(department) = :old", parameters);
				this.jdbc.update("update person set department = :name where organisation_id = :organisation"
						+ " and lower(department) = :old", parameters);
			}
			case THEMES -> this.jdbc
				.update("""
						update idea_theme set theme = :name where lower(theme) = :old
						and idea_id in (select id from idea where organisation_id = :organisation)
						and not exists (select 1 from idea_theme o where o.idea_id = idea_theme.idea_id and o.theme = :name)""",
						parameters);
			case RECEIVING_UNITS -> this.jdbc.update("update idea set receiving_unit = :name"
					+ " where organisation_id = :organisation and lower(receiving_unit) = :old", parameters);
		}
	}

}

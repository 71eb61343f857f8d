package org.civiclab;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two municipalities and their people, written into the tables for the read models' slice
 * tests: Norrvik's Anna and Omar (intrapreneurs) and Lena (lab lead); Sjöstad's Sara (an
 * intrapreneur who agreed to be named) and Jonas (lab lead).
 */
public final class Municipalities {

	private final IdeaRows rows;

	private final long norrvik;

	private final long sjostad;

	private final Map<String, CurrentUser> people = new HashMap<>();

	public Municipalities(JdbcTemplate jdbc) {
		this.rows = new IdeaRows(jdbc);
		OffsetDateTime founded = OffsetDateTime.parse("2025-01-01T09:00:00Z");
		this.norrvik = this.rows.organisation("Norrvik municipality", founded);
		this.sjostad = this.rows.organisation("Sjöstad municipality", founded);
		person("anna", "Anna Berg", this.norrvik, false, Role.INTRAPRENEUR);
		person("omar", "Omar Haddad", this.norrvik, false, Role.INTRAPRENEUR);
		person("lena", "Lena Holm", this.norrvik, false, Role.LAB_LEAD);
		person("sara", "Sara Nyström", this.sjostad, true, Role.INTRAPRENEUR);
		person("jonas", "Jonas Ek", this.sjostad, false, Role.LAB_LEAD);
	}

	public IdeaRows rows() {
		return this.rows;
	}

	public long norrvik() {
		return this.norrvik;
	}

	public long sjostad() {
		return this.sjostad;
	}

	/** The person as the read models see their reader. */
	public CurrentUser reader(String username) {
		return this.people.get(username);
	}

	public long id(String username) {
		return reader(username).id();
	}

	/** An idea by this person of their organisation, to be described and written. */
	public IdeaRows.Idea idea(long id, String title, String author) {
		return this.rows.idea(id, "IDEA-2026-" + id, title).by(id(author), reader(author).organisationId());
	}

	private void person(String username, String name, long organisation, boolean consent, Role role) {
		long id = this.rows.person(username, name, organisation, "x", true, consent, role.name());
		this.people.put(username, new CurrentUser(id, username, name, organisation, "Lab", Set.of(role)));
	}

	/**
	 * Adds an intrapreneur of Norrvik's (password {@code demo}) to a running
	 * application's tables, once: a person a test has to itself.
	 */
	public static void addNorrvikPerson(JdbcTemplate jdbc, PasswordEncoder passwords, String username, String name,
			String email, boolean consent) {
		Integer known = jdbc.queryForObject("select count(*) from person where username = ?", Integer.class, username);
		if (known > 0) {
			return;
		}
		jdbc.update(
				"""
						insert into person (username, password_hash, display_name, email, organisation_id, department,
						                    enabled, public_name_consent)
						values (?, ?, ?, ?, (select id from organisation where name = 'Norrvik municipality'), 'Parks', true, ?)""",
				username, passwords.encode(ApiClient.PASSWORD), name, email, consent);
		jdbc.update("insert into person_role (person_id, role) values ((select id from person where username = ?), ?)",
				username, "INTRAPRENEUR");
	}

	/**
	 * Adds a name to a list of every organisation of a running application (the kind as
	 * stored: DEPARTMENTS, THEMES or RECEIVING_UNITS), unless it holds it: a value a test
	 * names that the demo's lists do not hold.
	 */
	public static void addToLists(JdbcTemplate jdbc, String kind, String name) {
		jdbc.update(
				"""
						insert into managed_list_entry (organisation_id, kind, name, name_key, position, retired)
						select o.id, ?, ?, ?, 1000, false from organisation o where not exists (select 1 from managed_list_entry e
						    where e.organisation_id = o.id and e.kind = ? and e.name_key = ?)""",
				kind, name, name.toLowerCase(java.util.Locale.ROOT), kind, name.toLowerCase(java.util.Locale.ROOT));
	}

	/** Takes a name a test added off the lists of every organisation again. */
	public static void removeFromLists(JdbcTemplate jdbc, String kind, String name) {
		jdbc.update("delete from managed_list_entry where kind = ? and name_key = ?", kind,
				name.toLowerCase(java.util.Locale.ROOT));
	}

}

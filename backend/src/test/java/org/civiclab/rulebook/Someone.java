package org.civiclab.rulebook;

import java.util.List;
import java.util.Set;

/**
 * A demo person as the rulebook's test knows them, from the README's table, or nobody
 * signed in.
 */
record Someone(String username, String organisation, Set<String> groups) {

	static final String NORRVIK = "Norrvik municipality";

	static final String SJOSTAD = "Sjöstad municipality";

	static final Someone ANONYMOUS = new Someone(null, null, Set.of());

	/** Every demo person, and nobody signed in. */
	static final List<Someone> EVERYONE = List.of(new Someone("anna", NORRVIK, Set.of("intrapreneur")),
			new Someone("omar", NORRVIK, Set.of("intrapreneur")), new Someone("sara", SJOSTAD, Set.of("intrapreneur")),
			new Someone("lena", NORRVIK, Set.of("lab-lead")), new Someone("jonas", SJOSTAD, Set.of("lab-lead")),
			new Someone("maria", NORRVIK, Set.of("executive")), new Someone("erik", NORRVIK, Set.of("executive")),
			new Someone("sofia", SJOSTAD, Set.of("executive")),
			new Someone("karin", NORRVIK, Set.of("lab-lead", "executive")),
			new Someone("admin", NORRVIK, Set.of("admin")), ANONYMOUS);

	/** Norrvik's people, who own the ideas the test generates. */
	static List<Someone> norrvik() {
		return EVERYONE.stream().filter((someone) -> NORRVIK.equals(someone.organisation())).toList();
	}

	static Someone named(String username) {
		return EVERYONE.stream()
			.filter((someone) -> username.equals(someone.username()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No demo person " + username));
	}

	boolean anonymous() {
		return this.username == null;
	}

	boolean is(String group) {
		return this.groups.contains(group);
	}

	@Override
	public String toString() {
		return anonymous() ? "anonymous" : this.username;
	}

}

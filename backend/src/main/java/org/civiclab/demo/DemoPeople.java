package org.civiclab.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civiclab.people.Organisation;
import org.civiclab.people.OrganisationRepository;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.people.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's organisations and people, one or more for each role; listed in the README.
 */
@Component
class DemoPeople {

	/** Every demo user's password. Demo only: the prod profile loads no demo data. */
	static final String PASSWORD = "demo";

	static final String NORRVIK = "Norrvik municipality";

	static final String SJOSTAD = "Sjöstad municipality";

	record DemoUser(String username, String name, String organisation, String department, Set<Role> roles) {
	}

	/** The demo's one person who consented to be named in the open data. */
	static final String CONSENTING = "sara";

	static final List<DemoUser> USERS = List.of(
			new DemoUser("anna", "Anna Berg", NORRVIK, "Social services", EnumSet.of(Role.INTRAPRENEUR)),
			new DemoUser("omar", "Omar Haddad", NORRVIK, "Education", EnumSet.of(Role.INTRAPRENEUR)),
			new DemoUser("sara", "Sara Nyström", SJOSTAD, "Digital services", EnumSet.of(Role.INTRAPRENEUR)),
			new DemoUser("lena", "Lena Holm", NORRVIK, "Innovation lab", EnumSet.of(Role.LAB_LEAD)),
			new DemoUser("jonas", "Jonas Ek", SJOSTAD, "Innovation lab", EnumSet.of(Role.LAB_LEAD)),
			new DemoUser("maria", "Maria Sandberg", NORRVIK, "City management", EnumSet.of(Role.EXECUTIVE)),
			new DemoUser("erik", "Erik Lund", NORRVIK, "City management", EnumSet.of(Role.EXECUTIVE)),
			new DemoUser("sofia", "Sofia Lind", SJOSTAD, "City management", EnumSet.of(Role.EXECUTIVE)),
			new DemoUser("karin", "Karin Dahl", NORRVIK, "Innovation lab", EnumSet.of(Role.LAB_LEAD, Role.EXECUTIVE)),
			new DemoUser("admin", "Alex Admin", NORRVIK, "IT", EnumSet.of(Role.ADMIN)),
			new DemoUser("per", "Per Admin", SJOSTAD, "IT", EnumSet.of(Role.ADMIN)),
			new DemoUser("regina", "Regina Öberg", NORRVIK, "Regional cooperation", EnumSet.of(Role.REGION_ADMIN)));

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	private final PasswordEncoder passwords;

	DemoPeople(OrganisationRepository organisations, PersonRepository people, PasswordEncoder passwords) {
		this.organisations = organisations;
		this.people = people;
		this.passwords = passwords;
	}

	@Transactional
	void create() {
		Map<String, Organisation> byName = List.of(NORRVIK, SJOSTAD)
			.stream()
			.map((name) -> this.organisations.save(new Organisation(name)))
			.collect(Collectors.toMap(Organisation::getName, Function.identity()));
		String hash = this.passwords.encode(PASSWORD);
		for (DemoUser user : USERS) {
			Person person = new Person(user.username(), hash, user.name(), byName.get(user.organisation()),
					user.department(), user.roles());
			person.setEmail(user.username() + "@" + user.organisation().split(" ")[0].toLowerCase() + ".example");
			// One person of the demo agreed to be named in the public portfolio
			// (docs/adr/0019).
			person.setPublicNameConsent(CONSENTING.equals(user.username()));
			this.people.save(person);
		}
	}

}

package org.civiclab.idea;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.idea.IdeaPolicy.View;
import org.civiclab.idea.IdeaPolicyTests.Person;
import org.civiclab.idea.IdeaPolicyTests.State;
import org.civiclab.people.CurrentUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL twin of the rulebook says what {@link IdeaPolicy} says: for every state of an
 * idea's life, private and public, submitted by Anna or by Karin, and every kind of
 * reader, {@link IdeaVisibility}'s predicates select exactly the ideas the policy lets
 * the reader see, and see in full. On the application's own schema (Flyway), on H2 or,
 * with {@code -Ppostgres}, PostgreSQL.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class IdeaVisibilityTests {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("civiclab.data-dir", () -> dataDir.resolve("visibility").toString());
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	private final Map<Person, Long> people = new HashMap<>();

	private final Map<Long, Facts> ideas = new LinkedHashMap<>();

	@BeforeEach
	void everyKindOfIdea() {
		long norrvik = organisation("Norrvik");
		long sjostad = organisation("Sjöstad");
		for (Person person : Person.values()) {
			if (person != Person.ANONYMOUS) {
				this.people.put(person,
						person(person.user().username(), (person.user().organisationId() == 1) ? norrvik : sjostad));
			}
		}
		long id = 1000;
		for (State state : State.values()) {
			for (Sharing sharing : Sharing.values()) {
				for (Person submitter : new Person[] { Person.SUBMITTER, Person.LAB_LEAD_EXECUTIVE_SUBMITTER }) {
					Facts facts = state.facts(sharing, submitter);
					idea(++id, norrvik, facts);
					this.ideas.put(id,
							new Facts(1L, facts.submitter(), facts.coAuthors(), facts.stage(), facts.submitted(),
									facts.screened(), facts.sharing(), facts.ended(), facts.scaleProposer()));
				}
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Person.class)
	void thePredicatesSelectWhatThePolicySays(Person person) {
		CurrentUser reader = reader(person);

		Map<String, Object> parameters = new HashMap<>();
		Set<Long> visible = ids(IdeaVisibility.visible("i", reader, parameters), parameters);
		Set<Long> full = ids(IdeaVisibility.full("i", reader, parameters), parameters);
		Set<Long> published = ids(IdeaVisibility.published("i"), parameters);
		Set<Long> shared = ids(IdeaVisibility.shared("i", reader), parameters);

		assertThat(visible).as("the ideas %s may see", person).isEqualTo(expected(person, null));
		assertThat(full).as("the ideas %s sees in full", person).isEqualTo(expected(person, View.FULL));
		assertThat(published).as("the public ideas").isEqualTo(expected(Person.ANONYMOUS, View.SHARED));
		assertThat(shared).as("the ideas published to %s", person)
			.containsAll(expected(person, View.SHARED))
			.isEqualTo(publishedTo(reader));
	}

	/** The ideas the policy gives the person this view of, or any view if null. */
	private Set<Long> expected(Person person, View view) {
		Set<Long> expected = new HashSet<>();
		CurrentUser policyReader = person.user();
		this.ideas.forEach((id, facts) -> IdeaPolicy.view(policyReader, facts)
			.filter((given) -> view == null || given == view)
			.ifPresent((given) -> expected.add(id)));
		return expected;
	}

	/** The ideas the policy publishes to the reader, whatever their organisation. */
	private Set<Long> publishedTo(CurrentUser reader) {
		Set<Long> expected = new HashSet<>();
		this.ideas.forEach((id, facts) -> {
			if (reader.isAnonymous() ? IdeaPolicy.isPublic(facts) : IdeaPolicy.isPublished(facts)) {
				expected.add(id);
			}
		});
		return expected;
	}

	/** The person as the database knows them: their row's id. */
	private CurrentUser reader(Person person) {
		CurrentUser user = person.user();
		return user.isAnonymous() ? user : new CurrentUser(this.people.get(person), user.username(), user.displayName(),
				organisationIdOf(person), null, user.roles());
	}

	private Long organisationIdOf(Person person) {
		return this.jdbc.queryForObject("select organisation_id from person where username = ?", Long.class,
				person.user().username());
	}

	private Set<Long> ids(String predicate, Map<String, Object> parameters) {
		return new HashSet<>(this.named.queryForList("select i.id from idea i where i.id > 1000 and " + predicate,
				parameters, Long.class));
	}

	private long organisation(String name) {
		this.jdbc.update("insert into organisation (name, created_at) values (?, ?)", name, now());
		return this.jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
	}

	private long person(String username, long organisation) {
		this.jdbc.update("insert into person (username, password_hash, display_name, organisation_id, enabled)"
				+ " values (?, 'x', ?, ?, true)", username, username, organisation);
		return this.jdbc.queryForObject("select id from person where username = ?", Long.class, username);
	}

	private void idea(long id, long organisation, Facts facts) {
		this.jdbc.update("""
				insert into idea (id, reference, title, problem, proposal, organisation_id, entry_route, submitter_id,
				                  sharing, stage, stage_entered_at, created_at, submitted_at, screened_at,
				                  ended_at, scale_proposed_by, version)
				values (?, ?, 'An idea', 'A problem', 'A proposal', ?, 'IDEA_DRIVEN',
				        (select id from person where username = ?), ?, ?, ?, ?, ?, ?, ?, ?, 0)""", id,
				"IDEA-TEST-" + id, organisation, facts.submitter(), facts.sharing().name(), facts.stage(), now(), now(),
				facts.submitted() ? now() : null, facts.screened() ? now() : null, facts.ended() ? now() : null,
				facts.scaleProposer());
		for (String coAuthor : facts.coAuthors()) {
			this.jdbc.update("insert into idea_co_author (idea_id, person_id)"
					+ " values (?, (select id from person where username = ?))", id, coAuthor);
		}
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

}

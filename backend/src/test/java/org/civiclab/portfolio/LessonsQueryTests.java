package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.civiclab.IdeaRows;
import org.civiclab.Municipalities;
import org.civiclab.ReadModelTest;
import org.civiclab.portfolio.LessonsQuery.LessonsPage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which stopped ideas the lessons library finds for its reader, by a word and by theme,
 * newest stop first, a page at a time; and where a stop's rationale, the organisation's
 * own, is shown and searched. Read from rows written straight into the tables.
 */
@ReadModelTest
class LessonsQueryTests {

	private static final OffsetDateTime MARCH = OffsetDateTime.parse("2026-03-01T09:00:00Z");

	@Autowired
	private LessonsQuery query;

	@Autowired
	private JdbcTemplate jdbc;

	private Municipalities towns;

	@BeforeEach
	void stoppedAndRunningIdeas() {
		this.towns = new Municipalities(this.jdbc);
		IdeaRows rows = this.towns.rows();
		stopped(1, "E-bikes for home care", "anna", 10).theme("mobility").write();
		stop(1, "The batteries froze in January", "We learned that cold batteries need a heated shed.");
		rows.experiment(1, "A winter of e-bikes", new BigDecimal("5000"), new BigDecimal("6000"), MARCH);
		stopped(2, "Bike sharing at the ferry", "sara", 20).publicIdea().screenedAt(MARCH).theme("mobility").write();
		stop(2, "The supplier went bankrupt", "We learned that riders want shelters at the quay.");
		stopped(3, "Tiny houses on the school field", "sara", 15).theme("housing").write();
		stop(3, "The neighbours objected", "We learned to ask the neighbours first.");
		stopped(4, "Public, stopped, never screened", "sara", 25).publicIdea().theme("mobility").write();
		stop(4, "Stopped before the rule", "We learned something.");
		this.towns.idea(5, "Still testing the cargo bikes", "omar")
			.submittedAt(MARCH)
			.stage("test", MARCH)
			.theme("mobility")
			.write();
		this.towns.idea(6, "A draft about batteries", "anna")
			.stage("withdrawn", MARCH)
			.endedAt(MARCH)
			.theme("drafts")
			.write();
	}

	@Test
	void aReaderFindsTheirOrganisationsStopsAndOtherOrganisationsPublishedOnesNewestFirst() {
		LessonsPage omars = this.query.search(null, null, 0, 20, this.towns.reader("omar"));
		LessonsPage jonass = this.query.search(null, null, 0, 20, this.towns.reader("jonas"));

		assertThat(omars.total()).isEqualTo(2);
		assertThat(omars.lessons()).extracting(LessonEntry::title)
			.containsExactly("Bike sharing at the ferry", "E-bikes for home care");
		assertThat(jonass.lessons()).extracting(LessonEntry::title)
			.containsExactly("Public, stopped, never screened", "Bike sharing at the ferry",
					"Tiny houses on the school field");
	}

	@Test
	void aStopsRationaleIsShownOnlyInsideItsOrganisationAndItsLearningCardToAll() {
		List<LessonEntry> omars = this.query.search(null, null, 0, 20, this.towns.reader("omar")).lessons();

		LessonEntry sjostads = omars.get(0);
		LessonEntry own = omars.get(1);
		assertThat(own.reason()).isEqualTo("The batteries froze in January");
		assertThat(own.stoppedAtGate()).isEqualTo("TEST");
		assertThat(own.organisation()).isEqualTo("Norrvik municipality");
		assertThat(own.themes()).containsExactly("mobility");
		assertThat(own.experiments()).extracting(IdeaRecords.ExperimentRecord::title)
			.containsExactly("A winter of e-bikes");
		assertThat(sjostads.reason()).as("Sjöstad's deliberation stays in Sjöstad").isNull();
		assertThat(sjostads.learningCard().learned()).isEqualTo("We learned that riders want shelters at the quay.");
	}

	@Test
	void aWordIsFoundInWhatTheReaderMaySeeAndAThemeNarrowsIt() {
		assertThat(titles("FROZE", null, "omar")).containsExactly("E-bikes for home care");
		assertThat(titles("shelters", null, "omar")).containsExactly("Bike sharing at the ferry");
		assertThat(titles("bankrupt", null, "omar")).as("another organisation's rationale is not searched").isEmpty();
		assertThat(titles("bankrupt", null, "jonas")).containsExactly("Bike sharing at the ferry");
		assertThat(titles("batteries", null, "anna")).as("not the draft, not the running test")
			.containsExactly("E-bikes for home care");
		assertThat(titles(null, "mobility", "omar")).hasSize(2);
		assertThat(titles(null, "housing", "omar")).isEmpty();
		assertThat(titles(null, "housing", "jonas")).containsExactly("Tiny houses on the school field");
		assertThat(titles("froze", "housing", "omar")).isEmpty();
	}

	@Test
	void aThemeMatchesRegardlessOfCase() {
		assertThat(titles(null, "MOBILITY", "omar")).hasSize(2);
		assertThat(titles(null, " Housing ", "jonas")).containsExactly("Tiny houses on the school field");
	}

	@Test
	void theThemesAreThoseOfTheLessonsTheReaderMaySee() {
		assertThat(this.query.themes(this.towns.reader("omar"))).containsExactly("mobility");
		assertThat(this.query.themes(this.towns.reader("jonas"))).containsExactly("housing", "mobility");
	}

	@Test
	void theLessonsAreReadAPageAtATime() {
		LessonsPage first = this.query.search(null, null, 0, 1, this.towns.reader("omar"));
		LessonsPage second = this.query.search(null, null, 1, 1, this.towns.reader("omar"));

		assertThat(first.total()).isEqualTo(2);
		assertThat(second.total()).isEqualTo(2);
		assertThat(first.lessons()).extracting(LessonEntry::title).containsExactly("Bike sharing at the ferry");
		assertThat(second.lessons()).extracting(LessonEntry::title).containsExactly("E-bikes for home care");
		assertThat(second.page()).isOne();
		assertThat(second.size()).isOne();
	}

	private IdeaRows.Idea stopped(long id, String title, String author, int dayOfMarch) {
		OffsetDateTime ended = MARCH.withDayOfMonth(dayOfMarch);
		return this.towns.idea(id, title, author)
			.submittedAt(MARCH.minusMonths(2))
			.stage("stopped", ended)
			.endedAt(ended);
	}

	private void stop(long idea, String rationale, String learned) {
		this.towns.rows().decision(idea, "TEST", "KILL", rationale, this.towns.id("lena"), MARCH, learned);
	}

	private List<String> titles(String text, String theme, String reader) {
		return this.query.search(text, theme, 0, 20, this.towns.reader(reader))
			.lessons()
			.stream()
			.map(LessonEntry::title)
			.toList();
	}

}

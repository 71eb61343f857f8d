package org.civiclab.board;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.civiclab.Municipalities;
import org.civiclab.ReadModelTest;
import org.civiclab.board.BoardQuery.BoardPage;
import org.civiclab.idea.IdeaPolicy.View;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which cards a column of the board holds for its reader, in which view, filtered and a
 * page at a time, read from rows written straight into the tables.
 */
@ReadModelTest
class BoardQueryTests {

	private static final BoardFilter ALL = new BoardFilter(null, null, null, null, null, null, null);

	private static final OffsetDateTime MARCH = OffsetDateTime.parse("2026-03-01T09:00:00Z");

	@Autowired
	private BoardQuery query;

	@Autowired
	private JdbcTemplate jdbc;

	private Municipalities towns;

	@BeforeEach
	void ideasOfBothMunicipalities() {
		this.towns = new Municipalities(this.jdbc);
		submitted(1, "Norrvik's private idea", "anna", "screening").department("Parks").theme("water").write();
		submitted(2, "Norrvik's public idea, not yet screened", "anna", "screening").publicIdea()
			.department("Streets")
			.theme("roads")
			.write();
		submitted(3, "Sjöstad's published idea", "sara", "plan").publicIdea().screenedAt(MARCH).write();
		submitted(4, "Sjöstad's public idea, not yet screened", "sara", "screening").publicIdea().write();
		submitted(5, "Sjöstad's private idea", "sara", "plan").screenedAt(MARCH).write();
		submitted(6, "Sjöstad's published idea, withdrawn", "sara", "withdrawn").publicIdea()
			.screenedAt(MARCH)
			.endedAt(MARCH.plusDays(5))
			.write();
		this.towns.idea(7, "Anna's public draft, withdrawn", "anna")
			.publicIdea()
			.stage("withdrawn", MARCH)
			.endedAt(MARCH)
			.write();
		this.towns.idea(8, "Omar's draft with Anna, withdrawn", "omar")
			.coAuthor(this.towns.id("anna"))
			.stage("withdrawn", MARCH)
			.endedAt(MARCH)
			.write();
		submitted(9, "Norrvik's withdrawn idea", "omar", "withdrawn").endedAt(MARCH.plusDays(5)).write();
		submitted(10, "Sjöstad's published idea by Jonas", "jonas", "plan").sharing("REGION").screenedAt(MARCH).write();
		this.towns.idea(11, "Anna's draft", "anna").write();
	}

	@Test
	void aReaderSeesTheirOrganisationsSubmittedIdeasAndOtherOrganisationsPublishedOnes() {
		assertThat(titles("screening", "omar")).containsExactly("Norrvik's private idea",
				"Norrvik's public idea, not yet screened");
		assertThat(titles("plan", "omar")).containsExactly("Sjöstad's published idea",
				"Sjöstad's published idea by Jonas");
		assertThat(titles("screening", "sara")).containsExactly("Sjöstad's public idea, not yet screened");
		assertThat(titles("plan", "sara")).containsExactly("Sjöstad's published idea", "Sjöstad's private idea",
				"Sjöstad's published idea by Jonas");
		assertThat(titles("draft", "omar")).as("a draft is on nobody's board but its authors'").isEmpty();
		assertThat(titles("draft", "anna")).containsExactly("Anna's draft");
	}

	@Test
	void aDraftWithdrawnBeforeItWasSubmittedStaysItsAuthorsAlone() {
		assertThat(titles("withdrawn", "anna")).containsExactly("Anna's public draft, withdrawn",
				"Omar's draft with Anna, withdrawn", "Norrvik's withdrawn idea");
		assertThat(titles("withdrawn", "omar")).containsExactly("Omar's draft with Anna, withdrawn",
				"Norrvik's withdrawn idea");
		assertThat(titles("withdrawn", "lena")).containsExactly("Norrvik's withdrawn idea");
		assertThat(titles("withdrawn", "jonas")).as("a withdrawn idea is no longer published, a draft never was")
			.containsExactly("Sjöstad's published idea, withdrawn");
		assertThat(page("withdrawn", ALL, "lena", 0, 20).total()).isOne();
	}

	@Test
	void anotherOrganisationsPublishedIdeaIsACardOfTheSharedViewNamingOnlyWhoAgreed() {
		BoardPage omars = page("plan", ALL, "omar", 0, 20);
		BoardPage saras = page("plan", ALL, "sara", 0, 20);

		BoardCard published = omars.cards().get(0);
		assertThat(published.view()).isEqualTo(View.SHARED);
		assertThat(published.owner()).isEqualTo("sara");
		assertThat(published.ownerName()).isEqualTo("Sara Nyström");
		assertThat(published.organisation()).isEqualTo("Sjöstad municipality");
		assertThat(published.supports()).isNull();
		assertThat(published.version()).isNull();
		assertThat(published.timeBox()).isNull();
		BoardCard unnamed = omars.cards().get(1);
		assertThat(unnamed.owner()).as("Jonas did not agree to be named").isNull();
		assertThat(unnamed.ownerName()).isNull();
		assertThat(omars.fullView()).as("nothing omar may act on").isEmpty();
		assertThat(saras.cards()).extracting(BoardCard::view).containsOnly(View.FULL);
		assertThat(saras.cards()).extracting(BoardCard::version).doesNotContainNull();
		assertThat(saras.fullView()).containsOnlyKeys(3L, 5L, 10L);
		assertThat(saras.fullView().get(3L).submitter()).isEqualTo("sara");
	}

	@Test
	void aCardInTheFullViewCountsItsSupport() {
		support(1, "omar");
		support(1, "lena");

		BoardCard card = page("screening", ALL, "lena", 0, 20).cards().get(0);

		assertThat(card.title()).isEqualTo("Norrvik's private idea");
		assertThat(card.view()).isEqualTo(View.FULL);
		assertThat(card.supports()).isEqualTo(2);
		assertThat(card.ownerName()).as("a colleague's name is shown inside the organisation").isEqualTo("Anna Berg");
	}

	@Test
	void theFiltersCombine() {
		long norrvik = this.towns.norrvik();

		assertThat(titles("screening", "lena", new BoardFilter(null, "Parks", null, null, null, null, null)))
			.containsExactly("Norrvik's private idea");
		assertThat(titles("screening", "lena", new BoardFilter(null, null, "roads", null, null, null, null)))
			.containsExactly("Norrvik's public idea, not yet screened");
		assertThat(titles("plan", "omar", new BoardFilter(norrvik, null, null, null, null, null, null))).isEmpty();
		assertThat(titles("plan", "omar", new BoardFilter(this.towns.sjostad(), null, null, "jonas", null, null, null)))
			.containsExactly("Sjöstad's published idea by Jonas");
		assertThat(titles("screening", "lena", new BoardFilter(null, null, null, null, "PRIVATE", null, null)))
			.containsExactly("Norrvik's private idea");
		assertThat(titles("screening", "lena", new BoardFilter(null, null, null, null, "idea-2026-2", null, null)))
			.as("by reference")
			.containsExactly("Norrvik's public idea, not yet screened");
		assertThat(titles("screening", "lena", new BoardFilter(null, null, null, null, "%", null, null)))
			.as("% is a character")
			.isEmpty();
		assertThat(titles("screening", "lena", new BoardFilter(null, "Parks", "roads", null, null, null, null)))
			.isEmpty();
	}

	@Test
	void theOwnerFilterFindsTheSubmitterByUsernameOrAnyPartOfTheirName() {
		for (String owner : List.of("anna", "Anna Berg", "berg", " ANNA ")) {
			assertThat(titles("screening", "lena", owner(owner))).as(owner)
				.containsExactly("Norrvik's private idea", "Norrvik's public idea, not yet screened");
		}
		assertThat(titles("screening", "lena", owner("Berg Anna"))).isEmpty();
		assertThat(titles("screening", "lena", owner("%"))).as("% is a character").isEmpty();
		assertThat(titles("plan", "omar", owner("Nyström"))).as("Sara agreed to be named")
			.containsExactly("Sjöstad's published idea");
		assertThat(titles("plan", "omar", owner("Jonas Ek")))
			.as("the name of an owner the card does not show finds nothing")
			.isEmpty();
		assertThat(titles("plan", "sara", owner("Jonas Ek"))).as("inside his organisation")
			.containsExactly("Sjöstad's published idea by Jonas");
	}

	private static BoardFilter owner(String owner) {
		return new BoardFilter(null, null, null, owner, null, null, null);
	}

	@Test
	void departmentAndThemeMatchRegardlessOfCase() {
		assertThat(titles("screening", "lena", new BoardFilter(null, "PARKS", null, null, null, null, null)))
			.containsExactly("Norrvik's private idea");
		assertThat(titles("screening", "lena", new BoardFilter(null, null, " Roads ", null, null, null, null)))
			.containsExactly("Norrvik's public idea, not yet screened");
	}

	@Test
	void aCustomFieldFiltersOnItsValueRegardlessOfCase() {
		this.jdbc.update("insert into custom_field (id, organisation_id, label, type, required, position)"
				+ " values (901, ?, 'Cost centre', 'TEXT', false, 0)", this.towns.norrvik());
		this.jdbc.update("insert into idea_field_value (idea_id, field_id, field_value) values (2, 901, 'CC-42')");

		assertThat(titles("screening", "lena", new BoardFilter(null, null, null, null, null, 901L, "cc-42")))
			.containsExactly("Norrvik's public idea, not yet screened");
		assertThat(titles("screening", "lena", new BoardFilter(null, null, null, null, null, 901L, "CC-4"))).isEmpty();
	}

	@Test
	void aColumnIsReadAPageAtATimeOldestFirst() {
		submitted(21, "Third in screening", "omar", "screening").stage("screening", MARCH.minusDays(1)).write();
		submitted(22, "First in screening", "omar", "screening").stage("screening", MARCH.minusDays(9)).write();

		BoardPage first = page("screening", ALL, "lena", 0, 2);
		BoardPage second = page("screening", ALL, "lena", 1, 2);
		BoardPage beyond = page("screening", ALL, "lena", 2, 2);

		assertThat(first.total()).isEqualTo(4);
		assertThat(first.cards()).extracting(BoardCard::title)
			.containsExactly("First in screening", "Third in screening");
		assertThat(second.total()).isEqualTo(4);
		assertThat(second.cards()).extracting(BoardCard::title)
			.as("the same moment: by id")
			.containsExactly("Norrvik's private idea", "Norrvik's public idea, not yet screened");
		assertThat(beyond.cards()).isEmpty();
		assertThat(first.cards().get(0).daysInStage()).isGreaterThanOrEqualTo(9);
	}

	@Test
	void theBoardCountsAllItsColumnsInOneStatementAndReadsAPageForEach() {
		List<String> statements = new ArrayList<>();
		NamedParameterJdbcTemplate counting = new NamedParameterJdbcTemplate(this.jdbc) {
			@Override
			protected PreparedStatementCreator getPreparedStatementCreator(String sql, SqlParameterSource parameters) {
				statements.add(sql);
				return super.getPreparedStatementCreator(sql, parameters);
			}
		};

		List<BoardPage> pages = new BoardQuery(counting).pages(List.of("screening", "plan", "withdrawn", "scaled"), ALL,
				this.towns.reader("lena"), 0, 20);

		assertThat(pages).extracting(BoardPage::total).containsExactly(2L, 2L, 1L, 0L);
		assertThat(pages.get(1).cards()).extracting(BoardCard::title)
			.containsExactly("Sjöstad's published idea", "Sjöstad's published idea by Jonas");
		assertThat(statements).as("a page per column, one count and one read of co-authors for all of them")
			.hasSize(4 + 2);
	}

	private org.civiclab.IdeaRows.Idea submitted(long id, String title, String author, String stage) {
		return this.towns.idea(id, title, author).submittedAt(MARCH).stage(stage, MARCH);
	}

	private void support(long idea, String username) {
		this.jdbc.update("insert into idea_support (idea_id, person_id, created_at) values (?, ?, ?)", idea,
				this.towns.id(username), MARCH);
	}

	private BoardPage page(String stage, BoardFilter filter, String reader, int page, int size) {
		return this.query.pages(List.of(stage), filter, this.towns.reader(reader), page, size).get(0);
	}

	private List<String> titles(String stage, String reader) {
		return titles(stage, reader, ALL);
	}

	private List<String> titles(String stage, String reader, BoardFilter filter) {
		return page(stage, filter, reader, 0, 100).cards().stream().map(BoardCard::title).toList();
	}

}

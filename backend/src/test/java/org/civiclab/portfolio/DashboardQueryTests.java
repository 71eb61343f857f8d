package org.civiclab.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.civiclab.IdeaRows;
import org.civiclab.Municipalities;
import org.civiclab.ReadModelTest;
import org.civiclab.portfolio.Dashboard.Adoptions;
import org.civiclab.portfolio.DashboardQuery.CohortIdea;
import org.civiclab.portfolio.DashboardQuery.DecisionRow;
import org.civiclab.portfolio.DashboardQuery.Origin;
import org.civiclab.portfolio.DashboardQuery.Records;
import org.civiclab.portfolio.DashboardQuery.StageEvent;
import org.civiclab.portfolio.DashboardQuery.TargetRow;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Which ideas' records the dashboard reads for its reader: the ideas of their own
 * organisation submitted in the period (the figures show budgets and stop reasons), never
 * another organisation's, never a draft; narrowed by organisation, department and theme;
 * with where each was adopted from and how often others adopted it. Read from rows
 * written straight into the tables.
 */
@ReadModelTest
class DashboardQueryTests {

	private static final DashboardFilter FIRST_HALF = filter(null, null, null);

	@Autowired
	private DashboardQuery query;

	@Autowired
	private JdbcTemplate jdbc;

	private Municipalities towns;

	@BeforeEach
	void ideasInAndAroundThePeriod() {
		this.towns = new Municipalities(this.jdbc);
		IdeaRows rows = this.towns.rows();
		long lena = this.towns.id("lena");
		submitted(1, "Stopped in January", "anna", "2026-01-05T09:00:00Z", "stopped").department("Parks")
			.theme("water")
			.costs(new BigDecimal("10000"), null)
			.write();
		rows.stageEntered(1, "screening", at("2026-01-05T09:00:00Z"));
		rows.stageEntered(1, "stopped", at("2026-01-20T09:00:00Z"));
		rows.decision(1, "SCREENING", "GO", "Worth a test", lena, at("2026-01-09T09:00:00Z"), null);
		rows.decision(1, "TEST", "KILL", "Nobody used it", lena, at("2026-01-20T09:00:00Z"), "We learned");
		rows.experiment(1, "A test", new BigDecimal("5000"), new BigDecimal("6000"), at("2026-01-09T09:00:00Z"));
		rows.target(1, "Days waiting", new BigDecimal("100"), new BigDecimal("50"), at("2026-01-09T09:00:00Z"),
				List.of("2026-03-01 70", "2026-02-01 90"), lena);
		submitted(2, "Planned in February", "omar", "2026-02-10T09:00:00Z", "plan").department("Streets")
			.theme("roads")
			.write();
		submitted(3, "Submitted before the period", "anna", "2025-12-31T23:59:59Z", "plan").write();
		submitted(4, "Submitted on its last day", "anna", "2026-06-30T23:59:00Z", "screening").write();
		submitted(5, "Sjöstad's published idea", "sara", "2026-02-01T09:00:00Z", "plan").publicIdea()
			.screenedAt(at("2026-02-03T09:00:00Z"))
			.theme("water")
			.write();
		rows.decision(5, "SCREENING", "GO", "Sjöstad's reasons", this.towns.id("jonas"), at("2026-02-03T09:00:00Z"),
				null);
		this.towns.idea(6, "Anna's draft", "anna").createdAt(at("2026-02-01T09:00:00Z")).write();
		this.towns.idea(7, "Lena's draft, withdrawn", "lena")
			.createdAt(at("2026-02-01T09:00:00Z"))
			.stage("withdrawn", at("2026-02-02T09:00:00Z"))
			.endedAt(at("2026-02-02T09:00:00Z"))
			.write();
		submitted(8, "Withdrawn in March", "omar", "2026-03-01T09:00:00Z", "withdrawn").write();
	}

	@Test
	void theCohortIsTheReadersOrganisationsIdeasSubmittedInThePeriod() {
		Records records = this.query.read(FIRST_HALF, this.towns.reader("lena"));

		assertThat(records.ideas()).extracting(CohortIdea::title)
			.containsExactly("Stopped in January", "Planned in February", "Submitted on its last day",
					"Withdrawn in March");
		assertThat(this.query.read(FIRST_HALF, this.towns.reader("jonas")).ideas()).extracting(CohortIdea::title)
			.containsExactly("Sjöstad's published idea");
		assertThat(this.query.read(filter(this.towns.norrvik(), null, null), this.towns.reader("jonas")).ideas())
			.as("another organisation's ideas, published or not, are not its dashboard's")
			.isEmpty();
	}

	@Test
	void theRecordsAreThoseOfTheCohortsIdeasInOrder() {
		Records records = this.query.read(FIRST_HALF, this.towns.reader("lena"));

		CohortIdea stopped = records.ideas().get(0);
		assertThat(stopped.stage()).isEqualTo("stopped");
		assertThat(stopped.estimatedCost()).isEqualByComparingTo("10000");
		assertThat(records.events()).extracting(StageEvent::stage).containsExactly("screening", "stopped");
		assertThat(records.decisions()).extracting(DecisionRow::gate, DecisionRow::outcome, DecisionRow::rationale)
			.containsExactly(tuple("SCREENING", "GO", "Worth a test"), tuple("TEST", "KILL", "Nobody used it"));
		assertThat(records.experiments()).singleElement()
			.satisfies((experiment) -> assertThat(experiment.costSpent()).isEqualByComparingTo("6000"));
		TargetRow target = records.targets().get(0);
		assertThat(target.latest()).as("the latest measurement by its date").isEqualByComparingTo("70");
		assertThat(target.baseline()).isEqualByComparingTo("100");
	}

	@Test
	void theFiltersNarrowTheCohort() {
		assertThat(titles(filter(null, "Parks", null), "lena")).containsExactly("Stopped in January");
		assertThat(titles(filter(null, null, "roads"), "lena")).containsExactly("Planned in February");
		assertThat(titles(filter(null, null, "water"), "lena")).containsExactly("Stopped in January");
		assertThat(titles(filter(this.towns.sjostad(), null, null), "lena")).isEmpty();
		assertThat(titles(
				new DashboardFilter(null, null, null, LocalDate.parse("2025-12-31"), LocalDate.parse("2025-12-31")),
				"lena"))
			.containsExactly("Submitted before the period");
		assertThat(titles(filter(this.towns.norrvik(), "Parks", "roads"), "lena")).isEmpty();
	}

	@Test
	void departmentAndThemeMatchRegardlessOfCase() {
		assertThat(titles(filter(null, "pARKS", null), "lena")).containsExactly("Stopped in January");
		assertThat(titles(filter(null, null, "Roads"), "lena")).containsExactly("Planned in February");
	}

	@Test
	void adoptionsAreTheCohortsIdeasAdoptedFromOtherPilotsAndTheTimesItsOwnWereAdopted() {
		adoptions();

		Records norrvik = this.query.read(FIRST_HALF, this.towns.reader("lena"));

		assertThat(norrvik.ideas()).filteredOn((idea) -> idea.origin() != null || idea.adoptions() > 0)
			.extracting(CohortIdea::title, CohortIdea::origin, CohortIdea::ended, CohortIdea::adoptions)
			.containsExactly(tuple("Stopped in January", null, false, 2L),
					tuple("Adopted and scaled", Origin.THIS_INSTALLATION, true, 1L),
					tuple("Adopted from another installation, stopped", Origin.OTHER_INSTALLATION, true, 0L),
					tuple("Adopted, in test", Origin.THIS_INSTALLATION, false, 0L));
		assertThat(AdoptionFigures.of(norrvik.ideas()))
			.as("a reuse without an origin is no adoption; a draft adoption and one before the period do not count")
			.usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(new Adoptions(3, 1, 1, 1, 1, new BigDecimal("55000"), 2, 3));
		assertThat(AdoptionFigures.of(this.query.read(FIRST_HALF, this.towns.reader("jonas")).ideas()))
			.as("Sjöstad's pilot adopted three times by Norrvik, whose ideas Sjöstad does not see: counted only")
			.usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(new Adoptions(3, 0, 0, 1, 2, BigDecimal.ZERO, 1, 3));
		assertThat(AdoptionFigures.of(this.query.read(filter(null, "Parks", null), this.towns.reader("lena")).ideas()))
			.as("narrowed to Parks: only idea 1, adopted twice")
			.usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(new Adoptions(0, 0, 0, 0, 0, BigDecimal.ZERO, 1, 2));
	}

	/**
	 * Norrvik adopts Sjöstad's published idea (5) three times and another installation's
	 * pilot once; Sjöstad adopts Norrvik's idea 1 twice and one of Norrvik's adoptions
	 * once.
	 */
	private void adoptions() {
		submitted(10, "Adopted and scaled", "anna", "2026-02-15T09:00:00Z", "scaled").adoptedFrom(5)
			.endedAt(at("2026-05-01T09:00:00Z"))
			.costs(new BigDecimal("40000"), new BigDecimal("90000"))
			.write();
		submitted(11, "Adopted from another installation, stopped", "omar", "2026-03-02T09:00:00Z", "stopped")
			.adoptedFrom("https://civiclab.example.org/api/open/ideas/IDEA-2025-0003")
			.endedAt(at("2026-04-01T09:00:00Z"))
			.costs(new BigDecimal("15000"), null)
			.write();
		submitted(12, "Adopted, in test", "anna", "2026-03-03T09:00:00Z", "test").adoptedFrom(5).write();
		submitted(13, "Reuse without an origin", "anna", "2026-03-04T09:00:00Z", "plan").entryRoute("REUSE")
			.costs(new BigDecimal("7000"), null)
			.write();
		submitted(14, "Adopted before the period", "anna", "2025-12-01T09:00:00Z", "plan").adoptedFrom(5)
			.costs(new BigDecimal("3000"), null)
			.write();
		submitted(20, "Sjöstad's adoption of idea 1", "sara", "2026-02-20T09:00:00Z", "plan").adoptedFrom(1).write();
		submitted(21, "Sjöstad's second adoption of idea 1", "sara", "2026-06-20T09:00:00Z", "withdrawn").adoptedFrom(1)
			.endedAt(at("2026-06-21T09:00:00Z"))
			.write();
		this.towns.idea(22, "Sjöstad's draft adoption of idea 1", "sara")
			.createdAt(at("2026-03-01T09:00:00Z"))
			.adoptedFrom(1)
			.write();
		submitted(23, "Sjöstad's adoption of an adoption", "sara", "2026-05-20T09:00:00Z", "screening").adoptedFrom(10)
			.write();
	}

	private IdeaRows.Idea submitted(long id, String title, String author, String submittedAt, String stage) {
		return this.towns.idea(id, title, author)
			.createdAt(at(submittedAt))
			.submittedAt(at(submittedAt))
			.stage(stage, at(submittedAt));
	}

	private List<String> titles(DashboardFilter filter, String reader) {
		return this.query.read(filter, this.towns.reader(reader)).ideas().stream().map(CohortIdea::title).toList();
	}

	private static DashboardFilter filter(Long organisation, String department, String theme) {
		return new DashboardFilter(organisation, department, theme, LocalDate.parse("2026-01-01"),
				LocalDate.parse("2026-06-30"));
	}

	private static OffsetDateTime at(String instant) {
		return OffsetDateTime.parse(instant);
	}

}

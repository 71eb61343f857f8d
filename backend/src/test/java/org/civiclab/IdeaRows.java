package org.civiclab;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes ideas and their records straight into the tables, with the dates a test needs:
 * for the read models' slice tests and the dashboard's known figures. What the
 * {@link IdeaDriver} does over HTTP, it does in SQL, so it checks no rule: the rows are
 * what the test says they are.
 */
public final class IdeaRows {

	private final JdbcTemplate jdbc;

	public IdeaRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new organisation; answers its id. */
	public long organisation(String name, OffsetDateTime createdAt) {
		this.jdbc.update("insert into organisation (name, created_at) values (?, ?)", name, createdAt);
		return this.jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
	}

	/**
	 * A new person of an organisation with these roles; answers their id.
	 * @param passwordHash a BCrypt hash for someone who signs in, else anything
	 * @param enabled whether they may sign in
	 */
	public long person(String username, String displayName, long organisation, String passwordHash, boolean enabled,
			boolean publicNameConsent, String... roles) {
		this.jdbc.update("""
				insert into person (username, password_hash, display_name, email, organisation_id, department, enabled,
				                    public_name_consent) values (?, ?, ?, null, ?, 'Lab', ?, ?)""", username,
				passwordHash, displayName, organisation, enabled, publicNameConsent);
		long id = this.jdbc.queryForObject("select id from person where username = ?", Long.class, username);
		for (String role : roles) {
			this.jdbc.update("insert into person_role (person_id, role) values (?, ?)", id, role);
		}
		return id;
	}

	/** An idea with this id, reference and title, to be described and then written. */
	public Idea idea(long id, String reference, String title) {
		return new Idea(id, reference, title);
	}

	/** The idea entered this stage at this time, as the engine's audit event says. */
	public void stageEntered(long idea, String stage, OffsetDateTime at) {
		this.jdbc.update("""
				insert into audit_event (occurred_at, actor, action, record_type, record_id, idea_id, details)
				values (?, 'system', 'STAGE_ENTERED', 'idea', ?, ?, ?)""", at, idea, idea, stage);
	}

	/** A gate decision, taken as a lab lead, with an optional learning card. */
	public void decision(long idea, String gate, String outcome, String rationale, long decidedBy, OffsetDateTime at,
			String learned) {
		this.jdbc.update("""
				insert into gate_decision (idea_id, gate, outcome, rationale, decided_by_id, decided_as, decided_at,
				                           learning_believed, learning_observed, learning_learned, learning_therefore)
				values (?, ?, ?, ?, ?, 'LAB_LEAD', ?, ?, ?, ?, ?)""", idea, gate, outcome, rationale, decidedBy, at,
				(learned != null) ? "We believed" : null, (learned != null) ? "We observed" : null, learned,
				(learned != null) ? "Therefore" : null);
	}

	/** A completed experiment with its budget cap and, if known, what it cost. */
	public void experiment(long idea, String title, BigDecimal budgetCap, BigDecimal costSpent,
			OffsetDateTime createdAt) {
		this.jdbc.update("""
				insert into experiment (idea_id, title, hypothesis, test_description, metric, criterion, time_box_days,
				                        budget_cap, status, cost_spent, created_at, version)
				values (?, ?, 'We believe', 'We will', 'We measure', 'We are right if', 30, ?, 'COMPLETED', ?, ?, 0)""",
				idea, title, budgetCap, costSpent, createdAt);
	}

	/**
	 * An impact target and its measurements ({@code "2026-05-01 60"}), recorded by this
	 * person.
	 */
	public void target(long idea, String metric, BigDecimal baseline, BigDecimal target, OffsetDateTime createdAt,
			List<String> measurements, long recordedBy) {
		this.jdbc.update("""
				insert into impact_target (idea_id, metric, unit, baseline, target, created_at)
				values (?, ?, 'count', ?, ?, ?)""", idea, metric, baseline, target, createdAt);
		long targetId = this.jdbc.queryForObject("select max(id) from impact_target where idea_id = ?", Long.class,
				idea);
		for (String measurement : measurements) {
			String[] dateAndValue = measurement.split(" ");
			this.jdbc.update("""
					insert into benefit_measurement (impact_target_id, measured_on, measured_value, recorded_by_id,
					                                 recorded_at) values (?, ?, ?, ?, ?)""", targetId,
					LocalDate.parse(dateAndValue[0]), new BigDecimal(dateAndValue[1]), recordedBy,
					OffsetDateTime.now());
		}
	}

	/**
	 * An idea row as the test describes it: by default a private draft written now, with
	 * no department, themes, costs or co-authors.
	 */
	public final class Idea {

		private final long id;

		private final String reference;

		private final String title;

		private String problem = "A problem";

		private String proposal = "A proposal";

		private long organisation;

		private long submitter;

		private String department;

		private final List<String> themes = new ArrayList<>();

		private final List<Long> coAuthors = new ArrayList<>();

		private String sharing = "ORGANISATION";

		private String stage = "draft";

		private OffsetDateTime createdAt = OffsetDateTime.now();

		private OffsetDateTime stageEnteredAt;

		private OffsetDateTime submittedAt;

		private OffsetDateTime screenedAt;

		private OffsetDateTime endedAt;

		private BigDecimal estimatedCost;

		private BigDecimal budget;

		private String entryRoute = "IDEA_DRIVEN";

		private Long originId;

		private String originUrl;

		private Idea(long id, String reference, String title) {
			this.id = id;
			this.reference = reference;
			this.title = title;
		}

		/** Written by this person of this organisation. */
		public Idea by(long submitter, long organisation) {
			this.submitter = submitter;
			this.organisation = organisation;
			return this;
		}

		public Idea coAuthor(long person) {
			this.coAuthors.add(person);
			return this;
		}

		public Idea text(String problem, String proposal) {
			this.problem = problem;
			this.proposal = proposal;
			return this;
		}

		public Idea department(String department) {
			this.department = department;
			return this;
		}

		public Idea theme(String theme) {
			this.themes.add(theme);
			return this;
		}

		public Idea publicIdea() {
			return sharing("PUBLIC");
		}

		/** Shared this far: ORGANISATION, REGION or PUBLIC. */
		public Idea sharing(String sharing) {
			this.sharing = sharing;
			return this;
		}

		public Idea createdAt(OffsetDateTime createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/** Now in this stage, since then. */
		public Idea stage(String stage, OffsetDateTime since) {
			this.stage = stage;
			this.stageEnteredAt = since;
			return this;
		}

		public Idea submittedAt(OffsetDateTime submittedAt) {
			this.submittedAt = submittedAt;
			return this;
		}

		/** Screened with a Go then: a public idea is published from then on. */
		public Idea screenedAt(OffsetDateTime screenedAt) {
			this.screenedAt = screenedAt;
			return this;
		}

		public Idea endedAt(OffsetDateTime endedAt) {
			this.endedAt = endedAt;
			return this;
		}

		public Idea costs(BigDecimal estimatedCost, BigDecimal budget) {
			this.estimatedCost = estimatedCost;
			this.budget = budget;
			return this;
		}

		/** Adopted from this idea of this installation: entry route reuse. */
		public Idea adoptedFrom(long origin) {
			this.entryRoute = "REUSE";
			this.originId = origin;
			return this;
		}

		/**
		 * Adopted from another installation's pilot at this address: entry route reuse.
		 */
		public Idea adoptedFrom(String originUrl) {
			this.entryRoute = "REUSE";
			this.originUrl = originUrl;
			return this;
		}

		/** Came in by this entry route, with no origin. */
		public Idea entryRoute(String entryRoute) {
			this.entryRoute = entryRoute;
			return this;
		}

		/** Writes the idea, its themes and co-authors; answers its id. */
		public long write() {
			IdeaRows.this.jdbc.update(
					"""
							insert into idea (id, reference, title, problem, proposal, organisation_id, department, entry_route,
							                  estimated_cost, submitter_id, sharing, stage, stage_entered_at, budget, created_at,
							                  submitted_at, screened_at, ended_at, origin_id, origin_url, version)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
					this.id, this.reference, this.title, this.problem, this.proposal, this.organisation,
					this.department, this.entryRoute, this.estimatedCost, this.submitter, this.sharing, this.stage,
					(this.stageEnteredAt != null) ? this.stageEnteredAt : this.createdAt, this.budget, this.createdAt,
					this.submittedAt, this.screenedAt, this.endedAt, this.originId, this.originUrl);
			this.themes.forEach((theme) -> IdeaRows.this.jdbc
				.update("insert into idea_theme (idea_id, theme) values (?, ?)", this.id, theme));
			this.coAuthors.forEach((person) -> IdeaRows.this.jdbc
				.update("insert into idea_co_author (idea_id, person_id) values (?, ?)", this.id, person));
			return this.id;
		}

	}

}

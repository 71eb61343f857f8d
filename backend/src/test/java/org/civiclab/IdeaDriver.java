package org.civiclab;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.checklist;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.learningCard;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.scores;

/**
 * Takes an idea to any stage over HTTP, as the people of one organisation do: its author
 * writes and submits it, its lab lead screens, plans and tests it, its executive decides
 * on scaling. The one way the tests drive ideas:
 *
 * <pre>
 * DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Benches").publicIdea(false).to(Stage.TEST);
 * idea.to(Stage.SCALE_DECISION);
 * </pre>
 *
 * Each step checks that the idea is where the last one left it, from the last answer that
 * showed the idea or by reading it for its version: no more requests than a test would
 * send by hand.
 */
public final class IdeaDriver {

	/** Where an idea can be driven to; {@link #column} is its stage in the API. */
	public enum Stage {

		/** Written, never submitted. */
		DRAFT("draft", 0),
		/** Submitted, waiting for the lab lead's screening. */
		SCREENING("screening", 1),
		/**
		 * Sent back by screening (Recycle): the authors' revision, in the screening
		 * column.
		 */
		REVISION("screening", 1),
		/** Screened with a Go: a public idea is published from here on. */
		PLAN("plan", 2),
		/** Its plan approved, with a test card and a time box. */
		TEST("test", 3),
		/** Proposed for scaling by a Go at the test gate. */
		SCALE_DECISION("scale-decision", 4),
		/** An executive's Go to scale. */
		SCALING("scaling", 5),
		/** Adopted: the end of the main path. */
		SCALED("scaled", 6),
		/** Its test failed and was stopped with a learning card. */
		STOPPED("stopped", 3),
		/** Killed at screening. */
		DECLINED("declined", 1),
		/** Put on hold at screening, until a wake-up date a month away. */
		SHELF("shelf", 1),
		/** Withdrawn by its author from wherever it was (a draft too). */
		WITHDRAWN("withdrawn", -1);

		private final String column;

		/** Where on the main path the stage is, or branches off it. */
		private final int rank;

		Stage(String column, int rank) {
			this.column = column;
			this.rank = rank;
		}

		/** The idea's stage as the API and the board name it. */
		public String column() {
			return this.column;
		}

		/** Whether the idea passed screening with a Go: a public one is published. */
		public boolean isPastScreening() {
			return this.rank >= PLAN.rank && this != WITHDRAWN;
		}

		private boolean onMainPath() {
			return this == DRAFT || this == SCREENING || this == PLAN || this == TEST || this == SCALE_DECISION
					|| this == SCALING || this == SCALED;
		}

		/** Whether the driver can take an idea in this stage on to {@code target}. */
		private boolean reaches(Stage target) {
			if (this == SCALED || this == STOPPED || this == DECLINED || this == WITHDRAWN) {
				return false;
			}
			if (target == WITHDRAWN) {
				return true;
			}
			if (this == SHELF) {
				return false;
			}
			if (this == REVISION) {
				return target == SCREENING || SCREENING.reaches(target);
			}
			return target.onMainPath() ? target.rank > this.rank : target.rank >= this.rank;
		}

	}

	/**
	 * Who of an organisation takes its ideas through: the author who writes them, the lab
	 * lead who screens, plans and tests, the executive who decides on scaling.
	 */
	public record People(String author, String labLead, String executive) {

		public static final People NORRVIK = new People("anna", "lena", "maria");

		public static final People SJOSTAD = new People("sara", "jonas", "sofia");

	}

	private static final String LEARNED = "We learned that nobody used it.";

	private final Function<String, ApiClient> clients;

	private final People people;

	public IdeaDriver(Function<String, ApiClient> clients, People people) {
		this.clients = clients;
		this.people = people;
	}

	/** Anna's ideas, screened and tested by Lena, scaled by Maria. */
	public static IdeaDriver norrvik(Function<String, ApiClient> clients) {
		return new IdeaDriver(clients, People.NORRVIK);
	}

	/** Sara's ideas, screened and tested by Jonas, scaled by Sofia. */
	public static IdeaDriver sjostad(Function<String, ApiClient> clients) {
		return new IdeaDriver(clients, People.SJOSTAD);
	}

	/** A new idea with this title; say how it is to be written, then where it goes. */
	public NewIdea idea(String title) {
		return new NewIdea(title);
	}

	public ApiClient author() {
		return this.clients.apply(this.people.author());
	}

	public ApiClient labLead() {
		return this.clients.apply(this.people.labLead());
	}

	public ApiClient executive() {
		return this.clients.apply(this.people.executive());
	}

	/** A complete decision to scale: budget, receiving unit and checklist. */
	public static ObjectNode scaleGo(long version) {
		return decision("SCALE", "GO", version).put("budget", 100000)
			.put("receivingUnit", "Contact centre")
			.set("checklist", checklist(true));
	}

	/** A decision to approve a plan, with a time box ending in a month. */
	public static ObjectNode planGo(long version) {
		return decision("PLAN", "GO", version).put("timeBoxEndsAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
	}

	/**
	 * How a new idea is written ({@link ApiClient#newIdea}, public unless told) and who
	 * takes it through.
	 */
	public final class NewIdea {

		private final ObjectNode body;

		private String author = IdeaDriver.this.people.author();

		private final List<String> coAuthors = new ArrayList<>();

		private String proposer = IdeaDriver.this.people.labLead();

		private boolean testCard;

		private boolean impactTarget;

		private boolean region;

		private String learned = LEARNED;

		private NewIdea(String title) {
			this.body = newIdea(title);
		}

		public NewIdea publicIdea(boolean publicIdea) {
			this.body.put("publicIdea", publicIdea);
			return this;
		}

		/**
		 * Shared with the region, not the public: its lab lead shares it as soon as it is
		 * submitted.
		 */
		public NewIdea sharedWithRegion() {
			this.region = true;
			return publicIdea(false);
		}

		/** Its only theme. */
		public NewIdea theme(String theme) {
			this.body.putArray("themes").add(theme);
			return this;
		}

		/** Written and submitted by this person instead of the organisation's author. */
		public NewIdea by(String author) {
			this.author = author;
			return this;
		}

		/** Co-authored by these colleagues, named while it is a draft. */
		public NewIdea coAuthoredBy(String... usernames) {
			this.coAuthors.addAll(List.of(usernames));
			return this;
		}

		/** Proposed for scaling (the Go at the test gate) by this lab lead. */
		public NewIdea scaleProposedBy(String labLead) {
			this.proposer = labLead;
			return this;
		}

		/**
		 * A test card recorded as soon as it is in plan; without, one is recorded only
		 * when the plan is approved.
		 */
		public NewIdea withTestCard() {
			this.testCard = true;
			return this;
		}

		/** An impact target recorded as soon as it is in plan. */
		public NewIdea withImpactTarget() {
			this.impactTarget = true;
			return this;
		}

		/** What its failed test taught, on its way to Stopped. */
		public NewIdea learning(String learned) {
			this.learned = learned;
			return this;
		}

		/** Writes the idea and takes it to this stage. */
		public DrivenIdea to(Stage stage) {
			return new DrivenIdea(this).to(stage);
		}

	}

	/** An idea the driver wrote, where it left it, and what it recorded on the way. */
	public final class DrivenIdea {

		private final NewIdea options;

		private final long id;

		private final String reference;

		private final String title;

		private final Map<Stage, Long> versions = new EnumMap<>(Stage.class);

		private Stage stage = Stage.DRAFT;

		/**
		 * The idea as the last answer showed it, while nothing changed it since; null
		 * after a decision or a record, whose answers do not show the idea.
		 */
		private JsonNode known;

		private Long experimentId;

		private long experimentVersion;

		private Long targetId;

		private Long firstDecisionId;

		private DrivenIdea(NewIdea options) {
			this.options = options;
			ApiClient author = author();
			JsonNode draft = author.post("/api/ideas", options.body).expect(201);
			this.id = draft.path("id").asLong();
			this.reference = draft.path("reference").asText();
			this.title = draft.path("title").asText();
			this.known = draft;
			if (!options.coAuthors.isEmpty()) {
				ObjectNode request = ApiClient.version(draft.path("version").asLong());
				options.coAuthors.forEach(request.putArray("coAuthors")::add);
				this.known = author.put("/api/ideas/{id}/co-authors", request, this.id).expect(200);
			}
		}

		public long id() {
			return this.id;
		}

		public String reference() {
			return this.reference;
		}

		public String title() {
			return this.title;
		}

		/** Where the driver left it. */
		public Stage stage() {
			return this.stage;
		}

		/** Its test card, once recorded. */
		public Long experimentId() {
			return this.experimentId;
		}

		/** Its impact target, once recorded. */
		public Long targetId() {
			return this.targetId;
		}

		/** Its first gate decision, once taken. */
		public Long firstDecisionId() {
			return this.firstDecisionId;
		}

		/** The idea as its author sees it now. */
		public JsonNode read() {
			return author().idea(this.id);
		}

		/** Its version now. */
		public long version() {
			return read().path("version").asLong();
		}

		/**
		 * The version it had in this stage when the driver last saw it there: after a
		 * submission, or before the decision that took it on.
		 */
		public long versionIn(Stage stage) {
			Long version = this.versions.get(stage);
			assertThat(version).as("the version of %s seen in %s", this.reference, stage).isNotNull();
			return version;
		}

		/**
		 * Takes the idea from where it is to this stage, along the main path or the
		 * branch to it. Each step first checks that the idea is where the last one left
		 * it (from the last answer, or by reading it); so does the end, where an answer
		 * shows it.
		 */
		public DrivenIdea to(Stage target) {
			if (this.stage != target && !this.stage.reaches(target)) {
				throw new IllegalArgumentException(
						"The driver cannot take " + this.reference + " from " + this.stage + " to " + target);
			}
			while (this.stage != target) {
				step(target);
			}
			if (this.known != null) {
				seen(this.known);
			}
			return this;
		}

		private void step(Stage target) {
			if (this.stage == Stage.PLAN && target != Stage.WITHDRAWN && this.experimentId == null) {
				testCard();
			}
			long version = current();
			if (target == Stage.WITHDRAWN) {
				answered(author().post("/api/ideas/{id}/withdraw", ApiClient.version(version), this.id).expect(200),
						Stage.WITHDRAWN);
				return;
			}
			switch (this.stage) {
				case DRAFT -> {
					answered(author().post("/api/ideas/{id}/submit", ApiClient.version(version), this.id).expect(200),
							Stage.SCREENING);
					if (this.options.region) {
						answered(labLead()
							.put("/api/ideas/{id}/sharing", ApiClient.version(current()).put("sharing", "REGION"),
									this.id)
							.expect(200), Stage.SCREENING);
					}
				}
				case REVISION ->
					answered(author().post("/api/ideas/{id}/resubmit", ApiClient.version(version), this.id).expect(200),
							Stage.SCREENING);
				case SCREENING -> screen(target, version);
				case PLAN -> decide(labLead(), planGo(version), Stage.TEST);
				case TEST -> {
					if (target == Stage.STOPPED) {
						stop();
					}
					else {
						decide(client(this.options.proposer), decision("TEST", "GO", version), Stage.SCALE_DECISION);
					}
				}
				case SCALE_DECISION -> decide(executive(), scaleGo(version), Stage.SCALING);
				case SCALING -> decide(labLead(), decision("ADOPTION", "GO", version), Stage.SCALED);
				default -> throw new IllegalStateException("No step from " + this.stage);
			}
		}

		private void screen(Stage target, long version) {
			switch (target) {
				case REVISION -> decide(labLead(),
						decision("SCREENING", "RECYCLE", version).set("scores", scores(4, 4, 4, 4)), Stage.REVISION);
				case DECLINED -> decide(labLead(),
						decision("SCREENING", "KILL", version).set("scores", scores(1, 1, 1, 1)), Stage.DECLINED);
				case SHELF -> decide(labLead(),
						decision("SCREENING", "HOLD", version)
							.put("wakeUpAt", Instant.now().plus(30, ChronoUnit.DAYS).toString())
							.set("scores", scores(4, 4, 4, 4)),
						Stage.SHELF);
				default -> {
					decide(labLead(), decision("SCREENING", "GO", version).set("scores", scores(4, 4, 4, 4)),
							Stage.PLAN);
					if (this.options.testCard) {
						testCard();
					}
					if (this.options.impactTarget) {
						this.targetId = labLead()
							.post("/api/ideas/{id}/impact-targets",
									object().put("metric", "Bookings online")
										.put("unit", "%")
										.put("baseline", 10)
										.put("target", 40),
									this.id)
							.expect(201)
							.path("id")
							.asLong();
					}
				}
			}
		}

		/** Its test's result (invalidated, with what it taught), then a stop. */
		private void stop() {
			ApiClient labLead = labLead();
			labLead
				.post("/api/experiments/{id}/result",
						object().put("result", "Hardly anyone used it")
							.put("outcome", "INVALIDATED")
							.put("costSpent", 18_500)
							.put("version", this.experimentVersion)
							.set("learningCard", learningCard(this.options.learned)),
						this.experimentId)
				.expect(200);
			this.known = null;
			ObjectNode kill = decision("TEST", "KILL", current()).set("learningCard",
					learningCard("We learned that the stop is the result: " + this.options.learned));
			kill.putArray("experimentIds").add(this.experimentId);
			decide(labLead, kill, Stage.STOPPED);
		}

		private void testCard() {
			JsonNode card = labLead().addTestCard(this.id, "A test card for " + this.title);
			this.experimentId = card.path("id").asLong();
			this.experimentVersion = card.path("version").asLong();
			this.known = null;
		}

		private void decide(ApiClient decider, ObjectNode decision, Stage next) {
			JsonNode taken = decider.decide(this.id, decision);
			if (this.firstDecisionId == null) {
				this.firstDecisionId = taken.path("id").asLong();
			}
			this.stage = next;
			this.known = null;
		}

		/** An answer that shows the idea, now in this stage. */
		private void answered(JsonNode idea, Stage next) {
			this.stage = next;
			this.known = idea;
		}

		/**
		 * Checks that the idea is where the driver left it, reading it unless an answer
		 * showed it since it last changed; answers its version.
		 */
		private long current() {
			return seen((this.known != null) ? this.known : read());
		}

		private long seen(JsonNode idea) {
			assertThat(idea.path("stage").asText()).as("stage of %s", this.reference).isEqualTo(this.stage.column());
			long version = idea.path("version").asLong();
			this.versions.put(this.stage, version);
			this.known = idea;
			return version;
		}

		private ApiClient author() {
			return client(this.options.author);
		}

	}

	private ApiClient client(String username) {
		return this.clients.apply(username);
	}

}

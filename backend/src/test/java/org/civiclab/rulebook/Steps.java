package org.civiclab.rulebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civiclab.ApiClient;
import org.civiclab.rulebook.Life.Reach;
import org.civiclab.rulebook.Life.Where;

import static org.civiclab.ApiClient.checklist;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.learningCard;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.scores;
import static org.civiclab.ApiClient.version;

/**
 * The steps of a generated life, each taken over the API by someone who may take it, as
 * the test's own {@link Life} says; after each, the {@link Life} is where the model says
 * the idea now is. A step nobody may take is not offered.
 */
final class Steps {

	private static final List<String> OUTCOMES = List.of("GO", "GO", "GO", "KILL", "HOLD", "RECYCLE");

	/** Colleagues a submitter may name as co-authors. */
	/** Colleagues a lab lead may name as reviewers, less the idea's authors. */
	private static final List<String> REVIEWERS = List.of("omar", "erik", "maria", "karin", "lena");

	private static final List<String> COLLEAGUES = List.of("omar", "lena", "karin", "maria", "erik", "anna");

	private final Function<String, ApiClient> people;

	private final Function<Long, Boolean> wakeUp;

	private final Life life;

	private final long id;

	private final String title;

	private final String theme;

	Steps(Function<String, ApiClient> people, Function<Long, Boolean> wakeUp, Life life, JsonNode draft, String title,
			String theme) {
		this.people = people;
		this.wakeUp = wakeUp;
		this.life = life;
		this.id = draft.path("id").asLong();
		this.title = title;
		this.theme = theme;
	}

	/**
	 * A step that can be taken now: its name, for the report, how often it is picked
	 * among the others (lives should go far: withdrawing and talking are rarer than
	 * moving on), and what it does.
	 */
	record Step(String name, int weight, Runnable take) {
	}

	/** The step this choice picks among those possible now, by their weights. */
	static Step pick(List<Step> possible, int choice) {
		int total = possible.stream().mapToInt(Step::weight).sum();
		int left = choice % total;
		for (Step step : possible) {
			left -= step.weight();
			if (left < 0) {
				return step;
			}
		}
		throw new IllegalStateException("No step picked");
	}

	/** The steps that can be taken now; {@code choice} picks who and how. */
	List<Step> possible(int choice) {
		List<Step> steps = new ArrayList<>();
		Where where = this.life.where;
		boolean editable = where == Where.DRAFT || where == Where.REVISION;
		if (where == Where.DRAFT) {
			steps.add(new Step("submit", 6, () -> submit(author(choice))));
		}
		if (editable) {
			boolean isPublic = this.life.reach == Reach.PUBLIC;
			steps.add(new Step("author makes it " + (isPublic ? "private" : "public"), 2,
					() -> makePublic(author(choice), !isPublic)));
			steps.add(new Step("name co-authors", 2, () -> nameCoAuthors(choice / 13)));
		}
		if (this.life.submitted && where != Where.WITHDRAWN) {
			Reach reach = Reach.values()[(choice / 7) % Reach.values().length];
			steps.add(new Step("lab lead shares it with " + reach, 2, () -> share(reach)));
		}
		if (where == Where.REVISION) {
			steps.add(new Step("resubmit", 6, () -> resubmit(author(choice))));
		}
		if (!where.ended()) {
			steps.add(new Step("withdraw", 1, () -> withdraw(author(choice))));
		}
		if (where.shelf()) {
			steps.add(new Step("wake up", 6, this::wakeUp));
		}
		if (this.life.submitted) {
			steps.add(new Step("comment", 1, () -> comment(choice)));
		}
		if (this.life.published()) {
			steps.add(new Step("jonas of Sjöstad comments across organisations", 1, this::commentAcross));
		}
		List<Someone> assigners = this.life.mayAssignPanel();
		if (!assigners.isEmpty()) {
			Someone assigner = assigners.get((choice / 5) % assigners.size());
			steps.add(new Step(assigner + " assigns a panel", 6, () -> assignPanel(assigner, choice / 11)));
		}
		for (String reviewer : this.life.panel) {
			if (where == Where.SCREENING && this.life.reviewsDue(Someone.named(reviewer))) {
				steps.add(new Step("a reviewer reviews", 6, () -> review(reviewer, choice)));
			}
		}
		List<Someone> deciders = this.life.whoMayPass();
		if (where.gate != null && !where.gate.equals("REVISION") && !deciders.isEmpty()) {
			Someone decider = deciders.get((choice / 3) % deciders.size());
			String outcome = outcome(where.gate, choice / 17);
			steps.add(new Step(decider + " " + where.gate + " " + outcome, 8, () -> decide(decider, outcome)));
		}
		return steps;
	}

	private String author(int choice) {
		List<String> authors = new ArrayList<>(List.of(this.life.submitter));
		authors.addAll(this.life.coAuthors);
		return authors.get(choice % authors.size());
	}

	/** Go half the time, so that lives reach the scale decision and beyond. */
	private static String outcome(String gate, int choice) {
		return (gate.equals("PLAN") || gate.equals("ADOPTION")) ? "GO" : OUTCOMES.get(choice % OUTCOMES.size());
	}

	private void submit(String author) {
		this.people.apply(author).post("/api/ideas/{id}/submit", version(currentVersion()), this.id).expect(200);
		this.life.submitted = true;
		this.life.where = Where.SCREENING;
	}

	/**
	 * The author asks for the public portfolio or takes the idea off it (to its
	 * organisation only); sharing with the region is the lab lead's.
	 */
	private void makePublic(String author, boolean makePublic) {
		ObjectNode idea = newIdea(this.title).put("publicIdea", makePublic).put("version", currentVersion());
		idea.putArray("themes").add(this.theme);
		this.people.apply(author).put("/api/ideas/{id}", idea, this.id).expect(200);
		if (makePublic) {
			this.life.reach = Reach.PUBLIC;
		}
		else if (this.life.reach == Reach.PUBLIC) {
			this.life.reach = Reach.ORGANISATION;
		}
	}

	/** Norrvik's lab lead shares the idea this far. */
	private void share(Reach reach) {
		this.people.apply("lena")
			.put("/api/ideas/{id}/sharing", version(currentVersion()).put("sharing", reach.name()), this.id)
			.expect(200);
		this.life.reach = reach;
	}

	private void nameCoAuthors(int choice) {
		List<String> named = new ArrayList<>();
		List<String> candidates = COLLEAGUES.stream().filter((name) -> !name.equals(this.life.submitter)).toList();
		for (int bit = 0; bit < candidates.size(); bit++) {
			if ((choice >> bit & 1) == 1) {
				named.add(candidates.get(bit));
			}
		}
		ObjectNode request = version(currentVersion());
		named.forEach(request.putArray("coAuthors")::add);
		if (named.isEmpty()) {
			request.putArray("coAuthors");
		}
		this.people.apply(this.life.submitter).put("/api/ideas/{id}/co-authors", request, this.id).expect(200);
		this.life.coAuthors.clear();
		this.life.coAuthors.addAll(named);
	}

	private void resubmit(String author) {
		this.people.apply(author).post("/api/ideas/{id}/resubmit", version(currentVersion()), this.id).expect(200);
		this.life.where = Where.SCREENING;
	}

	private void withdraw(String author) {
		this.people.apply(author).post("/api/ideas/{id}/withdraw", version(currentVersion()), this.id).expect(200);
		this.life.where = Where.WITHDRAWN;
		this.life.closePanel();
	}

	/**
	 * A lab lead names one to three reviewers of Norrvik who did not write the idea
	 * (docs/adr/0039).
	 */
	private void assignPanel(Someone assigner, int choice) {
		List<String> candidates = REVIEWERS.stream()
			.filter((name) -> !this.life.isAuthor(Someone.named(name)))
			.toList();
		List<String> named = new ArrayList<>();
		for (int bit = 0; bit < candidates.size() && named.size() < 3; bit++) {
			if ((choice >> bit & 1) == 1) {
				named.add(candidates.get(bit));
			}
		}
		if (named.isEmpty()) {
			named.add(candidates.get(choice % candidates.size()));
		}
		ObjectNode request = version(currentVersion()).put("dueDays", 7);
		named.forEach(request.putArray("reviewers")::add);
		this.people.apply(assigner.username()).put("/api/ideas/{id}/panel", request, this.id).expect(200);
		this.life.panelOpen = true;
		this.life.panel.addAll(named);
		this.life.everReviewers.addAll(named);
	}

	private void review(String reviewer, int choice) {
		String note = "Private note " + (this.life.notes.values().stream().mapToInt(List::size).sum() + 1) + " of "
				+ reviewer + " on " + this.title;
		ObjectNode request = object().put("notes", note);
		request.set("scores", scores(1 + choice % 5, 1 + choice / 5 % 5, 3, 4));
		this.people.apply(reviewer).put("/api/ideas/{id}/reviews/mine", request, this.id).expect(200);
		this.life.reviewed.add(reviewer);
		this.life.notes.computeIfAbsent(reviewer, (who) -> new ArrayList<>()).add(note);
		if (this.life.reviewed.containsAll(this.life.panel)) {
			// Every review is in: the model's panel ends, its reviews wait for the
			// decision.
			this.life.panel.clear();
			this.life.reviewed.clear();
		}
	}

	private void wakeUp() {
		if (!this.wakeUp.apply(this.id)) {
			throw new AssertionError("No wake-up timer waits for idea " + this.id + " on the " + this.life.where);
		}
		this.life.where = switch (this.life.where) {
			case SHELF_FROM_SCREENING -> Where.SCREENING;
			case SHELF_FROM_TEST -> Where.TEST;
			default -> Where.SCALE_DECISION;
		};
	}

	private void comment(int choice) {
		List<Someone> members = Someone.norrvik();
		Someone author = members.get(choice % members.size());
		this.people.apply(author.username())
			.post("/api/ideas/{id}/comments", object().put("body", "Internal note " + (this.life.comments + 1)),
					this.id)
			.expect(201);
		this.life.comments++;
	}

	private void commentAcross() {
		this.people.apply("jonas")
			.post("/api/ideas/{id}/region-comments",
					object().put("body", "From Sjöstad " + (this.life.regionComments + 1)), this.id)
			.expect(201);
		this.life.regionComments++;
	}

	private void decide(Someone decider, String outcome) {
		ApiClient client = this.people.apply(decider.username());
		String gate = this.life.where.gate;
		if (gate.equals("PLAN") && !this.life.hasTestCard) {
			client.addTestCard(this.id, "A test card for " + this.title);
			this.life.hasTestCard = true;
		}
		client.decide(this.id, request(gate, outcome));
		this.life.where = next(gate, outcome);
		this.life.closePanel();
		if (gate.equals("SCREENING") && outcome.equals("GO")) {
			this.life.screened = true;
		}
		if (gate.equals("TEST") && outcome.equals("GO")) {
			this.life.proposer = decider.username();
		}
	}

	private ObjectNode request(String gate, String outcome) {
		ObjectNode request = decision(gate, outcome, currentVersion());
		Instant inAMonth = Instant.now().plus(30, ChronoUnit.DAYS);
		if (gate.equals("SCREENING")) {
			request.set("scores", scores(4, 4, 3, 3));
		}
		if (outcome.equals("KILL") && (gate.equals("TEST") || gate.equals("SCALE"))) {
			request.set("learningCard", learningCard("We learned what the rulebook keeps inside"));
		}
		if (gate.equals("SCALE") && outcome.equals("GO")) {
			request.put("budget", new BigDecimal("90000"))
				.put("receivingUnit", "Contact centre")
				.set("checklist", checklist(true));
		}
		if (outcome.equals("HOLD")) {
			request.put("wakeUpAt", inAMonth.toString());
		}
		if ((gate.equals("PLAN") && outcome.equals("GO")) || (gate.equals("SCALE") && outcome.equals("RECYCLE"))) {
			request.put("timeBoxEndsAt", inAMonth.toString());
		}
		if (gate.equals("TEST") && outcome.equals("HOLD")) {
			request.put("timeBoxEndsAt", inAMonth.plus(30, ChronoUnit.DAYS).toString());
		}
		return request;
	}

	private static final Map<String, Where> NEXT = Map.ofEntries(Map.entry("SCREENING GO", Where.PLAN),
			Map.entry("SCREENING KILL", Where.DECLINED), Map.entry("SCREENING HOLD", Where.SHELF_FROM_SCREENING),
			Map.entry("SCREENING RECYCLE", Where.REVISION), Map.entry("PLAN GO", Where.TEST),
			Map.entry("TEST GO", Where.SCALE_DECISION), Map.entry("TEST KILL", Where.STOPPED),
			Map.entry("TEST HOLD", Where.SHELF_FROM_TEST), Map.entry("TEST RECYCLE", Where.PLAN),
			Map.entry("SCALE GO", Where.SCALING), Map.entry("SCALE KILL", Where.STOPPED),
			Map.entry("SCALE HOLD", Where.SHELF_FROM_SCALE_DECISION), Map.entry("SCALE RECYCLE", Where.TEST),
			Map.entry("ADOPTION GO", Where.SCALED));

	private static Where next(String gate, String outcome) {
		return NEXT.get(gate + " " + outcome);
	}

	/** The idea's version, read by its submitter, who always sees it in full. */
	private long currentVersion() {
		return this.people.apply(this.life.submitter).idea(this.id).path("version").asLong();
	}

}

package org.civiclab.rulebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.civiclab.ApiClient;
import org.civiclab.ApiClient.Response;
import org.civiclab.rulebook.Life.Sight;
import org.civiclab.rulebook.Life.Where;

/**
 * Everything the API shows of one idea, read as each person and as nobody signed in — the
 * idea and all its records, the board, my tasks, the lessons, the dashboard, the public
 * portfolio and its open data, the notifications, the panels' reviews — compared with
 * what the test's {@link Life} says; no reviewer's note anywhere but in the reviews of
 * those who may read it. Answers what differs, in words.
 */
final class WhatTheApiShows {

	/** What a reader of the shared view must never get: the internal deliberation. */
	private static final List<String> INTERNAL_FIELDS = List.of("budget", "receivingUnit", "supports", "version",
			"coAuthors", "timeBox");

	private static final List<String> DECISION_DELIBERATION = List.of("rationale", "conditions", "strategicFit",
			"recommendation", "budget", "receivingUnit", "checklist", "decidedBy", "decidedByName", "decidedAs");

	private final Function<Someone, ApiClient> readers;

	private final Life life;

	private final long id;

	private final String reference;

	private final String theme;

	private final List<String> wrong = new ArrayList<>();

	/** What the API answered the reader now, but their panels' reviews. */
	private final List<String> bodies = new ArrayList<>();

	WhatTheApiShows(Function<Someone, ApiClient> readers, Life life, JsonNode idea, String theme) {
		this.readers = readers;
		this.life = life;
		this.id = idea.path("id").asLong();
		this.reference = idea.path("reference").asText();
		this.theme = theme;
	}

	/** What differs from the rulebook now, for everyone; empty if nothing does. */
	List<String> differences() {
		this.wrong.clear();
		for (Someone someone : Someone.EVERYONE) {
			ApiClient reader = this.readers.apply(someone);
			this.bodies.clear();
			if (someone.anonymous()) {
				anonymous(reader);
			}
			else {
				signedIn(someone, reader, this.life.sight(someone));
				reviews(someone, reader);
				read(reader, "/api/notifications");
			}
			notesNowhereElse(someone);
		}
		return List.copyOf(this.wrong);
	}

	private void anonymous(ApiClient reader) {
		expect(Someone.ANONYMOUS, "the idea", read(reader, "/api/ideas/{id}", this.id).status(), 401);
		int published = (this.life.published() && this.life.reach == Life.Reach.PUBLIC) ? 200 : 404;
		expect(Someone.ANONYMOUS, "the open data's record",
				read(reader, "/api/open/ideas/{ref}", this.reference).status(), published);
	}

	private void signedIn(Someone someone, ApiClient reader, Sight sight) {
		int found = (sight == Sight.NONE) ? 404 : 200;
		Response idea = read(reader, "/api/ideas/{id}", this.id);
		expect(someone, "the idea", idea.status(), found);
		Map<String, Response> records = new HashMap<>();
		for (String path : List.of("comments", "decisions", "experiments", "impact-targets", "diagram")) {
			records.put(path, read(reader, "/api/ideas/{id}/" + path, this.id));
			expect(someone, "its " + path, records.get(path).status(), found);
		}
		if (sight != Sight.NONE && idea.status() == 200) {
			page(someone, idea.json(), records, sight);
			check(someone, "the cross-organisation thread",
					read(reader, "/api/ideas/{id}/region-comments", this.id).json().size(),
					(this.life.published() || sight == Sight.FULL && this.life.submitted) ? this.life.regionComments
							: 0);
		}
		board(someone, reader, sight);
		tasks(someone, reader);
		lessons(someone, reader, sight);
		dashboard(someone, reader, sight);
	}

	/**
	 * A panel's reviews (docs/adr/0039): there for the lab leads who did not write the
	 * idea and its reviewers, as if they did not exist for everyone else; every note for
	 * the lab leads, a reviewer's own for the reviewer.
	 */
	private void reviews(Someone someone, ApiClient reader) {
		Response reviews = reader.get("/api/ideas/{id}/reviews", this.id);
		boolean sees = this.life.seesReviews(someone);
		expect(someone, "its reviews", reviews.status(), sees ? 200 : 404);
		if (reviews.status() != 200) {
			return;
		}
		this.life.notes.forEach((reviewer,
				notes) -> notes.forEach((note) -> check(someone, "a note of " + reviewer + " in the reviews",
						reviews.body().contains(note),
						this.life.readsEveryNote(someone) || reviewer.equals(someone.username()))));
	}

	/** Notes reach nobody through any other path: idea, records, board, tasks, mails… */
	private void notesNowhereElse(Someone someone) {
		for (String body : this.bodies) {
			this.life.notes.values()
				.stream()
				.flatMap(List::stream)
				.filter(body::contains)
				.forEach((note) -> check(someone, "a reviewer's note outside the reviews", note, null));
		}
	}

	private Response read(ApiClient reader, String uri, Object... variables) {
		Response response = reader.get(uri, variables);
		this.bodies.add(response.body());
		return response;
	}

	private void page(Someone someone, JsonNode idea, Map<String, Response> records, Sight sight) {
		check(someone, "the view", idea.path("view").asText(), sight.name());
		JsonNode comments = records.get("comments").json();
		JsonNode decisions = records.get("decisions").json();
		if (sight == Sight.SHARED) {
			INTERNAL_FIELDS.forEach((field) -> check(someone, field, idea.path(field).isNull(), true));
			// The one thing the shared view offers: the cross-organisation thread.
			List<String> actions = new ArrayList<>();
			idea.path("actions").forEach((action) -> actions.add(action.path("type").asText()));
			check(someone, "actions", actions, List.of("DISCUSS_IN_REGION"));
			check(someone, "gates", idea.path("gates").size(), 0);
			idea.path("timeline")
				.forEach((entry) -> check(someone, "the timeline", entry.path("action").asText(), "STAGE_ENTERED"));
			check(someone, "comments", comments.size(), 0);
			check(someone, "impact targets", records.get("impact-targets").json().size(), 0);
			decisions.forEach((decision) -> DECISION_DELIBERATION
				.forEach((field) -> check(someone, "a decision's " + field, decision.path(field).isNull(), true)));
			records.get("experiments")
				.json()
				.forEach((experiment) -> check(someone, "an experiment's budget",
						experiment.path("budgetCap").isNull() && experiment.path("costSpent").isNull(), true));
			return;
		}
		check(someone, "comments", comments.size(), this.life.comments);
		decisions.forEach(
				(decision) -> check(someone, "a decision's rationale", decision.path("rationale").isTextual(), true));
		String gate = this.life.where.gate;
		boolean offered = false;
		for (JsonNode action : idea.path("actions")) {
			String type = action.path("type").asText();
			offered |= (type.equals("DECIDE") && action.path("gate").asText().equals(gate))
					|| (type.equals("RESUBMIT") && "REVISION".equals(gate));
		}
		check(someone, "the " + gate + " gate offered", offered, this.life.mayPass(someone));
	}

	private void board(Someone someone, ApiClient reader, Sight sight) {
		JsonNode board = read(reader, "/api/board?q={q}&size=5", this.reference).json();
		String column = null;
		String view = null;
		for (JsonNode each : board.path("columns")) {
			for (JsonNode card : each.path("cards")) {
				if (card.path("id").asLong() == this.id) {
					column = each.path("stage").asText();
					view = card.path("view").asText();
				}
			}
		}
		boolean shown = sight != Sight.NONE && this.life.onTheBoard();
		check(someone, "the board's column", column, shown ? this.life.where.stage : null);
		if (shown) {
			check(someone, "the card's view", view, sight.name());
		}
	}

	private void tasks(Someone someone, ApiClient reader) {
		boolean listed = false;
		for (JsonNode task : read(reader, "/api/tasks/mine").json()) {
			listed |= task.path("ideaId").asLong() == this.id;
		}
		check(someone, "in my tasks", listed, this.life.inTasksOf(someone));
	}

	private void lessons(Someone someone, ApiClient reader, Sight sight) {
		JsonNode lesson = null;
		for (JsonNode each : read(reader, "/api/lessons?q={q}", this.reference).json().path("lessons")) {
			if (each.path("id").asLong() == this.id) {
				lesson = each;
			}
		}
		boolean shown = sight != Sight.NONE && this.life.where == Where.STOPPED;
		check(someone, "in the lessons", lesson != null, shown);
		if (lesson != null) {
			check(someone, "the lesson's reason shown", lesson.path("reason").isTextual(), sight == Sight.FULL);
		}
	}

	private void dashboard(Someone someone, ApiClient reader, Sight sight) {
		Response dashboard = read(reader, "/api/portfolio/dashboard?theme={theme}", this.theme);
		if (!someone.is("lab-lead") && !someone.is("executive")) {
			expect(someone, "the dashboard", dashboard.status(), 403);
			return;
		}
		long counted = dashboard.json().path("stopped").path("ideas").asLong();
		check(someone, "ideas the dashboard counts", counted, (sight == Sight.FULL && this.life.submitted) ? 1L : 0L);
	}

	private void expect(Someone someone, String what, int status, int expected) {
		check(someone, what + " answers", status, expected);
	}

	private void check(Someone someone, String what, Object actual, Object expected) {
		if (!java.util.Objects.equals(actual, expected)) {
			this.wrong.add(someone + ": " + what + " is " + actual + ", the rulebook says " + expected);
		}
	}

}

package org.civiclab.opendata;

import java.util.Map;

import org.springframework.lang.Nullable;

/**
 * The stages of the OECD's public sector innovation lifecycle (Observatory of Public
 * Sector Innovation, OECD Working Papers on Public Governance No. 37): the one place
 * where the board's columns are mapped to them, for the open data. A column the lifecycle
 * has no stage for (the shelf, a column a municipality added) maps to none.
 */
enum InnovationLifecycle {

	/** Learning where and how an innovative response is needed. */
	IDENTIFYING_PROBLEMS,

	/** Finding and filtering ideas: CivicLab's screening. */
	GENERATING_IDEAS,

	/** Turning an idea into a case that can be assessed: the plan and its test cards. */
	DEVELOPING_PROPOSALS,

	/** Making it happen: the time-boxed test, the pilot. */
	IMPLEMENTING_PROJECTS,

	/** Whether it delivered what was needed: the scale decision. */
	EVALUATING_PROJECTS,

	/**
	 * Using what was learnt elsewhere: scaling into operations, and a stopped pilot whose
	 * lessons are published.
	 */
	DIFFUSING_LESSONS;

	private static final Map<String, InnovationLifecycle> BY_STAGE = Map.of("screening", GENERATING_IDEAS, "plan",
			DEVELOPING_PROPOSALS, "test", IMPLEMENTING_PROJECTS, "scale-decision", EVALUATING_PROJECTS, "scaling",
			DIFFUSING_LESSONS, "scaled", DIFFUSING_LESSONS, "stopped", DIFFUSING_LESSONS);

	/** The lifecycle stage of a board column, or {@code null} if it has none. */
	@Nullable
	static InnovationLifecycle of(String stage) {
		return BY_STAGE.get(stage);
	}

	/**
	 * How a pilot ended: {@code SCALED} or {@code STOPPED}; {@code null} while it runs.
	 */
	@Nullable
	static String outcomeOf(String stage) {
		return switch (stage) {
			case "scaled" -> "SCALED";
			case "stopped" -> "STOPPED";
			default -> null;
		};
	}

}

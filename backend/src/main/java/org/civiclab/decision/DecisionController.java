package org.civiclab.decision;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.civiclab.idea.GateCatalogue;
import org.civiclab.people.CurrentUsers;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.Recommendation;
import org.civiclab.web.ProblemMessages;
import org.civiclab.web.Problems;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Gate decisions: one endpoint for every gate. Decisions are never changed or removed, so
 * there is no PUT, PATCH or DELETE here.
 */
@RestController
class DecisionController {

	private final GateDecisionService decisions;

	private final CurrentUsers currentUsers;

	private final Pipeline pipeline;

	private final MessageSource messages;

	DecisionController(GateDecisionService decisions, CurrentUsers currentUsers, Pipeline pipeline,
			MessageSource messages) {
		this.decisions = decisions;
		this.currentUsers = currentUsers;
		this.pipeline = pipeline;
		this.messages = messages;
	}

	/**
	 * List an idea's gate decisions. Every decision taken on the idea, oldest first:
	 * gate, outcome, rationale, conditions, who decided in which role and when. Outside
	 * its organisation only the shared view.
	 */
	@GetMapping("/api/ideas/{ideaId}/decisions")
	List<DecisionView> list(@PathVariable Long ideaId) {
		return this.decisions.of(ideaId, this.currentUsers.current());
	}

	/**
	 * Take a gate decision. Go, Kill, Hold or Recycle at the gate that is open for the
	 * idea, with the fields that gate needs (rubric scores at screening, budget and
	 * receiving unit for a scale Go). Only the role the gate names decides, and never
	 * someone who submitted or co-authored the idea (four eyes); a refusal says why and
	 * who may decide instead. Decisions are immutable.
	 */
	@PostMapping("/api/ideas/{ideaId}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	DecisionView decide(@PathVariable Long ideaId, @Valid @RequestBody DecisionRequest request) {
		return this.decisions.decide(ideaId, request, this.currentUsers.current());
	}

	/**
	 * Refuse changing or removing a gate decision. Gate decisions are kept as taken:
	 * every attempt to change or remove one is answered 405, with the methods the path
	 * takes.
	 */
	@ApiResponse(responseCode = "405", description = "Always: gate decisions are never changed or removed")
	@RequestMapping(path = { "/api/ideas/{ideaId}/decisions", "/api/ideas/{ideaId}/decisions/{decisionId}" },
			method = { RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE })
	ResponseEntity<ProblemDetail> change() {
		ErrorResponseException immutable = Problems.methodNotAllowed("decision.immutable");
		immutable.getHeaders().setAllow(Set.of(HttpMethod.GET, HttpMethod.POST));
		throw immutable;
	}

	/**
	 * Read the gate catalogue. Every gate of the model, its outcomes and the fields each
	 * decision needs, for the web app's dialogs, timeline and charts.
	 */
	@GetMapping("/api/gates")
	List<GateCatalogue.Entry> gates() {
		return GateCatalogue.of(this.pipeline.gates());
	}

	/**
	 * Recommend a screening outcome. The screening rubric's (a DMN table) recommendation
	 * for the scores given, for the screening form to show; nothing is stored.
	 */
	@PostMapping("/api/rubric/recommendation")
	Recommendation recommend(@Valid @RequestBody DecisionRequest.Scores scores, HttpServletRequest request) {
		Recommendation recommendation = this.decisions.recommend(scores);
		if (recommendation.reasonCode() == null) {
			return recommendation;
		}
		return recommendation.withReason(this.messages.getMessage("rubric.reason." + recommendation.reasonCode(), null,
				recommendation.reason(), ProblemMessages.localeOf(request)));
	}

}

package org.civiclab.decision;

import org.civiclab.idea.Gate;

/**
 * Published in the transaction of a gate decision, before the engine moves on: what hangs
 * on the gate (a panel's reviews, docs/adr/0039) is kept with the decision.
 *
 * @param ideaId the idea
 * @param decisionId the decision, as stored
 * @param gate the gate it decided
 */
public record GateDecided(Long ideaId, Long decisionId, Gate gate) {
}

package org.civiclab.pipeline;

import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.civiclab.pipeline.PipelineSignal.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates the models' timers call: each tells the application that something about
 * an idea or a challenge is due.
 */
@Configuration(proxyBeanMethods = false)
class PipelineDelegates {

	@Bean
	JavaDelegate escalateScreeningDelegate(ApplicationEventPublisher events) {
		return signal(events, Kind.SCREENING_OVERDUE);
	}

	@Bean
	JavaDelegate remindTimeBoxDelegate(ApplicationEventPublisher events) {
		return signal(events, Kind.TIME_BOX_ENDING);
	}

	@Bean
	JavaDelegate requestBenefitReviewDelegate(ApplicationEventPublisher events) {
		return signal(events, Kind.BENEFIT_REVIEW_DUE);
	}

	/** A challenge's closing time has come: its responses wait for review. */
	@Bean
	JavaDelegate startChallengeReviewDelegate(ApplicationEventPublisher events) {
		return (execution) -> events
			.publishEvent(new ChallengeReviewDue((Long) execution.getVariable(ChallengeProcess.CHALLENGE_ID)));
	}

	private static JavaDelegate signal(ApplicationEventPublisher events, Kind kind) {
		return (execution) -> events
			.publishEvent(new PipelineSignal(StageTracking.ideaId(execution.getProcessBusinessKey()), kind));
	}

}

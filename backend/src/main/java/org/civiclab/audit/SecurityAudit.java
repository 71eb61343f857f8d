package org.civiclab.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Writes failed sign-ins to the audit log (who tried, not the password).
 */
@Component
class SecurityAudit {

	private final AuditLog audit;

	SecurityAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		this.audit.recordRefusal(String.valueOf(event.getAuthentication().getName()), "SIGN_IN_FAILED",
				event.getException().getClass().getSimpleName());
	}

}

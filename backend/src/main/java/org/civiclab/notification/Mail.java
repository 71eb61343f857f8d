package org.civiclab.notification;

/**
 * A mail as it is queued: to whom, and its subject and two bodies (plain text and HTML).
 */
record Mail(Long personId, String recipient, String subject, String text, String html) {
}

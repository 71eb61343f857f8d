package org.civiclab.notification;

/** How a person wants to be told of a kind of event by e-mail. */
public enum Delivery {

	/** A mail at once. */
	IMMEDIATE,
	/** One mail a day with the day's items. */
	DAILY,
	/** One mail a week with the week's items. */
	WEEKLY,
	/** No mail (the notification centre still shows it). */
	OFF

}

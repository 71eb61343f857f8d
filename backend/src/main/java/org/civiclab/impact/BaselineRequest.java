package org.civiclab.impact;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * The baseline of an impact target: where the metric stands, as measured by the idea's
 * organisation (an adopted pilot's targets come without one), with the target's version
 * as read: a baseline changed since is not overwritten (409).
 */
public record BaselineRequest(@NotNull @Digits(integer = 14, fraction = 4) BigDecimal baseline, @NotNull Long version) {
}

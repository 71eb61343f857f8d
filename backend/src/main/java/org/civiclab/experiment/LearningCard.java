package org.civiclab.experiment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "We believed… we observed… we learned… therefore we will…".
 */
@Embeddable
public record LearningCard(@Column(name = "learning_believed") @NotBlank @Size(max = 2000) String believed,
		@Column(name = "learning_observed") @NotBlank @Size(max = 2000) String observed,
		@Column(name = "learning_learned") @NotBlank @Size(max = 2000) String learned,
		@Column(name = "learning_therefore") @NotBlank @Size(max = 2000) String therefore) {
}

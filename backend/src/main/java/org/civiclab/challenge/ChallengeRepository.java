package org.civiclab.challenge;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

}

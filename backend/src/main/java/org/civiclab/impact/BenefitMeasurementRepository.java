package org.civiclab.impact;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BenefitMeasurementRepository extends JpaRepository<BenefitMeasurement, Long> {

	List<BenefitMeasurement> findByImpactTargetIdInOrderByMeasuredOnAscIdAsc(Collection<Long> impactTargetIds);

}

package app.rada.journeys.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageRepository extends JpaRepository<Stage, Long> {

    List<Stage> findByMapIdOrderByPositionAscIdAsc(long mapId);
}

package app.rada.journeys.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TouchpointRepository extends JpaRepository<Touchpoint, Long> {

    List<Touchpoint> findByMapIdOrderByPositionAscIdAsc(long mapId);

    List<Touchpoint> findByStageIdOrderByPositionAscIdAsc(long stageId);
}

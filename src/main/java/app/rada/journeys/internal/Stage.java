package app.rada.journeys.internal;

import app.rada.journeys.StageDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A stage of a journey map, one column of the canvas. */
@Entity
@Table(name = "journey_stage")
public class Stage implements Positioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "map_id", nullable = false)
    private long mapId;

    @Column(nullable = false, length = StageDraft.NAME_MAX)
    private String name;

    @Column(nullable = false, length = StageDraft.GOAL_MAX)
    private String goal;

    @Column(nullable = false)
    private int position;

    protected Stage() {
        this.name = "";
        this.goal = "";
    }

    public Stage(long mapId, StageDraft draft, int position) {
        this.mapId = mapId;
        this.name = draft.name();
        this.goal = draft.goal();
        this.position = position;
    }

    public void edit(StageDraft draft) {
        this.name = draft.name();
        this.goal = draft.goal();
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getMapId() {
        return mapId;
    }

    public String getName() {
        return name;
    }

    public String getGoal() {
        return goal;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
    }
}

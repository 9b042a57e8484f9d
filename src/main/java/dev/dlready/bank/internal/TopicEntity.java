package dev.dlready.bank.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "topic")
public class TopicEntity {
    @Id
    private String id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String skill;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String prerequisites;

    @Column(nullable = false)
    private int position;

    protected TopicEntity() {
        this("", "", "", "", List.of(), 0);
    }

    public TopicEntity(String id, String title, String skill, String description, List<String> prerequisites, int position) {
        this.id = id;
        update(title, skill, description, prerequisites, position);
    }

    public final void update(String title, String skill, String description, List<String> prerequisites, int position) {
        this.title = title;
        this.skill = skill;
        this.description = description;
        this.prerequisites = String.join(",", prerequisites);
        this.position = position;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String skill() {
        return skill;
    }

    public String description() {
        return description;
    }

    public List<String> prerequisites() {
        return prerequisites.isBlank() ? List.of() : Arrays.asList(prerequisites.split(","));
    }

    public int position() {
        return position;
    }
}

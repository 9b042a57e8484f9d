package dev.dlready.bank.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "content_problem")
public class ContentProblemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String file;

    @Column(nullable = false)
    private int line;

    @Column(nullable = false)
    private String field;

    @Column(nullable = false)
    private String message;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    protected ContentProblemEntity() {
        this("", 0, "", "", Instant.EPOCH);
    }

    public ContentProblemEntity(String file, int line, String field, String message, Instant foundAt) {
        this.file = file;
        this.line = line;
        this.field = field.length() > 300 ? field.substring(0, 300) : field;
        this.message = message.length() > 2000 ? message.substring(0, 2000) : message;
        this.foundAt = foundAt;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }

    public Instant foundAt() {
        return foundAt;
    }
}

package ma.mizan.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last registration number given in a year; read under a row lock, so numbers are sequential and never reused. */
@Entity
@Table(name = "registration_counter")
public class RegistrationCounter {

    @Id
    @Column(name = "registration_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected RegistrationCounter() {
    }

    public RegistrationCounter(int year) {
        this.year = year;
    }

    /** The next number of the year, as MA-AI-2026-000123. */
    public String next() {
        lastNumber++;
        return String.format("MA-AI-%d-%06d", year, lastNumber);
    }
}

package ma.mizan.assessment.entity;

/** A legal reference cited by an assessment, with its title and whether it is law in force or our working model. */
public record Citation(String id, String title, String status) {
}

package ma.mizan.exports.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ma.mizan.assessment.entity.RiskLevel;
import ma.mizan.assessment.entity.UseArea;
import ma.mizan.exports.entity.ExportScope;
import ma.mizan.platform.control.ProblemException;
import ma.mizan.platform.entity.Problem.FieldError;
import ma.mizan.register.control.PublicRegister;
import ma.mizan.review.control.Reviews;
import ma.mizan.systems.entity.RegistrationStatus;

/**
 * The filters of a register or queue export, the same as the register's and the queue's own: read from
 * query parameters (pointer prefix "?") or a job's body ("/filters/"), every bad one reported at once.
 */
public record ExportFilters(ExportData.RegisterFilter register, Reviews.QueueFilter queue, Reviews.Sort sort) {

    static final Set<String> REGISTER_KEYS = Set.of("q", "riskLevel", "useArea", "sector", "organizationId");
    static final Set<String> QUEUE_KEYS = Set.of("status", "riskLevel", "useArea", "sector", "organizationId", "overdue", "deadlineBefore", "sort");

    public static ExportFilters parse(ExportScope scope, Map<String, String> filters, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> allowed = switch (scope) {
            case REGISTER -> REGISTER_KEYS;
            case REVIEW_QUEUE -> QUEUE_KEYS;
            default -> Set.of();
        };
        filters.forEach((k, v) -> {
            if (v != null && !v.isEmpty() && !allowed.contains(k)) {
                errors.add(new FieldError(prefix + k, allowed.isEmpty() ? "filters apply to register and review-queue exports only"
                        : "not a filter of this export; allowed: " + new java.util.TreeSet<>(allowed)));
            }
        });
        RiskLevel risk = value(prefix, "riskLevel", filters.get("riskLevel"), RiskLevel.class, errors);
        UseArea area = value(prefix, "useArea", filters.get("useArea"), UseArea.class, errors);
        Long organizationId = id(prefix, filters.get("organizationId"), errors);
        String sector = filters.get("sector");
        ExportFilters parsed = null;
        if (scope == ExportScope.REGISTER) {
            parsed = new ExportFilters(new ExportData.RegisterFilter(new PublicRegister.Filter(filters.get("q"), risk, area, sector), organizationId), null, null);
        } else if (scope == ExportScope.REVIEW_QUEUE) {
            RegistrationStatus status = value(prefix, "status", filters.get("status"), RegistrationStatus.class, errors);
            String overdue = filters.get("overdue");
            if (overdue != null && !overdue.isEmpty() && !overdue.equals("true") && !overdue.equals("false")) {
                errors.add(new FieldError(prefix + "overdue", "must be true or false"));
            }
            LocalDate before = null;
            String deadline = filters.get("deadlineBefore");
            if (deadline != null && !deadline.isEmpty()) {
                try {
                    before = LocalDate.parse(deadline);
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(prefix + "deadlineBefore", "must be a date YYYY-MM-DD"));
                }
            }
            String sort = filters.get("sort");
            Reviews.Sort order = sort == null || sort.isEmpty() ? Reviews.Sort.DEADLINE
                    : value(prefix, "sort", sort.toUpperCase(Locale.ROOT), Reviews.Sort.class, errors);
            parsed = new ExportFilters(null, new Reviews.QueueFilter(status, risk, area, sector, organizationId, "true".equals(overdue), before), order);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return parsed;
    }

    private static <E extends Enum<E>> E value(String prefix, String name, String value, Class<E> type, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(prefix + name, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static Long id(String prefix, String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(value);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(prefix + "organizationId", "must be a positive integer"));
        return null;
    }
}

package ma.mizan.assessment.control;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import ma.mizan.assessment.entity.AiSystemProfile;

/**
 * Describes a fact for the trace in the contract's own vocabulary. A part of the profile (practices,
 * biometrics, ...) is described by the fields that are set ("biometrics: emotionRecognition, realTime");
 * a derived fact describes itself.
 */
final class FactDescription {

    private FactDescription() {
    }

    static String of(Object fact) {
        if (fact instanceof AiSystemProfile p) {
            return "role = " + p.getRole() + (p.isPublicAuthority() ? ", publicAuthority" : "")
                    + (p.isProfilesNaturalPersons() ? ", profilesNaturalPersons" : "");
        }
        if (!fact.getClass().getPackageName().equals("ma.mizan.assessment.entity")) {
            return String.valueOf(fact);
        }
        String part = Character.toLowerCase(fact.getClass().getSimpleName().charAt(0)) + fact.getClass().getSimpleName().substring(1);
        List<String> set = new ArrayList<>();
        Method[] methods = fact.getClass().getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = m.getName();
            String property;
            if (name.startsWith("is") && name.length() > 2) {
                property = name.substring(2);
            } else if (name.startsWith("get") && name.length() > 3) {
                property = name.substring(3);
            } else {
                continue;
            }
            property = Character.toLowerCase(property.charAt(0)) + property.substring(1);
            try {
                Object value = m.invoke(fact);
                if (Boolean.TRUE.equals(value)) {
                    set.add(property);
                } else if (value instanceof Enum<?> e && !"NONE".equals(e.name())) {
                    set.add(property + " = " + e.name());
                } else if (value instanceof Number n && n.doubleValue() != 0) {
                    set.add(property + " = " + n);
                } else if (value instanceof String s) {
                    set.add(property + " = " + s);
                } else if (value instanceof Collection<?> c && !c.isEmpty() && !(c.iterator().next() instanceof ma.mizan.assessment.entity.Transfer)) {
                    set.add(property + " = " + c);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return part + (set.isEmpty() ? "" : ": " + String.join(", ", set));
    }
}

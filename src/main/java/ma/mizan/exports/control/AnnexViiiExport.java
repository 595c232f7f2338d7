package ma.mizan.exports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ma.mizan.exports.entity.AnnexViiiInput;
import ma.mizan.exports.entity.AnnexViiiInput.Organization;
import ma.mizan.exports.entity.AnnexViiiInput.SystemRecord;

/**
 * The registration record of one AI system in the shape of Annex VIII (ma-ai-draft/annex-viii, following
 * eu-ai-act/annex-viii): section A for a provider of a high-risk system (Art 49(1)), B for a provider relying on the
 * Art 6(3) derogation (Art 49(2)), C for a public-authority deployer (Art 49(3)), each item numbered as in the Annex.
 *
 * <p>Every item is present. Where Mizan holds no value the item's value is null and {@code notRecordedInMizan} is
 * true; where it holds part of an item, {@code fieldsNotRecordedInMizan} names the missing parts. Nothing is
 * inferred: the countries where a system is available, for instance, are not recorded, so the item stays empty even
 * though the register is Moroccan. The non-public section of Art 49(4) (law enforcement, migration) is not produced.
 *
 * <p>The sections follow the obligations of the assessment, which the rule base derives from the law:
 * {@code REGISTRATION} selects A, {@code NOT-HIGH-RISK-DOCUMENTATION} selects B (the Art 6(4) documentation duty
 * comes with the Art 49(2) registration) and {@code DEPLOYER-REGISTRATION} selects C.
 */
public final class AnnexViiiExport {

    public static final String CONTENT_TYPE = "application/json";
    public static final String ANNEX = "ma-ai-draft/annex-viii";
    public static final String ANNEX_FOLLOWS = "eu-ai-act/annex-viii";

    /** The three registration sections, with the obligation code that calls for each and its legal basis. */
    public enum Section {
        A("REGISTRATION", "ma-ai-draft/art-49.1", "eu-ai-act/art-49.1",
                "Information to be submitted by providers of high-risk AI systems"),
        B("NOT-HIGH-RISK-DOCUMENTATION", "ma-ai-draft/art-49.2", "eu-ai-act/art-49.2",
                "Information to be submitted by providers of AI systems deemed not high-risk under Article 6(3)"),
        C("DEPLOYER-REGISTRATION", "ma-ai-draft/art-49.3", "eu-ai-act/art-49.3",
                "Information to be submitted by deployers of high-risk AI systems that are public authorities");

        private final String obligationCode;
        private final String article;
        private final String follows;
        private final String title;

        Section(String obligationCode, String article, String follows, String title) {
            this.obligationCode = obligationCode;
            this.article = article;
            this.follows = follows;
            this.title = title;
        }

        public String obligationCode() {
            return obligationCode;
        }

        public String article() {
            return article;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** The sections that apply to this system, in Annex order; empty when it need not be registered. */
    public Set<Section> sections(AnnexViiiInput input) {
        Set<Section> sections = EnumSet.noneOf(Section.class);
        for (Section s : Section.values()) {
            if (input.assessment().obligationCodes().contains(s.obligationCode)) {
                sections.add(s);
            }
        }
        return sections;
    }

    /** Whether the system must be registered at all; when not, {@link #toJson} and {@link #write} refuse it. */
    public boolean mustRegister(AnnexViiiInput input) {
        return !sections(input).isEmpty();
    }

    /** Writes the record as indented UTF-8 JSON; {@code out} stays open. */
    public void write(AnnexViiiInput input, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toJson(input));
        out.flush();
    }

    /**
     * The record as a JSON tree (it is small: one system).
     *
     * @throws IllegalArgumentException when no registration obligation applies to the system
     */
    public ObjectNode toJson(AnnexViiiInput input) {
        Set<Section> sections = sections(input);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("system " + input.system().id() + " has no registration obligation ("
                    + Section.A.obligationCode + ", " + Section.B.obligationCode + " or " + Section.C.obligationCode
                    + "), so Annex VIII does not apply to it");
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document", "annex-viii-registration");
        root.put("formatVersion", "1");
        ObjectNode basis = root.putObject("legalBasis");
        basis.put("id", ANNEX);
        basis.put("follows", ANNEX_FOLLOWS);
        basis.put("status", "draft-working-model");
        root.put("notice", "Working model of a draft law, not legal advice. Items Mizan does not record are null "
                + "and marked notRecordedInMizan; they must be completed before submission.");

        SystemRecord system = input.system();
        ObjectNode sys = root.putObject("system");
        sys.put("id", system.id());
        sys.put("name", system.name());
        sys.put("registrationStatus", system.registrationStatus());
        sys.put("registrationNumber", system.registrationNumber());

        AnnexViiiInput.AssessmentRecord a = input.assessment();
        ObjectNode assessment = root.putObject("assessment");
        assessment.put("riskLevel", a.riskLevel());
        assessment.put("role", a.role());
        strings(assessment.putArray("highRiskBasis"), a.highRiskBasis());
        assessment.put("derogationApplied", a.derogationApplied());
        strings(assessment.putArray("obligationCodes"), a.obligationCodes());
        ObjectNode ruleBase = assessment.putObject("ruleBase");
        ruleBase.put("version", a.ruleBaseVersion());
        ruleBase.put("hash", a.ruleBaseHash());
        assessment.put("assessedAt", a.assessedAt() == null ? null : CellText.of(a.assessedAt()));

        ArrayNode applicable = root.putArray("applicableSections");
        ObjectNode out = root.putObject("sections");
        for (Section s : sections) {
            applicable.add(s.name());
            out.set(s.name(), section(s, input));
        }
        return root;
    }

    private ObjectNode section(Section s, AnnexViiiInput input) {
        ObjectNode section = MAPPER.createObjectNode();
        section.put("title", s.title);
        ObjectNode citation = section.putObject("legalBasis");
        citation.put("id", s.article);
        citation.put("follows", s.follows);
        citation.put("annex", ANNEX);
        ArrayNode items = section.putArray("items");
        switch (s) {
            case A -> sectionA(items, input);
            case B -> sectionB(items, input);
            case C -> sectionC(items, input);
            default -> throw new IllegalStateException();
        }
        return section;
    }

    private void sectionA(ArrayNode items, AnnexViiiInput input) {
        providerIdentity(items, "A", input);
        items.add(notRecorded("A", 6, "Short description of the information used by the system (data, inputs) and its "
                + "operating logic"));
        items.add(status("A", 7, input.system()));
        items.add(notRecorded("A", 8, "Type, number and expiry date of the certificate issued by the conformity "
                + "assessment body, and the name or identification number of that body, where applicable"));
        items.add(notRecorded("A", 9, "A scanned copy of the certificate referred to in point 8, where applicable"));
        items.add(notRecorded("A", 10, "Countries in which the AI system is or has been placed on the market, put into "
                + "service or made available"));
        items.add(notRecorded("A", 11, "A copy of the declaration of conformity (Article 47)"));
        ObjectNode instructions = notRecorded("A", 12, "Electronic instructions for use (not to be provided for "
                + "high-risk systems in law enforcement or migration, asylum and border control under Annex III "
                + "points 1, 6 and 7)");
        if (input.assessment().highRiskBasis().stream().anyMatch(AnnexViiiExport::annexIiiPointOneSixOrSeven)) {
            instructions.put("note", "The system has a basis under Annex III point 1, 6 or 7; if it is used in law "
                    + "enforcement or migration, asylum and border control, this item is not required.");
        }
        items.add(instructions);
        items.add(notRecorded("A", 13, "A URL for additional information (optional)"));
    }

    private void sectionB(ArrayNode items, AnnexViiiInput input) {
        providerIdentity(items, "B", input);
        Map<String, Object> derogation = new LinkedHashMap<>();
        derogation.put("derogationApplied", input.assessment().derogationApplied());
        derogation.put("conditionsReliedOn", null);
        ObjectNode conditions = item("B", 6, "The condition or conditions under Article 6(3) on the basis of which the "
                + "system is considered not to be high-risk", derogation);
        conditions.put("note", "Mizan records that the derogation applies, not which of the conditions of "
                + "Article 6(3)(a) to (d) was relied on.");
        items.add(conditions);
        items.add(notRecorded("B", 7, "A short summary of the grounds on which the system is considered not to be "
                + "high-risk under Article 6(3)"));
        items.add(status("B", 8, input.system()));
        items.add(notRecorded("B", 9, "Countries in which the AI system is or has been placed on the market, put into "
                + "service or made available"));
    }

    private void sectionC(ArrayNode items, AnnexViiiInput input) {
        Organization o = input.organization();
        Map<String, Object> deployer = organizationFields(o);
        deployer.put("publicAuthority", o.publicAuthority());
        items.add(item("C", 1, "The name, address and contact details of the deployer", deployer));
        items.add(notRecorded("C", 2, "The name, address and contact details of the person submitting information on "
                + "behalf of the deployer"));
        items.add(notRecorded("C", 3, "The URL of the entry of the AI system in the register by its provider"));
        items.add(notRecorded("C", 4, "A summary of the findings of the fundamental rights impact assessment "
                + "(Article 27)"));
        items.add(notRecorded("C", 5, "A summary of the data protection impact assessment, where applicable"));
    }

    /** Items 1 to 5, shared by sections A and B. */
    private void providerIdentity(ArrayNode items, String section, AnnexViiiInput input) {
        items.add(item(section, 1, "The name, address and contact details of the provider",
                organizationFields(input.organization())));
        items.add(notRecorded(section, 2, "Where submission is made by another person on behalf of the provider, the "
                + "name, address and contact details of that person"));
        items.add(notRecorded(section, 3, "The name, address and contact details of the authorised representative, "
                + "where applicable"));
        SystemRecord system = input.system();
        Map<String, Object> identification = new LinkedHashMap<>();
        identification.put("tradeName", system.name());
        identification.put("mizanSystemId", system.id());
        identification.put("softwareVersion", system.softwareVersion());
        identification.put("registrationNumber", system.registrationNumber());
        items.add(item(section, 4, "The trade name of the AI system and any additional unambiguous reference allowing "
                + "its identification and traceability", identification));
        Map<String, Object> purpose = new LinkedHashMap<>();
        purpose.put("intendedPurpose", system.intendedPurpose());
        purpose.put("description", system.description());
        purpose.put("componentsAndFunctions", null);
        items.add(item(section, 5, "A description of the intended purpose of the AI system and of the components and "
                + "functions supported through it", purpose));
    }

    private static Map<String, Object> organizationFields(Organization o) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", o.name());
        fields.put("legalForm", o.legalForm());
        fields.put("ice", o.ice());
        fields.put("rcNumber", o.rcNumber());
        fields.put("streetAddress", null);
        fields.put("city", o.city());
        fields.put("contactEmail", o.contactEmail());
        return fields;
    }

    /**
     * The status item. Annex VIII knows "on the market", "in service", "no longer on the market or in service" and
     * "recalled"; Mizan's lifecycle is mapped onto these where the meaning is the same. A system still in
     * development has no Annex status yet: the value says so instead of picking the nearest one.
     */
    private static ObjectNode status(String section, int number, SystemRecord system) {
        String lifecycle = system.lifecycle();
        String annexStatus = null;
        String note = null;
        String key = lifecycle == null ? "" : lifecycle.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        switch (key) {
            case "ON_THE_MARKET", "PLACED_ON_THE_MARKET", "ON_MARKET" -> annexStatus = "ON_THE_MARKET";
            case "IN_SERVICE" -> annexStatus = "IN_SERVICE";
            case "RETIRED", "WITHDRAWN" -> annexStatus = "NO_LONGER_ON_THE_MARKET_OR_IN_SERVICE";
            case "RECALLED" -> annexStatus = "RECALLED";
            case "IN_DEVELOPMENT", "DEVELOPMENT" -> note = "The system is still in development: it is neither on the "
                    + "market nor in service, and Annex VIII has no status for that.";
            case "" -> note = null;
            default -> note = "Mizan's lifecycle value \"" + lifecycle + "\" has no Annex VIII equivalent.";
        }
        ObjectNode item = itemNode(section, number, "The status of the AI system (on the market or in service; no "
                + "longer placed on the market or in service; recalled)");
        if (lifecycle == null) {
            item.putNull("value");
            item.put("notRecordedInMizan", true);
            return item;
        }
        ObjectNode value = item.putObject("value");
        value.put("annexStatus", annexStatus);
        value.put("mizanLifecycle", lifecycle);
        item.put("notRecordedInMizan", false);
        if (note != null) {
            item.put("note", note);
        }
        return item;
    }

    private static boolean annexIiiPointOneSixOrSeven(String basis) {
        String b = basis.toLowerCase(Locale.ROOT);
        for (String point : List.of("annex-iii.1", "annex-iii.6", "annex-iii.7")) {
            if (b.endsWith("/" + point) || b.contains("/" + point + ".")) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode itemNode(String section, int number, String label) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("item", section + "." + number);
        item.put("number", number);
        item.put("label", label);
        return item;
    }

    private static ObjectNode notRecorded(String section, int number, String label) {
        ObjectNode item = itemNode(section, number, label);
        item.putNull("value");
        item.put("notRecordedInMizan", true);
        return item;
    }

    /** An item made of several fields: those Mizan lacks are listed; when it lacks them all, the value is null. */
    private static ObjectNode item(String section, int number, String label, Map<String, Object> fields) {
        ObjectNode item = itemNode(section, number, label);
        List<String> missing = new ArrayList<>();
        boolean anyRecorded = false;
        ObjectNode value = MAPPER.createObjectNode();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            Object v = e.getValue();
            if (v == null || v instanceof String s && s.isBlank()) {
                missing.add(e.getKey());
                value.putNull(e.getKey());
            } else {
                anyRecorded = true;
                value.set(e.getKey(), MAPPER.valueToTree(v));
            }
        }
        if (anyRecorded) {
            item.set("value", value);
            item.put("notRecordedInMizan", false);
            if (!missing.isEmpty()) {
                strings(item.putArray("fieldsNotRecordedInMizan"), missing);
            }
        } else {
            item.putNull("value");
            item.put("notRecordedInMizan", true);
        }
        return item;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** The items of a section in a record written by this class, for readers that want them by number. */
    static JsonNode items(JsonNode record, Section section) {
        return record.path("sections").path(section.name()).path("items");
    }
}

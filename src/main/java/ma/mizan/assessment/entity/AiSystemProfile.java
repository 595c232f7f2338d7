package ma.mizan.assessment.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts an organization declares about one AI system: exactly the contract's AiSystemProfile
 * (shared/spec/assessment.md). Omitted booleans are false and omitted lists empty, except where the
 * contract gives a default (availableInMorocco, controllerInMorocco). Instances reach the rule base
 * only after the raw JSON has passed the contract's JSON Schema, so no field here is ever coerced.
 */
public class AiSystemProfile {

    private String name;
    private String description;
    private Role role;
    private boolean publicAuthority;
    private Scope scope = new Scope();
    private Practices practices = new Practices();
    private Biometrics biometrics = new Biometrics();
    private Context context = new Context();
    private List<UseArea> useAreas = new ArrayList<>();
    private RegulatedProduct regulatedProduct = new RegulatedProduct();
    private Derogation derogation = new Derogation();
    private boolean profilesNaturalPersons;
    private Transparency transparency = new Transparency();
    private GeneralPurposeModel generalPurposeModel = new GeneralPurposeModel();
    private PersonalData personalData = new PersonalData();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }

    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }

    public boolean isPublicAuthority() { return publicAuthority; }
    public void setPublicAuthority(boolean publicAuthority) { this.publicAuthority = publicAuthority; }

    public Scope getScope() { return scope; }
    public void setScope(Scope scope) { this.scope = scope; }

    public Practices getPractices() { return practices; }
    public void setPractices(Practices practices) { this.practices = practices; }

    public Biometrics getBiometrics() { return biometrics; }
    public void setBiometrics(Biometrics biometrics) { this.biometrics = biometrics; }

    public Context getContext() { return context; }
    public void setContext(Context context) { this.context = context; }

    public List<UseArea> getUseAreas() { return useAreas; }
    public void setUseAreas(List<UseArea> useAreas) { this.useAreas = useAreas; }

    public RegulatedProduct getRegulatedProduct() { return regulatedProduct; }
    public void setRegulatedProduct(RegulatedProduct regulatedProduct) { this.regulatedProduct = regulatedProduct; }

    public Derogation getDerogation() { return derogation; }
    public void setDerogation(Derogation derogation) { this.derogation = derogation; }

    public boolean isProfilesNaturalPersons() { return profilesNaturalPersons; }
    public void setProfilesNaturalPersons(boolean profilesNaturalPersons) { this.profilesNaturalPersons = profilesNaturalPersons; }

    public Transparency getTransparency() { return transparency; }
    public void setTransparency(Transparency transparency) { this.transparency = transparency; }

    public GeneralPurposeModel getGeneralPurposeModel() { return generalPurposeModel; }
    public void setGeneralPurposeModel(GeneralPurposeModel generalPurposeModel) { this.generalPurposeModel = generalPurposeModel; }

    public PersonalData getPersonalData() { return personalData; }
    public void setPersonalData(PersonalData personalData) { this.personalData = personalData; }
}

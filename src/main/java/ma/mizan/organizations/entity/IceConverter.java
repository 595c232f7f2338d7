package ma.mizan.organizations.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class IceConverter implements AttributeConverter<Ice, String> {

    @Override
    public String convertToDatabaseColumn(Ice ice) {
        return ice == null ? null : ice.value();
    }

    @Override
    public Ice convertToEntityAttribute(String value) {
        return value == null ? null : new Ice(value.strip());
    }
}

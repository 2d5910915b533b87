package dev.spinetriage.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;

public class NoDuplicatesValidator implements ConstraintValidator<NoDuplicates, List<?>> {

    @Override
    public boolean isValid(List<?> values, ConstraintValidatorContext context) {
        return values == null || new HashSet<>(values).size() == values.size();
    }
}

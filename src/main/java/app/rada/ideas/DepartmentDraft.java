package app.rada.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A department as an admin names it; the same name in both languages, as companies name their own. */
public record DepartmentDraft(
        @NotBlank(message = "{catalogue.problem.department-name}")
        @Size(max = IdeaAssignmentService.DEPARTMENT_MAX, message = "{catalogue.problem.name-long}") String name) {

    public static final List<String> PROPERTIES = List.of("name");

    public static DepartmentDraft typed(String name) {
        return new DepartmentDraft(name == null ? "" : name.strip());
    }

    public static Object[] messageArguments(String key) {
        return key.equals("catalogue.problem.name-long")
                ? new Object[] {IdeaAssignmentService.DEPARTMENT_MAX} : new Object[0];
    }
}
